// Defers in an `extern inline` function (C99: the external definition) run
// at its return, whether the call is inlined or not.
// RUN: %cdefer_cc -Werror -std=c99 -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -std=c99 -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

extern inline int helper(int x) {
  __defer printf("helper deferred %d\n", x);
  x++;
  return x;
}

// A plain C99 `inline` definition, made external by the declaration below.
inline int other(int x) {
  __defer printf("other deferred %d\n", x);
  return x + 10;
}
extern int other(int x);

int main(void) {
  int a = helper(1);
  // CHECK:      helper deferred 1
  int b = other(a);
  // CHECK-NEXT: other deferred 2
  printf("%d %d\n", a, b);
  // CHECK-NEXT: 2 12
  return 0;
}
