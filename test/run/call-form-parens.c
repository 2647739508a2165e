// `((f(x)))` is the call form: parentheses do not count (SPEC 2.4).
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static void snapshot(void) {
  int x = 1;
  __defer ((printf("parens %d\n", x)));
  __defer ((void)((printf("void and parens %d\n", x))));
  x = 2;
}

int main(void) {
  snapshot();
  // CHECK:      void and parens 1
  // CHECK-NEXT: parens 1
  return 0;
}
