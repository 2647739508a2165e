// A defer in a for loop registers one run per iteration, run in reverse
// with each iteration's argument (SPEC 2.3, 2.4): prints 210.
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static void count(void) {
  int i;
  for (i = 0; i < 3; i++)
    __defer printf("%d", i);
  printf("i=%d:", i);
}

int main(void) {
  count();
  printf("\n");
  // CHECK: i=3:210
  return 0;
}
