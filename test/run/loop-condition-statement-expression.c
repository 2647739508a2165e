// A defer in a statement expression in a loop condition registers once per
// evaluation of the condition; one in a for-init registers once.
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static void conditions(int n) {
  while (({
    __defer printf("c%d ", n);
    n-- > 0;
  }))
    ;
  for (int i = ({ __defer printf("init "); 0; }); i < 3; i++)
    ;
  printf("body ");
}

int main(void) {
  conditions(2);
  printf("\n");
  // CHECK: body init c0 c1 c2
  return 0;
}
