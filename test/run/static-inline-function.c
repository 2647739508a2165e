// Defers in a C99 `static inline` function run at the inline function's
// return, even when it is inlined into the caller (-O2).
// RUN: %cdefer_cc -Werror -std=c99 -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -std=c99 -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static inline int helper(int x) {
  __defer printf("helper deferred %d\n", x);
  x++;
  return x;
}

int main(void) {
  int a = helper(1);
  // CHECK:      helper deferred 1
  puts("between");
  // CHECK-NEXT: between
  int b = helper(a);
  // CHECK-NEXT: helper deferred 2
  printf("%d %d\n", a, b);
  // CHECK-NEXT: 2 3
  return 0;
}
