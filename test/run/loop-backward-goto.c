// A defer that a backward goto reaches again registers one run per pass
// (SPEC 2.3, 3: backward-goto code is a loop).
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static void count(void) {
  int i = 0;
again:
  __defer printf("%d", i);
  if (++i < 4)
    goto again;
  printf("i=%d:", i);
}

int main(void) {
  count();
  printf("\n");
  // CHECK: i=4:3210
  return 0;
}
