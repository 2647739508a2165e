// The GCC plugin finds a `__defer` GCC folded away with an unevaluated
// operand from the marker tokens the preprocessor handed the parser
// (plugin/gcc/MarkerUses.cc), also when the `__defer` comes through macros,
// and in a GNU nested function. Evaluated ones, even passed through macro
// arguments or expanded twice, are no error.
// REQUIRES: gcc-plugin
// RUN: not env LC_ALL=C %gcc_cc -fdiagnostics-plain-output -fsyntax-only %s 2>&1 \
// RUN:   | %gcc_verify %s
#define WRAP(s) s
#define TWICE(s) s s
#define DEFER_F(x) __defer f(x)

void f(int);

void through_macros(void) {
  WRAP(__defer f(1);)
  TWICE(__defer f(2);)
  DEFER_F(3);
  WRAP(DEFER_F(4);)
}

unsigned long in_user_macro(void) {
  return WRAP(sizeof(({ DEFER_F(5); 1; }))); // expected-error {{'__defer' in an operand that is never evaluated has no effect}}
}

void in_typeof(void) {
  __typeof__(({ __defer f(6); 1; })) x = 0; // expected-error {{'__defer' in an operand that is never evaluated has no effect}}
  (void)x;
}

// A variably modified typeof operand is evaluated.
void in_vm_typeof(int n) {
  __typeof__(int[({ __defer f(7); n; })]) x;
  (void)x;
}

void in_nested_function(void) {
  unsigned long g(void) {
    return sizeof(({ __defer f(8); 1; })); // expected-error {{'__defer' in an operand that is never evaluated has no effect}}
  }
  (void)g;
}

// A difference from Clang: GCC folds away an operand that can never run,
// with the `__defer` in it, and the plugin cannot tell it from an
// unevaluated one. Clang accepts this (the `__defer` never runs there).
int never_runs(void) {
  return 0 && ({ __defer f(9); 1; }); // expected-error {{'__defer' in an operand that is never evaluated has no effect}}
}
