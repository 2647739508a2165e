// Every function with a `__defer` in a unit that includes <cdefer.h> is
// panic-ready, also one defined before the unit first names cdefer_panic or
// cdefer_recover, and one that never panics itself: a callee's panic runs
// its deferred code.
// RUN: %cdefer_cc -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <cdefer.h>
#include <stdio.h>

void parse(int n);

static void parse_file(int n) {
  __defer puts("file closed");
  parse(n);
}

void parse(int n) {
  if (n < 0) // never: without a return path GCC warns of infinite recursion
    return;
  if (n > 2)
    cdefer_panic("too deep");
  parse(n + 1);
}

int main(void) {
  __defer { printf("recovered: %s\n", (const char *)cdefer_recover()); }
  parse_file(0);
  return 0;
}
// CHECK:      file closed
// CHECK-NEXT: recovered: too deep
