// In a unit that takes part in panics (it includes <cdefer.h>), a function
// whose deferred code cannot panic or recover (here: fclose and free, C
// library functions) does not register with the runtime under GCC either:
// the plugin compiles the unit with exceptions, and a panic runs the
// deferred calls from the function's exception cleanup (its finally). At -O2
// its normal path is the hand-written cleanup, with nothing of the runtime
// (SPEC 4). A function whose deferred call may panic (a function of another
// unit) registers. -fplugin-arg-cdefer_gcc-Rpanic says which and why, in the
// Clang plugin's words (diag/panic-role-remarks.c).
// REQUIRES: gcc-plugin
// RUN: %gcc_cc -O2 -c %s -o /dev/null -fdump-tree-optimized=%t.optimized -fplugin-arg-cdefer_gcc-Rpanic 2>&1 | FileCheck %s --check-prefix=NOTE
// RUN: FileCheck %s < %t.optimized
// RUN: %gcc_cc -O2 -c %s -o /dev/null -fdump-tree-optimized=%t.reg.optimized -fplugin-arg-cdefer_gcc-panic=register
// RUN: FileCheck %s --check-prefix=REG < %t.reg.optimized
#include <cdefer.h>
#include <stdio.h>
#include <stdlib.h>

int work(FILE *, char *);
void elsewhere(int);

// GCC dumps may_panic first.
// NOTE: [[@LINE+5]]:6: note: 'may_panic' registers for panics at entry: its deferred code may panic or recover
// NOTE: [[@LINE+5]]:11: note: this call may panic or recover
// CHECK-LABEL: void may_panic (
// CHECK:         __cdefer_pframe_push_skip (
// REG-LABEL: void may_panic (
void may_panic(int n) {
  __defer elsewhere(n);
  work(0, 0);
}

// NOTE: [[@LINE+8]]:5: note: a panic runs the deferred code of 'process' from its exception cleanup: nothing it defers can panic or recover, so it does not register
// The normal path: work, then fclose and free, as by hand; the same calls
// again in the landing pad, then the unwind goes on.
// CHECK-LABEL: int process (
// CHECK-NOT:     __cdefer
// CHECK:         __builtin_unwind_resume
// CHECK-NOT:     __cdefer
// CHECK-LABEL: {{^}}}
int process(FILE *f, size_t n) {
  char *buf = malloc(n);
  __defer free(buf);
  __defer fclose(f);
  return work(f, buf);
}

// With panic=register, process registers too.
// REG-LABEL: int process (
// REG:         __cdefer_pframe_push_skip (
