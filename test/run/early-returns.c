// Each return runs exactly the defers registered before it; a conditional
// defer that was not reached does not run (SPEC 2.2, 2.3).
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static int pick(int k) {
  printf("pick(%d)\n", k);
  __defer puts("  always");
  if (k == 0)
    return 0;
  if (k == 1) {
    __defer puts("  only k==1");
    return 1;
  }
  if (k == 9)
    __defer puts("  only k==9");
  __defer puts("  second");
  if (k == 2)
    return 2;
  return 3;
}

int main(void) {
  printf("=%d\n", pick(0));
  // CHECK:      pick(0)
  // CHECK-NEXT:   always
  // CHECK-NEXT: =0
  printf("=%d\n", pick(1));
  // CHECK-NEXT: pick(1)
  // CHECK-NEXT:   only k==1
  // CHECK-NEXT:   always
  // CHECK-NEXT: =1
  printf("=%d\n", pick(2));
  // CHECK-NEXT: pick(2)
  // CHECK-NEXT:   second
  // CHECK-NEXT:   always
  // CHECK-NEXT: =2
  printf("=%d\n", pick(3));
  // CHECK-NEXT: pick(3)
  // CHECK-NEXT:   second
  // CHECK-NEXT:   always
  // CHECK-NEXT: =3
  printf("=%d\n", pick(9));
  // CHECK-NEXT: pick(9)
  // CHECK-NEXT:   second
  // CHECK-NEXT:   only k==9
  // CHECK-NEXT:   always
  // CHECK-NEXT: =3
  return 0;
}
