// A function whose deferred code can neither panic nor recover (here: calls
// of printf, a C library function) does not register with the runtime
// (diag/panic-role-remarks.c): a panic runs its deferred statements from its
// exception cleanup instead (the plugin compiles units that include
// <cdefer.h> with exceptions). They run in the same order as a registered
// function's would: innermost function first, each newest first, loop runs
// included, before the deferred code of the registered function that
// recovers.
// diag/panic-role-remarks.c (and, under GCC, gcc/gimple-unwind-only.c)
// shows which way each kind of function takes part.
// RUN: %cdefer_cc -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
// The link-time optimiser keeps the exception cleanups too (under GCC, the
// plugin turns exceptions on in each function's own options).
// RUN: %cdefer_cc -O2 -flto %s -o %tl %cdefer_rt && %tl | FileCheck --match-full-lines %s
#include <cdefer.h>
#include <stdio.h>

static void __attribute__((noinline)) leaf(int depth) {
  if (depth < 0) // never: a path that returns, for GCC's -Winfinite-recursion
    return;
  if (depth == 0)
    cdefer_panic("boom");
  leaf(depth - 1);
}

static void inner(int n) {
  __defer printf("inner: straight\n");
  for (int i = 0; i < n; i++)
    __defer printf("inner: loop %d\n", i);
  leaf(3);
  printf("not reached\n");
}

static int middle(void) {
  __defer { printf("middle: block\n"); }
  __defer printf("middle: call\n");
  inner(3);
  return 1;
}

static int outer(void) {
  __defer {
    const char *why = cdefer_recover();
    printf("outer: recovered %s\n", why ? why : "(nothing)");
  }
  __defer printf("outer: first\n");
  return middle() + 10;
}

int main(void) {
  printf("outer returned %d\n", outer());
  return 0;
}
// CHECK:      inner: loop 2
// CHECK-NEXT: inner: loop 1
// CHECK-NEXT: inner: loop 0
// CHECK-NEXT: inner: straight
// CHECK-NEXT: middle: call
// CHECK-NEXT: middle: block
// CHECK-NEXT: outer: first
// CHECK-NEXT: outer: recovered boom
// CHECK-NEXT: outer returned 0
