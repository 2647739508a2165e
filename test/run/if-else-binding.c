// In `if (c) __defer f(); else g();` the else belongs to the user's if: the
// defer registers when c holds, g runs at once otherwise.
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static void branch(int c) {
  printf("c=%d\n", c);
  if (c)
    __defer puts("  then deferred");
  else
    puts("  else now");
  if (!c)
    puts("  second if, then now");
  else
    __defer puts("  second if, else deferred");
  puts("  body end");
}

int main(void) {
  branch(1);
  // CHECK:      c=1
  // CHECK-NEXT:   body end
  // CHECK-NEXT:   second if, else deferred
  // CHECK-NEXT:   then deferred
  branch(0);
  // CHECK-NEXT: c=0
  // CHECK-NEXT:   else now
  // CHECK-NEXT:   second if, then now
  // CHECK-NEXT:   body end
  return 0;
}
