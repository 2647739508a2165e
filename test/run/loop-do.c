// A defer in a do-while loop registers one run per iteration (SPEC 2.3).
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static void count(int n) {
  int i = 0;
  do
    __defer printf("%d", i);
  while (++i < n);
  printf("i=%d:", i);
}

int main(void) {
  count(3);
  printf("|");
  count(0); // the body runs once even when the condition is false
  printf("\n");
  // CHECK: i=3:210|i=1:0
  return 0;
}
