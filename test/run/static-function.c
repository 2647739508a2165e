// Defers in a static function run at its return.
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static int helper(int x) {
  __defer printf("helper deferred %d\n", x);
  return x * 2;
}

int main(void) {
  int r = helper(21);
  // CHECK:      helper deferred 21
  printf("helper returned %d\n", r);
  // CHECK-NEXT: helper returned 42
  return 0;
}
