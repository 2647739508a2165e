// The basic behaviours at every optimisation level, not only -O0 and -O2.
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O1 %s -o %t1 %cdefer_rt && %t1 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O3 %s -o %t3 %cdefer_rt && %t3 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -Os %s -o %ts %cdefer_rt && %ts | FileCheck --match-full-lines %s
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -Oz %s -o %tz %cdefer_rt && %tz | FileCheck --match-full-lines %s
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -Og %s -o %tg %cdefer_rt && %tg | FileCheck --match-full-lines %s
#include <stdio.h>

static int basic(int x) {
  __defer printf("call form %d\n", x);
  __defer { printf("block form %d\n", x); x = -1; }
  for (int i = 0; i < 3; i++)
    __defer printf("loop %d\n", i);
  x = 2;
  return x;
}

int main(void) {
  int r = basic(1);
  // CHECK:      loop 2
  // CHECK-NEXT: loop 1
  // CHECK-NEXT: loop 0
  // CHECK-NEXT: block form 2
  // CHECK-NEXT: call form 1
  printf("returned %d\n", r);
  // CHECK-NEXT: returned 2
  return 0;
}
