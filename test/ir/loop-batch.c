// A `__defer` in a loop: its runs go into a batch of snapshots in the frame
// while the batch is the frame's newest record and has room, then into the
// site's newest batch chunk while that is the frame's newest record and has
// room; everything else is one out-of-line call, __cdefer_push_more, which
// starts a chunk or pushes a pooled record (cdefer_abi.h,
// __cdefer_push_batch). The batch holds about 256 bytes of snapshots (2 to
// 32 of them). Its record's run function calls the outlined statement
// directly, so at -O2 the deferred call is inlined into the loop that runs
// the batch.
// RUN: %cdefer_cc -fplugin-arg-cdefer-Wno-loop -O0 -S -emit-llvm -o - %s | FileCheck %s
// RUN: %cdefer_cc -fplugin-arg-cdefer-Wno-loop -O2 -S -emit-llvm -o - %s | FileCheck --check-prefix=O2 %s
// Not under tier=pool, which measures the pool alone:
// RUN: %cdefer_cc -fplugin-arg-cdefer-Wno-loop -fplugin-arg-cdefer-tier=pool -O0 -S -emit-llvm -o - %s | FileCheck --check-prefix=POOL %s

void sink(int);
void sink_big(long, long, long, long, long, long, long, long, long);

// An int snapshot: 32 of them.
// CHECK-DAG: %struct.__cdefer_batch_small_[[N:[0-9]+]] = type { %struct.__cdefer_batch, [32 x %struct.__cdefer_ctx_small_[[N]]] }
// CHECK-DAG: %struct.__cdefer_ctx_small_[[N]] = type { i32 }
// Only the count is set at entry (no 128-byte memset of the snapshots), to
// __cdefer_batch_start: 0, or UINT_MAX when the runtime counts every push
// (CDEFER_STATS, CDEFER_MAX_PENDING).
// CHECK-LABEL: define {{.*}} void @small(
// CHECK:         [[BATCH:%[0-9]+]] = alloca %struct.__cdefer_batch_small_[[N]]
// CHECK:         [[START:%[0-9]+]] = load i32, ptr @__cdefer_batch_start
// CHECK-NEXT:    [[HDR:%[0-9]+]] = getelementptr inbounds nuw %struct.__cdefer_batch_small_[[N]], ptr [[BATCH]], i32 0, i32 0
// CHECK-NEXT:    [[COUNT:%[0-9]+]] = getelementptr inbounds nuw %struct.__cdefer_batch, ptr [[HDR]], i32 0, i32 5
// CHECK-NEXT:    store i32 [[START]], ptr [[COUNT]]
// At the `__defer`: the batch's capacity, its run function, the outlined
// statement, and one call for the runs that fit in neither the batch nor a
// chunk in place; the pooled push is not inlined there.
// CHECK:         store i32 32, ptr
// CHECK:         store ptr @__cdefer_batchrun_small_[[N]], ptr
// CHECK:         store ptr @__cdefer_small_[[N]], ptr
// CHECK-NOT:     call void @__cdefer_push(
// CHECK:         call void @__cdefer_push_more(
// CHECK-NOT:     call void @__cdefer_push(
// CHECK:         ret void
// CHECK-LABEL: define internal void @__cdefer_batchrun_small_
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

// At -O2 the run in place in a chunk is a compare with the frame's newest
// record, one with the chunk's end, a store and a pointer bump; the rest of
// the pooled push stays out of line.
// O2-LABEL: define {{.*}} void @small(
// O2-NOT:     __cdefer_self
// O2-NOT:     __cdefer_push_slow
// O2:         call void @__cdefer_push_more(
// O2-NOT:     __cdefer_self
// O2-NOT:     __cdefer_push_slow
// O2:         {{^}}}

// O2-LABEL: define internal void @__cdefer_batchrun_small_{{[0-9]+}}(ptr
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
