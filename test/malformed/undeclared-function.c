// A deferred call to a function that was never declared (an error since C99
// in Clang 22), in the call form and in a block.
// RUN: not %cdefer_cc -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not="Stack dump"

void g(void) {
  __defer nosuch(1);
  // CHECK: undeclared-function.c:[[@LINE-1]]:11: error: call to undeclared function 'nosuch'
  __defer { nosuch2(2); }
  // CHECK: undeclared-function.c:[[@LINE-1]]:13: error: call to undeclared function 'nosuch2'
}
