// Each level of a recursion (depth 50) runs its own defers at its own return:
// the deepest level's first.
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static int depth_sum(int depth) {
  __defer printf("%d ", depth);
  if (depth == 49)
    return depth;
  __defer printf("%d' ", depth);
  return depth + depth_sum(depth + 1);
}

int main(void) {
  int s = depth_sum(0);
  printf("\nsum %d\n", s);
  // CHECK:      49 48' 48 47' 47 46' 46 45' 45 44' 44 43' 43 42' 42 41' 41 40' 40 39' 39 38' 38 37' 37 36' 36 35' 35 34' 34 33' 33 32' 32 31' 31 30' 30 29' 29 28' 28 27' 27 26' 26 25' 25 24' 24 23' 23 22' 22 21' 21 20' 20 19' 19 18' 18 17' 17 16' 16 15' 15 14' 14 13' 13 12' 12 11' 11 10' 10 9' 9 8' 8 7' 7 6' 6 5' 5 4' 4 3' 3 2' 2 1' 1 0' 0
  // CHECK-NEXT: sum 1225
  return 0;
}
