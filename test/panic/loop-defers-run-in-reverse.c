// A panic runs the deferred calls a loop registered, newest first, then the
// function's other deferred calls, and the caller's (Go: TestDeferLoop-style).
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <cdefer.h>
#include <stdio.h>

static void panicky(int n) {
  __defer puts("before the loop");
  for (int i = 0; i < n; i++)
    __defer printf("loop %d\n", i);
  cdefer_panic((void *)42);
}

static void catcher(void) {
  __defer {
    void *v = cdefer_recover();
    printf("recovered %ld\n", (long)v);
  }
  panicky(3);
  puts("not reached");
}

int main(void) {
  catcher();
  puts("main goes on");
  return 0;
}
// CHECK:      loop 2
// CHECK-NEXT: loop 1
// CHECK-NEXT: loop 0
// CHECK-NEXT: before the loop
// CHECK-NEXT: recovered 42
// CHECK-NEXT: main goes on
