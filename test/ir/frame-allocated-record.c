// Frame-allocated tier (SPEC 3; Go 1.13's deferprocStack), at -O0: the
// record and the snapshot of each `__defer` are hidden locals of the function,
// the push is inline (the record's fields, then onto the frame's list), and
// nothing calls __cdefer_push: no pool, no heap, no thread-local access. A
// function whose `__defer`s are all frame-allocated sets only the frame's
// head at entry (the rest is for pooled records), and the cleanup that runs
// its records belongs to a second hidden local, which holds the addresses of
// the frame and of each record (plugin/clang/LoweringFrameOnly.cpp): newest
// first, a record that is the frame's newest is unlinked and its statement
// called directly (so that -O2 can inline it), then whatever is left runs
// through its function pointer; no kind test, no __cdefer_return. Here a
// computed goto keeps the function from being open-coded.
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
// CHECK-NEXT:    [[EXIT:%[0-9]+]] = alloca %struct.[[EXITTY:__cdefer_exit_two_[0-9]+]]
// CHECK-NOT:     call void @llvm.memset
// CHECK:         [[HEAD:%[0-9]+]] = getelementptr inbounds nuw %struct.__cdefer_frame, ptr [[FRAME]], i32 0, i32 0
// CHECK-NEXT:    store ptr null, ptr [[HEAD]]
// The exit variable is given the frame and the records, oldest first.
// CHECK-NEXT:    [[E0:%[0-9]+]] = getelementptr inbounds nuw %struct.[[EXITTY]], ptr [[EXIT]], i32 0, i32 0
// CHECK-NEXT:    store ptr [[FRAME]], ptr [[E0]]
// CHECK-NEXT:    [[E1:%[0-9]+]] = getelementptr inbounds nuw %struct.[[EXITTY]], ptr [[EXIT]], i32 0, i32 1
// CHECK-NEXT:    store ptr [[R0]], ptr [[E1]]
// CHECK-NEXT:    [[E2:%[0-9]+]] = getelementptr inbounds nuw %struct.[[EXITTY]], ptr [[EXIT]], i32 0, i32 2
// CHECK-NEXT:    store ptr [[R1]], ptr [[E2]]
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
// Exit: each record, newest first, by a direct call of its statement with
// the record's context; then any left, through their function pointers.
// CHECK:         call void @__cdefer_two_[[N1]](ptr noundef {{%[0-9]+}})
// CHECK:         call void @__cdefer_two_[[N0]](ptr noundef {{%[0-9]+}})
// CHECK:         call void {{%[0-9]+}}(ptr noundef {{%[0-9]+}})
// CHECK-NOT:     call void @__cdefer_return(
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
