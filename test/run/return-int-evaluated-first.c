// `return E` evaluates E before any deferred code runs, and deferred code
// cannot change the value returned (SPEC 2.6).
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static int noisy(int v) {
  printf("evaluating %d\n", v);
  return v;
}

static int result(void) {
  int r = 1;
  __defer {
    printf("deferred sees r=%d\n", r);
    r = 100;
  }
  r = 2;
  return r + noisy(40);
}

static int returned_local(void) {
  int r = 7;
  __defer { r = -1; }
  return r;
}

int main(void) {
  int v = result();
  // CHECK:      evaluating 40
  // CHECK-NEXT: deferred sees r=2
  printf("result %d\n", v);
  // CHECK-NEXT: result 42
  printf("returned_local %d\n", returned_local());
  // CHECK-NEXT: returned_local 7
  return 0;
}
