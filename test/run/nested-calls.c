// f defers, then calls g, which defers: each function runs its own deferred
// code at its own return.
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static void h(void) {
  __defer puts("h deferred");
  puts("h body");
}

static void g(void) {
  __defer puts("g deferred");
  h();
  puts("g after h");
}

static void f(void) {
  __defer puts("f deferred 1");
  g();
  __defer puts("f deferred 2");
  puts("f after g");
}

int main(void) {
  f();
  // CHECK:      h body
  // CHECK-NEXT: h deferred
  // CHECK-NEXT: g after h
  // CHECK-NEXT: g deferred
  // CHECK-NEXT: f after g
  // CHECK-NEXT: f deferred 2
  // CHECK-NEXT: f deferred 1
  puts("main");
  // CHECK-NEXT: main
  return 0;
}
