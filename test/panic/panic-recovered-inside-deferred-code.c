// A panic started and recovered entirely inside deferred code that runs
// during another panic leaves the older panic running and recoverable.
// RUN: %cdefer_cc -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <cdefer.h>
#include <stdio.h>

static void contained(void) {
  __defer { printf("contained recovered %ld\n", (long)cdefer_recover()); }
  cdefer_panic((void *)2);
}

static void f(void) {
  __defer { printf("f recovered %ld\n", (long)cdefer_recover()); }
  __defer {
    contained();
    printf("still panicking %d\n", cdefer_panicking());
  }
  cdefer_panic((void *)1);
}

int main(void) {
  f();
  printf("panicking %d\n", cdefer_panicking());
  return 0;
}
// CHECK:      contained recovered 2
// CHECK-NEXT: still panicking 1
// CHECK-NEXT: f recovered 1
// CHECK-NEXT: panicking 0
