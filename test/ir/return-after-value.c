// Runtime tier: at every exit the frame's cleanup calls __cdefer_return, and
// it does so after the returned value has been computed and stored (SPEC 2.6).
// The frame's cleanup is always-inline: it runs frame-allocated records itself
// and hands the frame to __cdefer_return at the first pooled one.
// (tier=pool: pooled pushes only; without it a loop's runs go into a batch
// in the frame first, ir/loop-batch.c.)
// RUN: %cdefer_cc -fplugin-arg-cdefer-Wno-loop -fplugin-arg-cdefer-tier=pool -O0 -S -emit-llvm -o - %s | FileCheck %s

int next(void);
void sink(int);

// One return: the value is computed, then the cleanup runs, then `ret` uses it.
// CHECK-LABEL: define {{.*}} i32 @one_exit(
// CHECK:         call void @__cdefer_push(
// CHECK:         [[V:%[0-9]+]] = add nsw i32 {{%[0-9]+}}, 2
// CHECK:         getelementptr {{.*}}%struct.__cdefer_record, ptr {{%[0-9]+}}, i32 0, i32 4
// CHECK:         call void @__cdefer_return(ptr
// CHECK:         ret i32 [[V]]
int one_exit(int n) {
  for (int i = 0; i < n; i++)
    __defer sink(i);
  return n + 2;
}

// Two returns: each stores to the return slot, the shared exit runs the
// cleanup, then loads the slot.
// CHECK-LABEL: define {{.*}} i32 @two_exits(
// CHECK:         [[SLOT:%[0-9]+]] = alloca i32
// CHECK:         call void @__cdefer_push(
// CHECK:         [[A:%[0-9]+]] = call i32 @next()
// CHECK-NEXT:    store i32 [[A]], ptr [[SLOT]]
// CHECK:         [[B:%[0-9]+]] = add nsw i32 {{%[0-9]+}}, 7
// CHECK-NEXT:    store i32 [[B]], ptr [[SLOT]]
// CHECK:         call void @__cdefer_return(ptr
// CHECK:         [[R:%[0-9]+]] = load i32, ptr [[SLOT]]
// CHECK-NEXT:    ret i32 [[R]]
int two_exits(int n) {
  for (int i = 0; i < n; i++)
    __defer sink(i);
  if (n > 10)
    return next();
  return n + 7;
}

// A struct returned through sret: the copy into the caller's buffer comes
// before __cdefer_return (the local is not constructed in place).
struct big {
  long a, b, c, d;
};
// CHECK-LABEL: define {{.*}} void @sret(
// CHECK-SAME:    ptr {{.*}}sret(%struct.big) {{.*}}[[OUT:%[0-9]+]],
// CHECK:         [[LOCAL:%[0-9]+]] = alloca %struct.big
// CHECK:         call void @__cdefer_push(
// CHECK:         call void @llvm.memcpy{{.*}}(ptr {{.*}}[[OUT]], ptr {{.*}}[[LOCAL]], i64 32
// CHECK:         call void @__cdefer_return(ptr
// CHECK:         ret void
struct big sret(int n) {
  struct big r = {1, 2, 3, 4};
  for (int i = 0; i < n; i++)
    __defer { r.a = 0; }
  return r;
}
