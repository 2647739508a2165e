// Deferred calls with too many and too few arguments.
// RUN: not %cdefer_cc -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not="Stack dump"

void f(int);

void g(void) {
  __defer f(1, 2);
  // CHECK: wrong-argument-count.c:[[@LINE-1]]:16: error: too many arguments to function call, expected 1, have 2
  __defer f();
  // CHECK: wrong-argument-count.c:[[@LINE-1]]:13: error: too few arguments to function call, expected 1, have 0
  __defer { f(1, 2, 3); }
  // CHECK: wrong-argument-count.c:[[@LINE-1]]:18: error: too many arguments to function call, expected 1, have 3
}
