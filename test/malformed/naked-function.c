// `__defer` in a function declared __attribute__((naked)): Clang allows only
// asm statements there.
// RUN: not %cdefer_cc -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not="Stack dump"

void f(int);

__attribute__((naked)) void g(void) {
  __defer f(1);
  // CHECK: naked-function.c:[[@LINE-1]]:3: error: non-ASM statement in naked function is not supported
}
