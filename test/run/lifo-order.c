// Several defers in one function run last-registered first (SPEC 2.3).
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static void three(void) {
  __defer puts("first registered");
  __defer puts("second registered");
  __defer puts("third registered");
  puts("body");
}

int main(void) {
  three();
  // CHECK:      body
  // CHECK-NEXT: third registered
  // CHECK-NEXT: second registered
  // CHECK-NEXT: first registered
  puts("after");
  // CHECK-NEXT: after
  return 0;
}
