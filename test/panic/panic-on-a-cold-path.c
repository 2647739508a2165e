// A panic on a path the compiler thinks is never taken (after a call of a
// cold function, or any noreturn call): GCC at -O2 moves such blocks into a
// separate `f.cold` part, whose frames the unwinder reports with the cold
// part's start, not f's, and the runtime would not recognise f's frame and
// skip its deferred code. Panic-ready functions are never split
// (docs/design.md §11). Found by test/fuzz/oracle.py (seed 34).
// RUN: %cdefer_cc -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <cdefer.h>
#include <stdio.h>

__attribute__((cold, noinline)) static void slow(int x) { printf("slow %d\n", x); }

static int f(int x) {
  __defer printf("f deferred %d\n", x);
  printf("f %d\n", x);
  if (x > 3) {
    slow(x);
    cdefer_panic("cold path");
  }
  return x;
}

static int guard(int x) {
  __defer {
    const char *v = cdefer_recover();
    printf("guard recovered %s\n", v ? v : "nothing");
  }
  return f(x) + 1;
}

int main(void) {
  printf("guard returned %d\n", guard(1));
  printf("guard returned %d\n", guard(5));
  return 0;
}
// CHECK:      f 1
// CHECK-NEXT: f deferred 1
// CHECK-NEXT: guard recovered nothing
// CHECK-NEXT: guard returned 2
// CHECK-NEXT: f 5
// CHECK-NEXT: slow 5
// CHECK-NEXT: f deferred 5
// CHECK-NEXT: guard recovered cold path
// CHECK-NEXT: guard returned 0
