// Runtime tier: the block form's snapshot holds the address of each variable
// it names (one field per variable however often it is used), stored at the
// `__defer`; the variable's later value is what the deferred code reads.
// (tier=pool: pooled pushes only; without it a loop's runs go into a batch
// in the frame first, ir/loop-batch.c.)
// RUN: %cdefer_cc -fplugin-arg-cdefer-Wno-loop -fplugin-arg-cdefer-tier=pool -O0 -S -emit-llvm -o - %s | FileCheck %s

void sink(int, int);

// CHECK: %struct.__cdefer_ctx_closure_0 = type { ptr, ptr }

// CHECK-LABEL: define {{.*}} void @closure(i32 {{.*}}%0)
// CHECK:         [[N:%[0-9]+]] = alloca i32
// CHECK:         [[X:%[0-9]+]] = alloca i32
// CHECK:         [[SNAP:%[0-9]+]] = alloca %struct.__cdefer_ctx_closure_0
// CHECK:         store i32 1, ptr [[X]]
// CHECK:         [[F0:%[0-9]+]] = getelementptr {{.*}}%struct.__cdefer_ctx_closure_0, ptr [[SNAP]], i32 0, i32 0
// CHECK-NEXT:    store ptr [[X]], ptr [[F0]]
// CHECK-NEXT:    [[F1:%[0-9]+]] = getelementptr {{.*}}%struct.__cdefer_ctx_closure_0, ptr [[SNAP]], i32 0, i32 1
// CHECK-NEXT:    store ptr [[N]], ptr [[F1]]
// CHECK-NEXT:    call void @__cdefer_push(ptr {{.*}}, ptr {{.*}}@__cdefer_closure_0, ptr {{.*}}[[SNAP]], i64 {{.*}}16,
void closure(int n) {
  int x = 1;
  for (int i = 0; i < n; i++)
    __defer { sink(x, n); sink(x + 1, n); }
  x = 2;
}
