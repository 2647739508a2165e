// A function with a computed goto takes part in panics like any other: its
// deferred code runs, and may recover, and the function then returns zero.
// GCC 12 places the `__builtin_setjmp` receiver of a function with a
// computed goto at the function's entry, where a recovery would run the
// function again from the start (found by test/fuzz/oracle.py, seed 129):
// the GCC plugin does not make such a function panic-ready, so its deferred
// code runs from its exception cleanup in a panic but cannot recover
// (docs/semantics.md §14, Limits).
// XFAIL: cdefer-gcc
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
