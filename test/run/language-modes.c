// The basic behaviours (LIFO, call-form snapshot, block form, return value)
// in every language mode, and under -fexceptions, where the frame's cleanup
// is also an unwind cleanup.
// RUN: %cdefer_cc -Werror -std=c99 -O0 %s -o %t.c99.0 %cdefer_rt && %t.c99.0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -std=c99 -O2 %s -o %t.c99.2 %cdefer_rt && %t.c99.2 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -std=c11 -O0 %s -o %t.c11.0 %cdefer_rt && %t.c11.0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -std=c11 -O2 %s -o %t.c11.2 %cdefer_rt && %t.c11.2 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -std=gnu17 -O0 %s -o %t.gnu17.0 %cdefer_rt && %t.gnu17.0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -std=gnu17 -O2 %s -o %t.gnu17.2 %cdefer_rt && %t.gnu17.2 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -std=c23 -O0 %s -o %t.c23.0 %cdefer_rt && %t.c23.0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -std=c23 -O2 %s -o %t.c23.2 %cdefer_rt && %t.c23.2 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -fexceptions -O0 %s -o %t.exceptions.0 %cdefer_rt && %t.exceptions.0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -fexceptions -O2 %s -o %t.exceptions.2 %cdefer_rt && %t.exceptions.2 | FileCheck --match-full-lines %s
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
