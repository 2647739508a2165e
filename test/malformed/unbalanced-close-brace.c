// One closing brace too many after a deferred block: the function ends early
// and the rest of the file is garbage at file scope.
// RUN: not %cdefer_cc -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not="Stack dump"

void f(int);

void g(void) {
  __defer { f(1); }}
  f(2);
  // CHECK: unbalanced-close-brace.c:[[@LINE-1]]:5: error: expected parameter declarator
}
// CHECK: unbalanced-close-brace.c:[[@LINE-1]]:1: error: extraneous closing brace ('}')
