// A defer in a nested block runs when the function returns, not when the
// block ends (SPEC 2.2).
// RUN: %cdefer_cc -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static void nested(int c) {
  {
    {
      __defer puts("deferred in inner block");
    }
    puts("left inner block");
  }
  if (c) {
    __defer puts("deferred in if");
  }
  puts("left if");
}

int main(void) {
  nested(1);
  // CHECK:      left inner block
  // CHECK-NEXT: left if
  // CHECK-NEXT: deferred in if
  // CHECK-NEXT: deferred in inner block
  puts("returned");
  // CHECK-NEXT: returned
  return 0;
}
