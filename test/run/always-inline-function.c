// Defers in an `__attribute__((always_inline))` function run at that
// function's return, not at the caller's, even at -O0 where it is inlined.
// In a mode that forces panic=, the unit takes part in panics, where a
// `__defer` in an always_inline function draws a warning
// (diag/panic-always-inline.c), an error here under -Werror.
// UNSUPPORTED: panic-forced
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static inline __attribute__((always_inline)) int helper(int x) {
  __defer printf("helper deferred %d\n", x);
  __defer { printf("helper deferred block %d\n", x); }
  x *= 3;
  return x;
}

int main(void) {
  __defer puts("main deferred");
  for (int i = 1; i <= 2; i++) {
    int r = helper(i);
    printf("helper returned %d\n", r);
  }
  // CHECK:      helper deferred block 3
  // CHECK-NEXT: helper deferred 1
  // CHECK-NEXT: helper returned 3
  // CHECK-NEXT: helper deferred block 6
  // CHECK-NEXT: helper deferred 2
  // CHECK-NEXT: helper returned 6
  // CHECK-NEXT: main deferred
  return 0;
}
