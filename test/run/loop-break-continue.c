// In a loop with break and continue, only the iterations that reach the
// defer register a run.
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static void evens(void) {
  for (int i = 0; i < 10; i++) {
    if (i % 2)
      continue;
    __defer printf("%d", i);
    if (i == 6)
      break;
  }
  printf("loop done:");
}

int main(void) {
  evens();
  printf("\n");
  // CHECK: loop done:6420
  return 0;
}
