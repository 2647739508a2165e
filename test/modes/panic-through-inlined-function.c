// LIMITATION (panic runtime / LoweringPanic): a function with a `__defer`
// that is inlined into a panic-ready function loses its deferred code when a
// panic passes through: its frame is the caller's frame now, the stop
// function finds the caller's registration there and recovers (longjmp to
// the caller's resume point) before anything of the inlined callee runs.
// Expected (Go): "inner deferred" first, then the recovery.
//
// The plugin keeps every function that takes part in panics out of line,
// and, compiling for LTO with exceptions, every other function with a
// `__defer` too (panic/exceptions-run-unregistered-frames.test passes under
// LTO). What remains is always_inline, which the plugin cannot override: it
// warns (diag/panic-always-inline.c).
//
// The same under the GCC plugin.
// XFAIL: *
// RUN: %cdefer_cc -O0 %{cdefer_arg}tier=open %s -o %t.open %cdefer_rt && %t.open | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -O0 %{cdefer_arg}tier=frame %s -o %t.frame %cdefer_rt && %t.frame | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -O2 %{cdefer_arg}tier=pool %s -o %t.pool %cdefer_rt && %t.pool 2>&1 | FileCheck --match-full-lines %s
#include <cdefer.h>
#include <stdio.h>

static void boom(void) { cdefer_panic((void *)7); }

static inline __attribute__((always_inline)) void inner(void) {
  __defer puts("inner deferred");
  boom();
}

static void run(void) {
  __defer { printf("run recovered %ld\n", (long)cdefer_recover()); }
  inner();
}

int main(void) {
  run();
  puts("back in main");
  return 0;
}
// CHECK:      inner deferred
// CHECK-NEXT: run recovered 7
// CHECK-NEXT: back in main
