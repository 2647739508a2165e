// The function whose deferred code recovered returns normally to its caller:
// its earlier deferred statements still run, newest first, and it returns
// zero if the panic came before any `return`, or the value of the `return`
// it was executing (a deferred statement panicked on the way out).
// RUN: %cdefer_cc -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <cdefer.h>
#include <stdio.h>

struct pair { long a, b; };

static void boom(long v) { cdefer_panic((void *)v); }

static int before_return(void) {
  __defer puts("first registered, runs last");
  __defer {
    void *v = cdefer_recover();
    printf("recovered %ld\n", (long)v);
  }
  __defer puts("registered last, runs first");
  boom(1);
  return 99;
}

static int during_return(void) {
  __defer printf("recovered %ld\n", (long)cdefer_recover()); // call form: evaluated now
  __defer {
    void *v = cdefer_recover();
    printf("block recovered %ld\n", (long)v);
  }
  __defer boom(2); // panics as the function returns 5
  return 5;
}

static struct pair struct_before(void) {
  __defer { (void)cdefer_recover(); }
  boom(3);
  return (struct pair){1, 2};
}

static struct pair struct_during(void) {
  __defer { (void)cdefer_recover(); }
  __defer boom(4);
  return (struct pair){3, 4};
}

int main(void) {
  printf("before_return -> %d\n", before_return());
  printf("during_return -> %d\n", during_return());
  struct pair p = struct_before();
  printf("struct_before -> {%ld, %ld}\n", p.a, p.b);
  p = struct_during();
  printf("struct_during -> {%ld, %ld}\n", p.a, p.b);
  return 0;
}
// CHECK:      registered last, runs first
// CHECK-NEXT: recovered 1
// CHECK-NEXT: first registered, runs last
// CHECK-NEXT: before_return -> 0
// CHECK-NEXT: block recovered 2
// CHECK-NEXT: recovered 0
// CHECK-NEXT: during_return -> 5
// CHECK-NEXT: struct_before -> {0, 0}
// CHECK-NEXT: struct_during -> {3, 4}
