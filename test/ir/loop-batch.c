// A `__defer` in a loop: its runs go into a batch of snapshots in the frame,
// then into the runtime's batch chunks, appended in place through the
// site's window (cdefer_abi.h, __cdefer_push_batch) while the window is
// open; everything else is one out-of-line call, __cdefer_push_more, which
// starts a chunk or pushes a pooled record. The batch holds about 256 bytes
// of snapshots (2 to 32 of them). Its record's run function, and the one of
// its chunks, call the outlined statement directly, so at -O2 the deferred
// call is inlined into the loops that run them.
// RUN: %cdefer_cc -fplugin-arg-cdefer-Wno-loop -O0 -S -emit-llvm -o - %s | FileCheck %s
// RUN: %cdefer_cc -fplugin-arg-cdefer-Wno-loop -O2 -S -emit-llvm -o - %s | FileCheck --check-prefix=O2 %s
// Not under tier=pool, which measures the pool alone:
// RUN: %cdefer_cc -fplugin-arg-cdefer-Wno-loop -fplugin-arg-cdefer-tier=pool -O0 -S -emit-llvm -o - %s | FileCheck --check-prefix=POOL %s

void sink(int);
void sink_big(long, long, long, long, long, long, long, long, long);

// An int snapshot: 32 of them.
// CHECK-DAG: %struct.__cdefer_batch_small_[[N:[0-9]+]] = type { %struct.__cdefer_batch, [32 x %struct.__cdefer_ctx_small_[[N]]] }
// CHECK-DAG: %struct.__cdefer_ctx_small_[[N]] = type { i32 }
// Nothing of the batch is set at entry (no 128-byte memset of the
// snapshots): the window, zeroed and declared after the frame, says that
// the call's first run is next.
// CHECK-LABEL: define {{.*}} void @small(
// CHECK:         [[BATCH:%[0-9]+]] = alloca %struct.__cdefer_batch_small_[[N]]
// CHECK-NEXT:    [[FRAME:%[0-9]+]] = alloca %struct.__cdefer_frame
// CHECK-NEXT:    [[WIN:%[0-9]+]] = alloca %struct.__cdefer_window
// CHECK-NOT:     [[BATCH]]
// CHECK:         call void @llvm.memset.p0.i64(ptr align 8 [[FRAME]], i8 0, i64 32, i1 false)
// CHECK-NEXT:    call void @llvm.memset.p0.i64(ptr align 8 [[WIN]], i8 0, i64 24, i1 false)
// At the `__defer`: the batch's capacity, its two run functions, the
// outlined statement, and one call for the runs the window does not take;
// the pooled push is not inlined there.
// CHECK:         store i32 32, ptr
// CHECK:         store ptr @__cdefer_batchrun_small_[[N]], ptr
// CHECK:         store ptr @__cdefer_chunkrun_small_[[N]], ptr
// CHECK:         store ptr @__cdefer_small_[[N]], ptr
// CHECK-NOT:     call void @__cdefer_push(
// CHECK:         call void @__cdefer_push_more(
// CHECK-NOT:     call void @__cdefer_push(
// CHECK:         ret void
// CHECK-LABEL: define internal void @__cdefer_batchrun_small_
// CHECK-SAME:    {{^}}[[N]](ptr
// CHECK:         store ptr @__cdefer_small_[[N]], ptr
// CHECK-LABEL: define internal void @__cdefer_chunkrun_small_
// CHECK-SAME:    {{^}}[[N]](ptr
// CHECK:         store ptr @__cdefer_small_[[N]], ptr
// POOL-LABEL: define {{.*}} void @small(
// POOL-NOT:     __cdefer_batch
// POOL:         call void @__cdefer_push(
// POOL-NOT:     __cdefer_batch
// POOL:         ret void
void small(int n) {
  for (int i = 0; i < n; i++)
    __defer sink(i);
}

// At -O2 a run the window takes is the snapshot's store and the pointer's
// bump: the window is in registers, and (the function is not panic-ready)
// the count is published at the exit, not at each run. The rest of the
// pooled push stays out of line.
// O2-LABEL: define {{.*}} void @small(
// O2-NOT:     __cdefer_self
// O2-NOT:     __cdefer_push_slow
// O2:         call void @__cdefer_push_more(
// O2:         store i32 %{{[0-9]+}}, ptr [[AT:%[0-9]+]], align 1{{$}}
// O2-NEXT:    getelementptr inbounds nuw i8, ptr [[AT]], i64 4
// O2-NEXT:    br label
// O2-NOT:     __cdefer_self
// O2-NOT:     __cdefer_push_slow
// O2:         {{^}}}

// O2-LABEL: define internal void @__cdefer_batchrun_small_{{[0-9]+}}(ptr
// O2-NOT:     call void %
// O2:         call void @sink(
// O2-NOT:     call void %
// O2:         ret void

// O2-LABEL: define internal void @__cdefer_chunkrun_small_{{[0-9]+}}(ptr
// O2-NOT:     call void %
// O2:         call void @sink(
// O2-NOT:     call void %
// O2:         ret void

// A 72-byte snapshot is more than a pool record holds: no batch.
// CHECK-LABEL: define {{.*}} void @big(
// CHECK-NOT:     __cdefer_batch
// CHECK:         call void @__cdefer_push(
// CHECK-NOT:     __cdefer_batch
// CHECK:         ret void
void big(int n) {
  for (long i = 0; i < n; i++)
    __defer sink_big(i, i + 1, i + 2, i + 3, i + 4, i + 5, i + 6, i + 7, i + 8);
}
