// A function whose only computed goto the optimizers find dead still
// resumes where it should after its deferred code recovers.
// Not under GCC 12 at -O1 and up: every computed goto targets the
// `__builtin_setjmp` resume point too, and GCC's CFG cleanup
// (cleanup_control_flow_pre) then reaches that point only through the
// computed gotos; when the last one is dead it deletes the resume point
// and moves its label to the function's entry, so that the recovery would
// run the function again from the start (docs/design.md §11, Panics). The
// GCC plugin makes that a compile error (gcc/computed-goto-dead-error.c).
// (A computed goto the plugin added to keep the resume point alive creates
// paths that make GCC's -Wmaybe-uninitialized warn about correct code.) The
// second run is made harmless here (no second panic), so that a test that
// lost its resume point fails instead of looping.
// UNSUPPORTED: cdefer-gcc
// RUN: %cdefer_cc -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <cdefer.h>
#include <stdio.h>

static const int never = 0;
static int entered;

static int dead_goto(int x) {
  void *to = &&there;
  printf("dead_goto entered %d\n", ++entered);
  if (never)
    goto *to;
there:
  __defer {
    const char *v = cdefer_recover();
    printf("dead_goto recovered %s\n", v ? v : "nothing");
  }
  if (x > 2 && entered == 1)
    cdefer_panic("dead");
  return x;
}

int main(void) {
  printf("%d\n", dead_goto(3));
  // CHECK:      dead_goto entered 1
  // CHECK-NEXT: dead_goto recovered dead
  // CHECK-NEXT: 0
  return 0;
}
