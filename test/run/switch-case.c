// A defer in a switch case registers only when that case runs; falling
// through into the next case registers that case's defer too.
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static void classify(int k) {
  printf("k=%d\n", k);
  switch (k) {
  case 1:
    __defer puts("  case 1");
    __attribute__((fallthrough));
  case 2:
    __defer puts("  case 2");
    break;
  case 3: {
    __defer puts("  case 3");
    return;
  }
  default:
    __defer puts("  default");
    break;
  }
  puts("  after switch");
}

int main(void) {
  classify(1);
  // CHECK:      k=1
  // CHECK-NEXT:   after switch
  // CHECK-NEXT:   case 2
  // CHECK-NEXT:   case 1
  classify(2);
  // CHECK-NEXT: k=2
  // CHECK-NEXT:   after switch
  // CHECK-NEXT:   case 2
  classify(3);
  // CHECK-NEXT: k=3
  // CHECK-NEXT:   case 3
  classify(7);
  // CHECK-NEXT: k=7
  // CHECK-NEXT:   after switch
  // CHECK-NEXT:   default
  return 0;
}
