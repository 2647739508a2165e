// cdefer_recover returns NULL outside a panic (in deferred code run by a
// normal return, and outside deferred code), and on a second call in the
// same deferred statement: the first call stopped the panic.
// RUN: %cdefer_cc -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <cdefer.h>
#include <stdio.h>

static void normal_return(void) {
  __defer printf("normal return: %p\n", cdefer_recover());
}

static void twice(void) {
  __defer {
    void *first = cdefer_recover();
    void *second = cdefer_recover();
    printf("first %ld, second %p\n", (long)first, second);
  }
  cdefer_panic((void *)7);
}

int main(void) {
  printf("outside: %p\n", cdefer_recover());
  normal_return();
  twice();
  printf("after: %p, panicking %d\n", cdefer_recover(), cdefer_panicking());
  return 0;
}
// CHECK:      outside: (nil)
// CHECK-NEXT: normal return: (nil)
// CHECK-NEXT: first 7, second (nil)
// CHECK-NEXT: after: (nil), panicking 0
