// A static local declared inside a deferred block keeps its value across
// calls, like any static local of the function.
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static void counted(void) {
  __defer {
    static int calls;
    calls++;
    printf("call %d\n", calls);
  }
}

int main(void) {
  counted();
  counted();
  counted();
  // CHECK:      call 1
  // CHECK-NEXT: call 2
  // CHECK-NEXT: call 3
  return 0;
}
