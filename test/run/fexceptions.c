// The basic behaviours under -fexceptions, where the frame's cleanup is also
// an unwind cleanup.
// RUN: %cdefer_cc -Werror -fexceptions -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -fexceptions -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static int basic(int x) {
  __defer printf("call form %d\n", x);
  __defer { printf("block form %d\n", x); x = -1; }
  x = 2;
  return x;
}

int main(void) {
  int r = basic(1);
  // CHECK:      block form 2
  // CHECK-NEXT: call form 1
  printf("returned %d\n", r);
  // CHECK-NEXT: returned 2
  return 0;
}
