// Falling off the end of main returns 0 and runs main's defers (SPEC 2.2).
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && sh -c '%t0; echo rc=$?' | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && sh -c '%t2; echo rc=$?' | FileCheck --match-full-lines %s
#include <stdio.h>

int main(void) {
  int v = 1;
  __defer printf("main deferred call %d\n", v);
  __defer { printf("main deferred block %d\n", v); }
  v = 2;
  puts("main body");
  // CHECK:      main body
  // CHECK-NEXT: main deferred block 2
  // CHECK-NEXT: main deferred call 1
  // CHECK-NEXT: rc=0
}
