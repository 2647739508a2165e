// `__defer;` defers the null statement, and `__defer {}` an empty block:
// valid and useless. Whatever is printed must not talk about the `for` loop
// the macro expands to (today: -Wempty-body's "for loop has empty body").
// RUN: %cdefer_cc -c -o /dev/null %s 2>&1 | FileCheck %s --allow-empty
// RUN: %cdefer_cc -O2 -c -o /dev/null %s
// CHECK-NOT: for loop
// CHECK-NOT: Stack dump

void f(int);

void g(void) {
  __defer;
  f(1);
  __defer {}
  f(2);
  __defer ;;
  f(3);
}
