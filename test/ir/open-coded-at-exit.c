// Open-coded tier (SPEC 3), at -O0: no call into the runtime and no call to
// a synthesised function; at the `__defer` the snapshot is stored in the
// function's hidden local and the defer's bit is set; on the exit path, after
// the returned value is computed, each deferred call runs newest first under
// its bit (cleared first), except a `__defer` that executes before every exit,
// which runs with no test.
// RUN: %cdefer_cc -O0 -S -emit-llvm -o - %s | FileCheck %s
// RUN: %cdefer_cc -O0 -S -emit-llvm -o - %s | FileCheck --check-prefix=NORUNTIME %s
// NORUNTIME-NOT: call {{.*}}@__cdefer_
// NORUNTIME-NOT: define {{.*}}@__cdefer_

void sink(int);
int flag(void);

// CHECK-LABEL: define {{.*}} i32 @two(
// CHECK:         [[O:%[0-9]+]] = alloca %struct.__cdefer_open_two_[[N:[0-9]+]]
// Entry: bits cleared.
// CHECK:         [[B0:%[0-9]+]] = getelementptr {{.*}}%struct.__cdefer_open_two_[[N]], ptr [[O]], i32 0, i32 0
// CHECK-NEXT:    store i32 0, ptr [[B0]]
// CHECK:         call i32 @flag()
// At the conditional `__defer`: snapshot n, then set bit 1.
// CHECK:         [[NV:%[0-9]+]] = load i32
// CHECK-NEXT:    [[C:%[0-9]+]] = getelementptr {{.*}}%struct.__cdefer_open_two_[[N]], ptr [[O]], i32 0, i32 1
// CHECK-NEXT:    [[F:%[0-9]+]] = getelementptr {{.*}}%struct.__cdefer_ctx_two_{{[0-9]+}}, ptr [[C]], i32 0, i32 0
// CHECK-NEXT:    store i32 [[NV]], ptr [[F]]
// CHECK:         or i32 {{%[0-9]+}}, 2
// The return value, then the exit path: bit 1 tested and cleared, its call...
// CHECK:         [[RV:%[0-9]+]] = add nsw i32 {{%[0-9]+}}, 5
// CHECK:         and i32 {{%[0-9]+}}, 2
// CHECK:         and i32 {{%[0-9]+}}, -3
// CHECK:         call void @sink(i32 noundef {{%[0-9]+}})
// ...then the first `__defer`, which dominates the exit: no test.
// CHECK:         call void @sink(i32 noundef 1)
// CHECK-NEXT:    ret i32
int two(int n) {
  __defer sink(1);
  if (flag())
    __defer sink(n);
  n += 5;
  return n;
}

// An early return before the `__defer` means it does not dominate every exit:
// its bit is tested at the exit.
// CHECK-LABEL: define {{.*}} void @early(
// CHECK:         or i32 {{%[0-9]+}}, 1
// CHECK:         and i32 {{%[0-9]+}}, 1
// CHECK:         and i32 {{%[0-9]+}}, -2
// CHECK:         call void @sink(i32 noundef 7)
// CHECK:         ret void
void early(int n) {
  if (n)
    return;
  __defer sink(7);
  sink(8);
}

// The outlined statements are always inlined and never emitted: the only
// functions defined are the user's.
// CHECK-NOT:   define {{.*}}__cdefer
