// A `__defer` inside a statement expression used as an argument of a
// deferred call, itself inside a call argument: nested, an error.
// RUN: not %cdefer_cc -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not="Stack dump"

int h(int);
void f(int);

void g(void) {
  __defer f(h(({ __defer f(1); 2; })));
  // CHECK: nested-defer-in-argument.c:[[@LINE-1]]:18: error: {{.+}}
}
