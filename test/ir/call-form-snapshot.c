// Runtime tier: the call form evaluates the callee (when it is not a
// function name) and every argument that could change at the `__defer`,
// stores them in the snapshot, and only then pushes. Constants, string
// literals and addresses of globals are not snapshotted.
// (tier=pool: pooled pushes only; without it a loop's runs go into a batch
// in the frame first, ir/loop-batch.c.)
// RUN: %cdefer_cc -fplugin-arg-cdefer-Wno-loop -fplugin-arg-cdefer-tier=pool -O0 -S -emit-llvm -o - %s | FileCheck %s

int next(void);
void sink(int, const char *, int *, int);
extern void (*hook)(int);
int global;

// Only the non-constant argument is a field; the callee is direct.
// CHECK-DAG: %struct.__cdefer_ctx_direct_0 = type { i32 }
// The callee pointer is a field, then the argument.
// CHECK-DAG: %struct.__cdefer_ctx_indirect_{{[0-9]+}} = type { ptr, i32 }

// CHECK-LABEL: define {{.*}} void @direct(
// CHECK:         [[SNAP:%[0-9]+]] = alloca %struct.__cdefer_ctx_direct_0
// CHECK:         [[V:%[0-9]+]] = call i32 @next()
// CHECK-NEXT:    [[F:%[0-9]+]] = getelementptr {{.*}}%struct.__cdefer_ctx_direct_0, ptr [[SNAP]], i32 0, i32 0
// CHECK-NEXT:    store i32 [[V]], ptr [[F]]
// CHECK-NEXT:    call void @__cdefer_push(ptr {{.*}}, ptr {{.*}}@__cdefer_direct_0, ptr {{.*}}[[SNAP]], i64 {{.*}}4,
void direct(int n) {
  for (int i = 0; i < n; i++)
    __defer sink(next(), "text", &global, 42);
}

// The outlined call passes the constants as they were written.
// CHECK-LABEL: define internal void @__cdefer_direct_0(
// CHECK:         call void @sink(i32 noundef {{%[0-9]+}}, ptr noundef @.str{{.*}}, ptr noundef @global, i32 noundef 42)

// CHECK-LABEL: define {{.*}} void @indirect(
// CHECK:         [[SNAP:%[0-9]+]] = alloca %struct.__cdefer_ctx_indirect_{{[0-9]+}}
// CHECK:         [[FN:%[0-9]+]] = load ptr, ptr @hook
// CHECK-NEXT:    [[F0:%[0-9]+]] = getelementptr {{.*}}%struct.__cdefer_ctx_indirect_{{[0-9]+}}, ptr [[SNAP]], i32 0, i32 0
// CHECK-NEXT:    store ptr [[FN]], ptr [[F0]]
// CHECK-NEXT:    [[I:%[0-9]+]] = load i32, ptr
// CHECK-NEXT:    [[F1:%[0-9]+]] = getelementptr {{.*}}%struct.__cdefer_ctx_indirect_{{[0-9]+}}, ptr [[SNAP]], i32 0, i32 1
// CHECK-NEXT:    store i32 [[I]], ptr [[F1]]
// CHECK-NEXT:    call void @__cdefer_push(ptr {{.*}}, ptr {{.*}}@__cdefer_indirect_{{[0-9]+}}, ptr {{.*}}[[SNAP]], i64 {{.*}}16,
void indirect(int n) {
  for (int i = 0; i < n; i++)
    __defer hook(i);
}
