// `return N` from main runs main's defers and still exits with N; deferred
// code cannot change the exit status (SPEC 2.6).
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && sh -c '%t0; echo rc=$?' | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && sh -c '%t2; echo rc=$?' | FileCheck --match-full-lines %s
// RUN: sh -c '%t0 x; echo rc=$?' | FileCheck --match-full-lines --check-prefix=ZERO %s
#include <stdio.h>

int main(int argc, char **argv) {
  (void)argv;
  int status = argc > 1 ? 0 : 3;
  __defer {
    printf("main deferred, status %d\n", status);
    status = 0;
  }
  return status;
  // CHECK:      main deferred, status 3
  // CHECK-NEXT: rc=3
  // ZERO:       main deferred, status 0
  // ZERO-NEXT:  rc=0
}
