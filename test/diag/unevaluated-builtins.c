// GNU builtins that do not evaluate an operand: __builtin_constant_p never
// evaluates its argument, __builtin_choose_expr evaluates only the chosen
// one (like _Generic). A `__defer` there never registers, so it should be
// the same error as in sizeof or a losing _Generic association.
// RUN: %cdefer_cc -fsyntax-only -Xclang -verify %s

void f(int);

int in_constant_p(void) {
  return __builtin_constant_p(({ __defer f(1); 0; })); // expected-error {{'__defer' in an operand that is never evaluated has no effect}}
}

int in_choose_expr_losing_operand(void) {
  return __builtin_choose_expr(1, 0, ({ __defer f(2); 0; })); // expected-error {{'__defer' in an operand that is never evaluated has no effect}}
}

int in_choose_expr_chosen_operand(void) {
  return __builtin_choose_expr(1, ({ __defer f(3); 0; }), 0);
}
