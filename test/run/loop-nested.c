// A defer in nested loops registers one run per inner iteration.
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static void pairs(void) {
  for (int i = 0; i < 2; i++)
    for (int j = 0; j < 3; j++)
      __defer printf("(%d%d)", i, j);
}

int main(void) {
  pairs();
  printf("\n");
  // CHECK: (12)(11)(10)(02)(01)(00)
  return 0;
}
