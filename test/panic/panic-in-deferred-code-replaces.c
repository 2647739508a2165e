// A deferred statement that panics during a panic replaces it: the remaining
// deferred statements run for the new panic, and the next one that recovers
// gets the new value (Go: "panic during panic"). Each deferred statement runs
// exactly once.
// RUN: %cdefer_cc -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <cdefer.h>
#include <stdio.h>

static void replace(void) {
  __defer puts("oldest runs once, after the recovery");
  __defer { printf("recovered %ld\n", (long)cdefer_recover()); }
  __defer {
    puts("second panic");
    cdefer_panic((void *)2);
  }
  __defer puts("newest runs once");
  cdefer_panic((void *)1);
}

/* The replacing panic comes from a callee of the deferred code, and the
 * recovering frame is the caller's. */
static void panics_in_callee(void) { cdefer_panic((void *)4); }
static void deeper(void) {
  __defer panics_in_callee();
  cdefer_panic((void *)3);
}
static void caller(void) {
  __defer { printf("caller recovered %ld\n", (long)cdefer_recover()); }
  deeper();
}

int main(void) {
  replace();
  caller();
  printf("panicking %d\n", cdefer_panicking());
  return 0;
}
// CHECK:      newest runs once
// CHECK-NEXT: second panic
// CHECK-NEXT: recovered 2
// CHECK-NEXT: oldest runs once, after the recovery
// CHECK-NEXT: caller recovered 4
// CHECK-NEXT: panicking 0
