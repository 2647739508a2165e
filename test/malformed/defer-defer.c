// `__defer __defer f();`: the inner one is a `__defer` inside a deferred
// statement.
// RUN: not %cdefer_cc -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not="Stack dump"

void f(void);

void g(void) {
  __defer __defer f();
  // CHECK: defer-defer.c:[[@LINE-1]]:11: error: {{.+}}
}
