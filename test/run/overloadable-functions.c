// Clang's C overloading: two functions of one name, each with its own
// defers, keep their deferred code apart.
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
// UNSUPPORTED: cdefer-gcc
// (`overloadable` is a Clang attribute.)
#include <stdio.h>

static void __attribute__((overloadable)) show(int x) {
  __defer printf("int deferred %d\n", x);
  printf("int %d\n", x);
}

static void __attribute__((overloadable)) show(double x) {
  __defer printf("double deferred %.1f\n", x);
  printf("double %.1f\n", x);
}

int main(void) {
  show(1);
  // CHECK:      int 1
  // CHECK-NEXT: int deferred 1
  show(2.5);
  // CHECK-NEXT: double 2.5
  // CHECK-NEXT: double deferred 2.5
  return 0;
}
