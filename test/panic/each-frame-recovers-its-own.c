// Inner and outer frames each recover their own panic: the inner function
// recovers and returns normally; later the outer one panics and recovers.
// RUN: %cdefer_cc -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <cdefer.h>
#include <stdio.h>

static void inner(void) {
  __defer printf("inner recovered %ld\n", (long)cdefer_recover() /* NULL: evaluated now */);
  __defer { printf("inner recovered %ld\n", (long)cdefer_recover()); }
  cdefer_panic((void *)1);
}

static void outer(void) {
  __defer { printf("outer recovered %ld\n", (long)cdefer_recover()); }
  inner();
  puts("outer goes on after inner returned");
  cdefer_panic((void *)2);
}

int main(void) {
  outer();
  puts("main goes on");
  return 0;
}
// CHECK:      inner recovered 1
// CHECK-NEXT: inner recovered 0
// CHECK-NEXT: outer goes on after inner returned
// CHECK-NEXT: outer recovered 2
// CHECK-NEXT: main goes on
