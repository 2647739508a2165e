// A goto inside a deferred statement to a label that exists nowhere.
// RUN: not %cdefer_cc -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not="Stack dump"

void f(int);

void g(void) {
  __defer { goto nowhere; }
  // CHECK: goto-undefined-label.c:[[@LINE-1]]:18: error: use of undeclared label 'nowhere'
  f(1);
}
