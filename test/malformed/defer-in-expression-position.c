// `__defer` where an expression is required: an initializer, a call argument,
// a for-loop clause, an if condition. `__defer else`: no statement at all.
// RUN: not %cdefer_cc -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not="Stack dump"

void f(int);

void g(int x) {
  int y = __defer f(1);
  // CHECK: defer-in-expression-position.c:[[@LINE-1]]:11: error: expected expression
  f(__defer f(2));
  // CHECK: defer-in-expression-position.c:[[@LINE-1]]:5: error: expected expression
  for (__defer f(3);;)
  // CHECK: defer-in-expression-position.c:[[@LINE-1]]:8: error: expected expression
    break;
  if (__defer f(4))
  // CHECK: defer-in-expression-position.c:[[@LINE-1]]:7: error: expected expression
    f(5);
  if (x)
    f(6);
  __defer else f(7);
  // CHECK: defer-in-expression-position.c:[[@LINE-1]]:{{[0-9]+}}: error:
}
