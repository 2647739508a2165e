// A function without `__defer` is left alone, even next to one that defers:
// no hidden frame, no runtime call, nothing named __cdefer.
// RUN: %cdefer_cc -fplugin-arg-cdefer-Wno-loop -O0 -S -emit-llvm -o - %s | FileCheck %s

int next(void);
void sink(int);

// CHECK-LABEL: define {{.*}} i32 @before(
// CHECK-NOT:     __cdefer
// CHECK:         ret i32
int before(int x) {
  int r = 0;
  for (int i = 0; i < x; i++)
    r += next();
  return r;
}

// CHECK-LABEL: define {{.*}} void @defers(
// CHECK:         call void @__cdefer_push_more(
// CHECK:         call void @__cdefer_return(
// The deferred code, outlined, comes right after it.
// CHECK-LABEL: define internal void @__cdefer_defers_0(
void defers(int n) {
  for (int i = 0; i < n; i++)
    __defer sink(i);
}

// CHECK-LABEL: define {{.*}} i32 @after(
// CHECK-NOT:     __cdefer
// CHECK:         ret i32
int after(int x) {
  if (x)
    return next();
  return 0;
}

