// Runtime tier: each deferred statement is moved into an internal function
// `__cdefer_<function>_<site>(ptr ctx)`. The call form reads its snapshotted
// callee and arguments back from ctx; the block form reads each variable
// through the address ctx holds.
// RUN: %cdefer_cc -fplugin-arg-cdefer-Wno-loop -O0 -S -emit-llvm -o - %s | FileCheck %s

void sink(int, int);
extern void (*hook)(int, int);

void user(int n) {
  for (int i = 0; i < n; i++) {
    __defer sink(i, n);
    __defer hook(i, 0);
    __defer { sink(n, n); }
  }
}

// CHECK-LABEL: define internal void @__cdefer_user_0(ptr
// CHECK:         getelementptr {{.*}}%struct.__cdefer_ctx_user_0, ptr {{%[0-9]+}}, i32 0, i32 0
// CHECK-NEXT:    [[A0:%[0-9]+]] = load i32
// CHECK:         getelementptr {{.*}}%struct.__cdefer_ctx_user_0, ptr {{%[0-9]+}}, i32 0, i32 1
// CHECK-NEXT:    [[A1:%[0-9]+]] = load i32
// CHECK-NEXT:    call void @sink(i32 noundef [[A0]], i32 noundef [[A1]])
// CHECK-NEXT:    ret void

// The callee of an indirect call is a snapshot too.
// CHECK-LABEL: define internal void @__cdefer_user_1(ptr
// CHECK:         getelementptr {{.*}}%struct.__cdefer_ctx_user_1, ptr {{%[0-9]+}}, i32 0, i32 0
// CHECK-NEXT:    [[FN:%[0-9]+]] = load ptr
// CHECK:         getelementptr {{.*}}%struct.__cdefer_ctx_user_1, ptr {{%[0-9]+}}, i32 0, i32 1
// CHECK-NEXT:    [[I:%[0-9]+]] = load i32
// CHECK-NEXT:    call void [[FN]](i32 noundef [[I]], i32 noundef 0)
// CHECK-NEXT:    ret void

// The block form: ctx holds &n; each use loads the pointer, then n.
// CHECK-LABEL: define internal void @__cdefer_user_2(ptr
// CHECK:         getelementptr {{.*}}%struct.__cdefer_ctx_user_2, ptr {{%[0-9]+}}, i32 0, i32 0
// CHECK-NEXT:    [[P1:%[0-9]+]] = load ptr
// CHECK-NEXT:    [[N1:%[0-9]+]] = load i32, ptr [[P1]]
// CHECK:         getelementptr {{.*}}%struct.__cdefer_ctx_user_2, ptr {{%[0-9]+}}, i32 0, i32 0
// CHECK-NEXT:    [[P2:%[0-9]+]] = load ptr
// CHECK-NEXT:    [[N2:%[0-9]+]] = load i32, ptr [[P2]]
// CHECK-NEXT:    call void @sink(i32 noundef [[N1]], i32 noundef [[N2]])
// CHECK-NEXT:    ret void
