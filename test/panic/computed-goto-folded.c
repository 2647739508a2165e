// A function whose computed goto the optimizers resolve (a constant
// target), or that only takes a label's address, still recovers from a
// panic and returns. Under GCC the first used to lose the function's resume
// point at -O1 and up (docs/design.md §11, Panics; computed-goto-dead.c is
// the case still open).
// RUN: %cdefer_cc -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <cdefer.h>
#include <stdio.h>

static int constant_target(int x) {
  void *to = &&there;
  goto *to;
there:
  __defer {
    const char *v = cdefer_recover();
    printf("constant_target recovered %s\n", v ? v : "nothing");
  }
  if (x > 2)
    cdefer_panic("constant");
  return x;
}

static void *volatile saved;

static int address_only(int x) {
  saved = &&there;
there:
  __defer {
    const char *v = cdefer_recover();
    printf("address_only recovered %s\n", v ? v : "nothing");
  }
  if (x > 2)
    cdefer_panic("address");
  return x;
}

int main(void) {
  printf("%d\n", constant_target(3));
  // CHECK:      constant_target recovered constant
  // CHECK-NEXT: 0
  printf("%d\n", address_only(3));
  // CHECK-NEXT: address_only recovered address
  // CHECK-NEXT: 0
  printf("%d\n", constant_target(1));
  // CHECK-NEXT: constant_target recovered nothing
  // CHECK-NEXT: 1
  return 0;
}
