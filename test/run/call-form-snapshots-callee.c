// The call form evaluates the callee when the defer executes: a function
// pointer reassigned after the defer still calls the old target (SPEC 2.4).
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static void old_target(int v) { printf("old target %d\n", v); }
static void new_target(int v) { printf("new target %d\n", v); }

static void (*global_fp)(int) = old_target;

struct ops {
  void (*fn)(int);
};

static void snapshot(void) {
  void (*fp)(int) = old_target;
  struct ops ops = {old_target};
  __defer fp(1);
  __defer global_fp(2);
  __defer ops.fn(3);
  __defer (*fp)(4);
  fp = new_target;
  global_fp = new_target;
  ops.fn = new_target;
  fp(0);
}

int main(void) {
  snapshot();
  // CHECK:      new target 0
  // CHECK-NEXT: old target 4
  // CHECK-NEXT: old target 3
  // CHECK-NEXT: old target 2
  // CHECK-NEXT: old target 1
  return 0;
}
