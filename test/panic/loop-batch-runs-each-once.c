// A loop's `__defer` keeps its first runs of a call in a batch in the frame
// (cdefer_abi.h). A panic takes them one at a time, like any other pending
// deferred call: one that panics is not run again, the ones after it still
// run, and one of them can recover, with Go's rule (a call form's callee, or
// the block itself, must be what the panic is running).
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <cdefer.h>
#include <stdio.h>

// Run 2 panics while the function returns normally (the batch is being run
// by the frame's cleanup); runs 1 and 0 still run once each, and run 0's
// callee recovers.
static void step(int i) {
  if (i == 2)
    cdefer_panic("from run 2");
  if (i == 0) {
    void *v = cdefer_recover();
    printf("run 0 recovers: %s\n", v ? (const char *)v : "nothing");
    return;
  }
  printf("run %d\n", i);
}

static int panics_while_running(void) {
  for (int i = 0; i < 4; i++)
    __defer step(i);
  return 7;
}

// The panic starts in the body: every run of the batch runs, newest first;
// the newest recovers (its block is what the panic runs) and the others see
// nothing to recover.
static int panics_in_body(void) {
  int seen = 0;
  for (int i = 0; i < 3; i++)
    __defer {
      void *v = cdefer_recover();
      printf("block %d recovers: %s\n", seen++, v ? (const char *)v : "nothing");
    }
  cdefer_panic("from the body");
  return 1;
}

// The panic comes from a callee, and the recovery is in the caller: the
// batch of the function in between runs first, in full.
static void middle(int n) {
  for (int i = 0; i < n; i++)
    __defer printf("middle run %d\n", i);
  cdefer_panic("from middle");
}

static void outer(void) {
  __defer {
    void *v = cdefer_recover();
    printf("outer recovers: %s\n", v ? (const char *)v : "nothing");
  }
  middle(3);
}

int main(void) {
  printf("returned %d\n", panics_while_running());
  // CHECK:      run 3
  // CHECK-NEXT: run 1
  // CHECK-NEXT: run 0 recovers: from run 2
  // The recovering function returns its last returned value.
  // CHECK-NEXT: returned 7
  printf("returned %d\n", panics_in_body());
  // CHECK-NEXT: block 0 recovers: from the body
  // CHECK-NEXT: block 1 recovers: nothing
  // CHECK-NEXT: block 2 recovers: nothing
  // No return ran before the panic: zero.
  // CHECK-NEXT: returned 0
  outer();
  // CHECK-NEXT: middle run 2
  // CHECK-NEXT: middle run 1
  // CHECK-NEXT: middle run 0
  // CHECK-NEXT: outer recovers: from middle
  printf("panicking %d, pending %zu\n", cdefer_panicking(), cdefer_pending());
  // CHECK-NEXT: panicking 0, pending 0
  return 0;
}
