// Defers in a function that uses a computed goto (`goto *p`) run at its
// return, exactly the ones control passed.
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static void dispatch(int k) {
  static void *const table[] = {&&a, &&b, &&c};
  printf("k=%d\n", k);
  __defer puts("  first");
  goto *table[k];
a:
  __defer puts("  at a");
b:
  __defer puts("  at b");
c:
  puts("  at c");
}

int main(void) {
  dispatch(0);
  // CHECK:      k=0
  // CHECK-NEXT:   at c
  // CHECK-NEXT:   at b
  // CHECK-NEXT:   at a
  // CHECK-NEXT:   first
  dispatch(2);
  // CHECK-NEXT: k=2
  // CHECK-NEXT:   at c
  // CHECK-NEXT:   first
  return 0;
}
