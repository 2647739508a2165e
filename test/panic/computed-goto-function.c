// A function with a computed goto takes part in panics like any other: its
// deferred code runs, and may recover, and the function then returns zero.
// Under GCC the computed goto here is resolved (`to` is one of two labels)
// and threaded away at -O1 and up; GCC 12 then deleted the function's
// resume point and moved its label to the function's entry, where a
// recovery ran the function again from the start (found by
// test/fuzz/oracle.py, seed 129). The GCC plugin hides each computed goto's
// target from the optimizers (docs/design.md §11, Panics).
// RUN: %cdefer_cc -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <cdefer.h>
#include <stdio.h>

struct pair {
  int a, b;
};

static struct pair jumps(int x) {
  struct pair p = {x, 2 * x};
  void *to = x & 1 ? &&odd : &&even;
  goto *to;
odd:
  __defer {
    const char *v = cdefer_recover();
    printf("jumps recovered %s\n", v ? v : "nothing");
  }
  if (x > 2)
    cdefer_panic("odd");
  return p;
even:
  return p;
}

static int outer(int x) {
  __defer {
    const char *v = cdefer_recover();
    printf("outer recovered %s\n", v ? v : "nothing");
  }
  struct pair p = jumps(x);
  return p.a + p.b;
}

int main(void) {
  struct pair p = jumps(1);
  printf("%d %d\n", p.a, p.b);
  p = jumps(3);
  printf("%d %d\n", p.a, p.b);
  printf("outer %d\n", outer(4));
  return 0;
}
// CHECK:      jumps recovered nothing
// CHECK-NEXT: 1 2
// CHECK-NEXT: jumps recovered odd
// CHECK-NEXT: 0 0
// CHECK-NEXT: outer recovered nothing
// CHECK-NEXT: outer 12
