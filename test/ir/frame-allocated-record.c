// Frame-allocated tier (SPEC 3; Go 1.13's deferprocStack), at -O0: the
// record and the snapshot of each `__defer` are hidden locals of the function,
// the push is inline (the record's fields, then onto the frame's list), and
// nothing calls __cdefer_push: no pool, no heap, no thread-local access. The
// frame's always-inline cleanup runs the records; __cdefer_return is only on
// the path for a pooled record. Here a computed goto keeps the function from
// being open-coded.
// RUN: %cdefer_cc -O0 -S -emit-llvm -o - %s | FileCheck %s
// RUN: %cdefer_cc -O0 -S -emit-llvm -o - %s | FileCheck --check-prefix=NOPOOL %s
// NOPOOL-NOT: call {{.*}}@__cdefer_push

void sink(int);
int flag(void);

// CHECK-LABEL: define {{.*}} i32 @two(
// CHECK:         [[R0:%[0-9]+]] = alloca %struct.__cdefer_record
// CHECK:         [[R1:%[0-9]+]] = alloca %struct.__cdefer_record
// CHECK:         [[S1:%[0-9]+]] = alloca %struct.__cdefer_ctx_two_{{[0-9]+}}
// CHECK:         [[FRAME:%[0-9]+]] = alloca %struct.__cdefer_frame
// CHECK:         call void @llvm.memset{{.*}}(ptr align 8 [[FRAME]], i8 0, i64 32
// First `__defer`: its record, no snapshot (a constant argument).
// CHECK:         store ptr [[R0]], ptr
// CHECK:         store ptr @__cdefer_two_[[N0:[0-9]+]], ptr
// CHECK:         store ptr null, ptr
// CHECK:         call i32 @flag()
// Second: the snapshot of n, then the record pointing at it.
// CHECK:         store i32 {{%[0-9]+}}, ptr
// CHECK:         store ptr [[R1]], ptr
// CHECK:         store ptr @__cdefer_two_[[N1:[0-9]+]], ptr
// CHECK:         store ptr [[S1]], ptr
// Exit: the records run through their function pointers.
// CHECK:         call void {{%[0-9]+}}(ptr noundef {{%[0-9]+}})
// CHECK:         call void @__cdefer_return(
// CHECK:         ret i32
// CHECK-DAG:   define internal void @__cdefer_two_[[N0]](ptr
// CHECK-DAG:   define internal void @__cdefer_two_[[N1]](ptr
int two(int n) {
  void *target = n ? &&out : &&done;
  __defer sink(1);
  if (flag())
    __defer sink(n);
  n += 5;
  goto *target;
done:
  n++;
out:
  return n;
}
