// A defer in a while loop registers one run per iteration (SPEC 2.3).
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static void count(int n) {
  while (n > 0) {
    __defer printf("%d", n);
    n--;
  }
  printf("n=%d:", n);
}

int main(void) {
  count(4);
  printf("\n");
  // CHECK: n=0:1234
  return 0;
}
