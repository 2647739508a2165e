// A `__defer` in an operand that is never evaluated would never register:
// an error at the `__defer`, not a silent no-op.
// RUN: %cdefer_cc -fsyntax-only -Xclang -verify %s
// RUN: not %cdefer_cc -fno-caret-diagnostics -c -o /dev/null %s 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not="Stack dump"

void f(int);

unsigned long in_sizeof(void) {
  return sizeof(({ __defer f(1); 1; })); // expected-error {{'__defer' in an operand that is never evaluated has no effect}}
  // CHECK: unevaluated.c:[[@LINE-1]]:20: error: '__defer' in an operand that is never evaluated has no effect
}

unsigned long in_alignof(void) {
  return __alignof__(({ __defer f(2); 1; })); // expected-error {{'__defer' in an operand that is never evaluated has no effect}}
}

int in_generic_losing_branch(void) {
  return _Generic(0, int: 1, default: ({ __defer f(3); 0; })); // expected-error {{'__defer' in an operand that is never evaluated has no effect}}
}

int in_generic_controlling_expression(void) {
  return _Generic(({ __defer f(4); 0; }), int: 1); // expected-error {{'__defer' in an operand that is never evaluated has no effect}}
}

// The chosen association and the size of a variable-length array are
// evaluated: no diagnostic there.
int evaluated(int n) {
  int a = _Generic(0, int: ({ __defer f(5); 0; }));
  return a + (int)sizeof(int[({ __defer f(6); n; })]);
}
