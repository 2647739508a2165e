// `__defer` in a statement expression where none is allowed: a file-scope
// initializer, a parameter's array size, a static local's initializer.
// RUN: not %cdefer_cc -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not="Stack dump"

void f(int);

int x = ({ __defer f(1); 0; });
// CHECK: statement-expression-at-file-scope.c:[[@LINE-1]]:9: error: statement expression not allowed at file scope

void g(int n, int a[({ __defer f(2); n; })]) {
  // CHECK: statement-expression-at-file-scope.c:[[@LINE-1]]:21: error: statement expression not allowed at file scope
  f(a[0]);
}

void h(void) {
  static int s = ({ __defer f(3); 0; });
  // CHECK: statement-expression-at-file-scope.c:[[@LINE-1]]:18: error: initializer element is not a compile-time constant
  f(s);
}
