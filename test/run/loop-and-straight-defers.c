// Defers in a loop and outside it, in one function, run in one LIFO order
// (SPEC 2.3; SPEC 3: LIFO holds whatever the lowering).
// RUN: %cdefer_cc -fplugin-arg-cdefer-Wno-loop -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -fplugin-arg-cdefer-Wno-loop -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static void mixed(void) {
  __defer printf("before ");
  for (int i = 0; i < 3; i++)
    __defer printf("%d ", i);
  __defer printf("after ");
}

int main(void) {
  mixed();
  printf("\n");
  // CHECK: after 2 1 0 before
  return 0;
}
