// Runtime tier (a defer in a loop is always lowered through the runtime,
// SPEC 3): each `__defer` becomes a call to __cdefer_push with the function's
// hidden frame, that site's outlined function and snapshot, and a
// "file:line:function" site string (followed, after its NUL, by the form of
// the deferred statement: C for a call). The marker loop is gone.
// (tier=pool: pooled pushes only; without it a loop's runs go into a batch
// in the frame first, ir/loop-batch.c.)
// RUN: %cdefer_cc -fplugin-arg-cdefer-Wno-loop -fplugin-arg-cdefer-tier=pool -O0 -S -emit-llvm -o - %s | FileCheck %s
// RUN: %cdefer_cc -fplugin-arg-cdefer-Wno-loop -fplugin-arg-cdefer-tier=pool -O0 -S -emit-llvm -o - %s | FileCheck --check-prefix=SITE %s

void sink(int);

// CHECK-LABEL: define {{.*}} @two_sites(
// CHECK:         [[FRAME:%[0-9]+]] = alloca %struct.__cdefer_frame
// CHECK:         call void @llvm.memset{{.*}}(ptr align 8 [[FRAME]], i8 0, i64 32
// CHECK:         call void @__cdefer_push(ptr {{.*}}[[FRAME]], ptr {{.*}}@__cdefer_two_sites_[[N0:[0-9]+]], ptr {{.*}}, i64 {{.*}}4, ptr {{.*}}@[[SITE0:.str[.0-9]*]])
// CHECK:         call void @__cdefer_push(ptr {{.*}}[[FRAME]], ptr {{.*}}@__cdefer_two_sites_[[N1:[0-9]+]], ptr {{.*}}, i64 {{.*}}4, ptr {{.*}}@[[SITE1:.str[.0-9]*]])
// CHECK-NOT:     __cdefer_marker
// CHECK:         ret void
// The two outlined functions are distinct.
// CHECK-DAG:   define internal void @__cdefer_two_sites_[[N0]](ptr
// CHECK-DAG:   define internal void @__cdefer_two_sites_[[N1]](ptr
void two_sites(int n) {
  for (int i = 0; i < n; i++) {
    // SITE: c"{{.*}}push-at-each-defer.c:[[@LINE+1]]:two_sites\00C\00"
    __defer sink(i);
    // SITE: c"{{.*}}push-at-each-defer.c:[[@LINE+1]]:two_sites\00C\00"
    __defer sink(i + 1);
  }
}

// CHECK-LABEL: define {{.*}} @other(
// CHECK:         call void @__cdefer_push(ptr {{.*}}, ptr {{.*}}@__cdefer_other_{{[0-9]+}}, ptr {{.*}})
// CHECK-NOT:     call void @__cdefer_push
// CHECK:         ret void
void other(int n) {
  while (n--)
    // SITE: c"{{.*}}push-at-each-defer.c:[[@LINE+1]]:other\00C\00"
    __defer sink(n);
}

// CHECK-NOT: __cdefer_marker_requires_the_cdefer_plugin
