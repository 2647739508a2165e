// A defer right after a label (reached by falling in or by a forward goto)
// registers when control passes the label.
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static void labelled(int skip) {
  printf("skip=%d\n", skip);
  if (skip)
    goto later;
  __defer puts("  before label");
later:
  __defer puts("  after label");
  puts("  body");
}

int main(void) {
  labelled(0);
  // CHECK:      skip=0
  // CHECK-NEXT:   body
  // CHECK-NEXT:   after label
  // CHECK-NEXT:   before label
  labelled(1);
  // CHECK-NEXT: skip=1
  // CHECK-NEXT:   body
  // CHECK-NEXT:   after label
  return 0;
}
