// The block form refers to variables, not values: it sees what a variable
// holds when the function returns (SPEC 2.5).
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static int global = 1;

static void closure(int param) {
  int local = 1;
  static int stat = 1;
  __defer {
    printf("local %d param %d static %d global %d\n", local, param, stat,
           global);
  }
  __defer printf("call form %d\n", local); // for contrast
  local = 2;
  param = 20;
  stat = 200;
  global = 2000;
}

int main(void) {
  closure(10);
  // CHECK:      call form 1
  // CHECK-NEXT: local 2 param 20 static 200 global 2000
  return 0;
}
