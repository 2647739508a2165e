// A panic-ready function (its translation unit includes <cdefer.h>, which
// declares cdefer_panic and cdefer_recover, and its deferred code may panic
// or recover: sink is defined elsewhere) registers with the runtime at entry, after
// its frame variable, sets a __builtin_setjmp resume point that returns the
// last `return` value, and is never inlined (docs/design.md §12). An
// open-coded one also gets a step function that hands the runtime its
// pending deferred statements, newest first. With panic=off nothing of this
// is emitted; with panic=on it is, even in a unit that never panics.
// RUN: %cdefer_cc -O0 -S -emit-llvm -o - %s | FileCheck %s
// RUN: %cdefer_cc -fplugin-arg-cdefer-panic=off -O0 -S -emit-llvm -o - %s | FileCheck --check-prefix=OFF %s
// RUN: %cdefer_cc -DCDEFER_NO_PANIC -DNO_PANIC_CALL -O0 -S -emit-llvm -o - %s | FileCheck --check-prefix=OFF %s
// OFF-NOT: __cdefer_pframe
// OFF-NOT: sjlj
// Registered with the _skip variant, the function's landing pad, which
// holds only the plugin's cleanups, is skipped by a panic the runtime has
// handled. Not when the user asked for -fexceptions (every cleanup then
// runs, as with any exception):
// RUN: %cdefer_cc -fexceptions -O0 -S -emit-llvm -o - %s | FileCheck --check-prefix=EXC %s
// EXC: {{call|invoke}} void @__cdefer_pframe_push(ptr
#include <cdefer.h>

void sink(int);

// CHECK-LABEL: define {{.*}}i32 @f(
// CHECK-SAME:    #[[ATTRS:[0-9]+]]
// CHECK:         [[PF:%[0-9]+]] = alloca %struct.__cdefer_pframe
// CHECK-NEXT:    [[O:%[0-9]+]] = alloca %struct.__cdefer_open_f_{{[0-9]+}}
// CHECK:         store volatile i32 0, ptr [[RV:%[0-9]+]]
// CHECK:         store ptr @f, ptr
// CHECK:         store ptr [[O]], ptr
// CHECK:         store ptr @__cdefer_step_f_{{[0-9]+}}, ptr
// CHECK:         [[FP:%[0-9]+]] = call ptr @llvm.frameaddress.p0(i32 0)
// CHECK-NEXT:    {{call|invoke}} void @__cdefer_pframe_push_skip(ptr noundef [[PF]], ptr noundef [[FP]])
// CHECK:         call i32 @llvm.eh.sjlj.setjmp(
// A recovery calls __cdefer_resumed (returns_twice, so that LLVM keeps the
// spill slots the resume path reads) and returns the last value a `return`
// gave (zero before any):
// CHECK:         {{call|invoke}} i32 @__cdefer_resumed()
// CHECK:         load volatile i32, ptr [[RV]]
// `return n + 1` stores its value first:
// CHECK:         store volatile i32 {{%[0-9]+}}, ptr [[RV]]
// CHECK:         call void @__cdefer_pframe_pop(ptr noundef [[PF]])
int f(int n) {
  __defer sink(n);
#ifndef NO_PANIC_CALL
  if (n < 0)
    cdefer_panic("negative");
#endif
  return n + 1;
}

// CHECK: define internal i32 @__cdefer_step_f_{{[0-9]+}}(ptr {{.*}}, ptr {{.*}})
// CHECK: attributes #[[ATTRS]] = {{{.*}}noinline

// A function with a cleanup variable of its own registers with the plain
// push: its landing pad runs the user's cleanup, which a panic must not
// skip.
// RUN: %cdefer_cc -O0 -S -emit-llvm -o - %s | FileCheck --check-prefix=CLEANUP %s
// CLEANUP-LABEL: define {{.*}}i32 @with_cleanup(
// CLEANUP:         {{call|invoke}} void @__cdefer_pframe_push(ptr
// CLEANUP-LABEL: define {{.*}}i32 @without_cleanup(
// CLEANUP:         {{call|invoke}} void @__cdefer_pframe_push_skip(ptr
static void release(int *p) { sink(*p); }
int with_cleanup(int n) {
  int guard __attribute__((cleanup(release))) = n;
  __defer sink(n);
  return guard;
}
int without_cleanup(int n) {
  __defer sink(n);
  return n;
}
