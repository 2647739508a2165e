// `__defer` inside typeof(({ ... })) and friends: the operand is never
// evaluated; an error, no crash. One case per run, so that an error in one
// function cannot hide a missing one in another.
// RUN: not %cdefer_cc -fsyntax-only -DCASE=1 %s 2>&1 | FileCheck %s --check-prefix=CASE1 --implicit-check-not="Stack dump"
// RUN: not %cdefer_cc -fsyntax-only -DCASE=2 %s 2>&1 | FileCheck %s --check-prefix=CASE2 --implicit-check-not="Stack dump"
// RUN: not %cdefer_cc -fsyntax-only -DCASE=3 %s 2>&1 | FileCheck %s --check-prefix=CASE3 --implicit-check-not="Stack dump"
// RUN: not %cdefer_cc -c -o /dev/null -DCASE=2 %s 2>&1 | FileCheck %s --check-prefix=CASE2 --implicit-check-not="Stack dump"

void f(int);

#if CASE == 1
void alone(void) {
  typeof(({ __defer f(1); 0; })) y = 0;
  // CASE1: typeof-statement-expression.c:[[@LINE-1]]:13: error: {{.+}}
  f(y);
}
#elif CASE == 2
// With another `__defer` in the function, the lowering runs too.
void with_another_defer(void) {
  __defer f(2);
  __typeof__(({ __defer f(3); 0; })) y = 0;
  // CASE2: typeof-statement-expression.c:[[@LINE-1]]:17: error: {{.+}}
  f(y);
}
#elif CASE == 3
int in_types_compatible(void) {
  return __builtin_types_compatible_p(typeof(({ __defer f(4); 0; })), int);
  // CASE3: typeof-statement-expression.c:[[@LINE-1]]:49: error: {{.+}}
}
#endif
