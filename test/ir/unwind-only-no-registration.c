// In a unit that takes part in panics (it includes <cdefer.h>), a function
// whose deferred code cannot panic or recover (here: fclose and free, C
// library functions) does not register with the runtime: the plugin turns
// exceptions on for the unit, and a panic runs the deferred calls from the
// function's exception cleanup (docs/design.md §12). At -O2 its normal path
// is the hand-written cleanup, with nothing of the runtime: SPEC 4's "the
// fast path of an open-coded function pays nothing for panic support".
// The function is kept out of line (noinline): inlined into a panic-ready
// caller, its cleanup would run after the caller's registration.
// RUN: %cdefer_cc -O2 -S -emit-llvm -o - %s | FileCheck --implicit-check-not=__cdefer %s
#include <cdefer.h>
#include <stdio.h>
#include <stdlib.h>

int work(FILE *, char *, size_t);

// The unit's one mention of the runtime: its landing pads' _Unwind_Resume
// calls go to the runtime, which goes on with a panic's walk from there
// (docs/design.md §12) and hands other exceptions to _Unwind_Resume.
// CHECK: module asm ".set _Unwind_Resume, __cdefer_unwind_resume"

// CHECK-LABEL: define dso_local i32 @process(
// CHECK-SAME:    ptr noundef [[F:%[0-9]+]], i64 noundef [[N:%[0-9]+]]) local_unnamed_addr #[[ATTRS:[0-9]+]] personality ptr @__gcc_personality_v0 {
// CHECK-NEXT:    [[BUF:%[0-9]+]] = tail call noalias ptr @malloc(i64 noundef [[N]])
// CHECK-NEXT:    [[BNULL:%[0-9]+]] = icmp eq ptr [[BUF]], null
// CHECK-NEXT:    br i1 [[BNULL]], label %[[EXIT:[0-9]+]], label %[[ALLOCATED:[0-9]+]]
// CHECK-EMPTY:
// CHECK-NEXT:  {{^}}[[ALLOCATED]]:
// CHECK-NEXT:    [[W:%[0-9]+]] = invoke i32 @work(ptr noundef [[F]], ptr noundef nonnull [[BUF]], i64 noundef [[N]])
// CHECK-NEXT:            to label %[[WORKED:[0-9]+]] unwind label %[[UNWIND:[0-9]+]]
// CHECK-EMPTY:
// The normal path: free, then fclose, as by hand.
// CHECK-NEXT:  {{^}}[[WORKED]]:
// CHECK-NEXT:    tail call void @free(ptr noundef nonnull [[BUF]])
// CHECK-NEXT:    br label %[[EXIT]]
// CHECK-EMPTY:
// CHECK-NEXT:  {{^}}[[EXIT]]:
// CHECK-NEXT:    [[R:%[0-9]+]] = phi i32 [ [[W]], %[[WORKED]] ], [ -2, %2 ]
// CHECK-NEXT:    {{%[0-9]+}} = tail call i32 @fclose(ptr noundef [[F]])
// CHECK-NEXT:    ret i32 [[R]]
// CHECK-EMPTY:
// The exception path (a panic unwinding through `work`): the same calls.
// CHECK-NEXT:  {{^}}[[UNWIND]]:
// CHECK-NEXT:    [[LP:%[0-9]+]] = landingpad { ptr, i32 }
// CHECK-NEXT:            cleanup
// CHECK-NEXT:    tail call void @free(ptr noundef nonnull [[BUF]])
// CHECK-NEXT:    {{%[0-9]+}} = tail call i32 @fclose(ptr noundef [[F]])
// CHECK-NEXT:    resume { ptr, i32 } [[LP]]
// CHECK-NEXT:  }
int process(FILE *f, size_t n) {
  __defer fclose(f);
  char *buf = malloc(n);
  if (!buf)
    return -2;
  __defer free(buf);
  return work(f, buf, n);
}

// CHECK: attributes #[[ATTRS]] = {{{.*}}noinline
