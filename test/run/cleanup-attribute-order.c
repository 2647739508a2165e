// A local with __attribute__((cleanup)) declared before a defer is still
// alive when the deferred code runs: deferred code registered after the
// declaration runs before the variable's cleanup (SPEC 2.5: locals of the
// outermost block are alive at every exit), as nested scope exits would.
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static void release(int *p) {
  printf("cleanup of %d\n", *p);
  *p = -1; // released
}

static void show(const int *p) { printf("deferred call sees %d\n", *p); }

static void use(void) {
  int res __attribute__((cleanup(release))) = 1;
  __defer show(&res);
  __defer { printf("deferred block sees %d\n", res); }
  res = 2;
}

int main(void) {
  use();
  // CHECK:      deferred block sees 2
  // CHECK-NEXT: deferred call sees 2
  // CHECK-NEXT: cleanup of 2
  return 0;
}
