// A forward goto out of nested blocks to the function's exit runs the
// defers registered so far; defers it jumps over do not run.
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static int work(int fail_at) {
  int rc = 0;
  __defer puts("  outer");
  if (fail_at >= 0) {
    {
      __defer puts("  inner");
      if (fail_at == 1) {
        rc = -1;
        goto out;
      }
    }
  }
  __defer puts("  after blocks");
  if (fail_at == 2) {
    rc = -2;
    goto out;
  }
  __defer puts("  last, jumped over by goto");
out:
  printf("  out: rc=%d\n", rc);
  return rc;
}

int main(void) {
  puts("fail 1");
  work(1);
  // CHECK:      fail 1
  // CHECK-NEXT:   out: rc=-1
  // CHECK-NEXT:   inner
  // CHECK-NEXT:   outer
  puts("fail 2");
  work(2);
  // CHECK-NEXT: fail 2
  // CHECK-NEXT:   out: rc=-2
  // CHECK-NEXT:   after blocks
  // CHECK-NEXT:   inner
  // CHECK-NEXT:   outer
  puts("no failure");
  work(0);
  // CHECK-NEXT: no failure
  // CHECK-NEXT:   out: rc=0
  // CHECK-NEXT:   last, jumped over by goto
  // CHECK-NEXT:   after blocks
  // CHECK-NEXT:   inner
  // CHECK-NEXT:   outer
  return 0;
}
