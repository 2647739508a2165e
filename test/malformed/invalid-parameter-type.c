// `__defer` in a function whose parameter list is invalid: the function is
// marked invalid and the plugin must leave it alone.
// RUN: not %cdefer_cc -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not="Stack dump"

void f(int);

void incomplete(struct nosuch p, int n) {
  // CHECK: invalid-parameter-type.c:[[@LINE-1]]:31: error: variable has incomplete type 'struct nosuch'
  __defer f(n);
  __defer { f(n); }
}

void unknown(undeclared_t p, int n) {
  // CHECK: invalid-parameter-type.c:[[@LINE-1]]:14: error: unknown type name 'undeclared_t'
  __defer f(n);
}
