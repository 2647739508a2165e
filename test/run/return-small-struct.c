// A small struct (returned in registers) is copied out before deferred code
// modifies the returned variable (SPEC 2.6).
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

struct pair {
  int a;
  int b;
};

static struct pair make(int a) {
  struct pair p = {a, a + 1};
  __defer {
    printf("deferred sees %d %d\n", p.a, p.b);
    p.a = -1;
    p.b = -1;
  }
  p.b = 10;
  return p;
}

int main(void) {
  struct pair p = make(3);
  // CHECK:      deferred sees 3 10
  printf("returned %d %d\n", p.a, p.b);
  // CHECK-NEXT: returned 3 10
  return 0;
}
