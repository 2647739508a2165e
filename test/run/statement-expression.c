// A defer inside a GNU statement expression runs when the enclosing function
// returns, not when the statement expression ends.
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static int use(void) {
  int x = 5;
  int v = ({
    __defer printf("  stmt-expr deferred %d\n", x);
    x + 1;
  });
  x = 0;
  printf("  v=%d\n", v);
  return v + ({ __defer puts("  in return expr"); 1; });
}

int main(void) {
  int r = use();
  printf("r=%d\n", r);
  // CHECK:      v=6
  // CHECK-NEXT:   in return expr
  // CHECK-NEXT:   stmt-expr deferred 5
  // CHECK-NEXT: r=7
  return 0;
}
