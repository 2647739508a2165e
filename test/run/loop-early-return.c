// A return from inside a loop runs the runs registered by the iterations so
// far, newest first.
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static int find(int target) {
  __defer printf("|");
  for (int i = 0;; i++) {
    __defer printf("%d", i);
    if (i == target)
      return i * 10;
  }
}

int main(void) {
  int r = find(3);
  printf(" =%d\n", r);
  // CHECK: 3210| =30
  return 0;
}
