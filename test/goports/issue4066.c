// Port of Go's test/fixedbugs/issue4066.go ("return values not being
// spilled eagerly enough"): a function loops calling a callee that panics,
// and its deferred code recovers. Go returns the named result val, which the
// loop set to 2 before the panic. C has no named results: a recovered call
// whose panic came before any `return` returns zero (SPEC 4,
// docs/semantics.md section 14), so this checks 0, and that the local the
// loop set is what the deferred code sees.
// RUN: %cdefer_cc -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
// RUN: %cdefer_cc -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
#include <cdefer.h>
#include <stdio.h>

struct terr {
  int unused;
};
static struct terr the_terr;

static void foo1(void) { cdefer_panic(&the_terr); }

static int foo(void) {
  int val = 0;
  __defer {
    void *x = cdefer_recover();
    if (x != NULL && x != (void *)&the_terr)
      puts("FAIL: not a terr");
    printf("deferred code sees val %d\n", val);
  }
  for (;;) {
    val = 2;
    foo1();
  }
  cdefer_panic("unreachable");
}

int main(void) {
  int n = foo();
  printf("foo returned %d\n", n);
  return 0;
}
// CHECK:      deferred code sees val 2
// CHECK-NEXT: foo returned 0
