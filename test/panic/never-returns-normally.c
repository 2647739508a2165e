// A function that never returns normally (it always panics) still runs its
// deferred statements, in every tier, and so do its callers'.
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <cdefer.h>
#include <stdio.h>

static _Noreturn void always_panics(int n) {
  __defer printf("always_panics deferred %d\n", n);
  if (n > 0)
    __defer puts("conditional deferred");
  cdefer_panic((void *)(long)n);
}

static void middle(void) {
  for (int i = 0; i < 2; i++)
    __defer printf("middle loop %d\n", i);
  always_panics(1);
}

int main(void) {
  __defer { printf("main recovered %ld\n", (long)cdefer_recover()); }
  middle();
  return 1;
}
// CHECK:      conditional deferred
// CHECK-NEXT: always_panics deferred 1
// CHECK-NEXT: middle loop 1
// CHECK-NEXT: middle loop 0
// CHECK-NEXT: main recovered 1
