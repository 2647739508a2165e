// `__defer` in the associations of a _Generic that are not chosen: never
// evaluated, an error.
// RUN: not %cdefer_cc -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not="Stack dump"

void f(int);

int g(void) {
  return _Generic(1.0, int: ({ __defer f(1); 1; }), default: 2);
  // CHECK: generic-losing-branch.c:[[@LINE-1]]:32: error: {{.+}}
}
