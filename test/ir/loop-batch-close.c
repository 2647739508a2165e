// Every `__defer` of a function with batched sites closes the windows of
// the batched sites but its own (cdefer_abi.h, __cdefer_window_close): it
// links a record after whatever those windows were appending to, which must
// not take another run in place. Two sites in one loop and one before it:
// each closes the others' windows after its push. At the exit, each window's
// cleanup (it publishes its count) runs before the frame's, newest first.
// (-disable-llvm-passes keeps the always_inline ABI calls visible.)
// RUN: %cdefer_cc -fplugin-arg-cdefer-Wno-loop -O0 -Xclang -disable-llvm-passes -S -emit-llvm -o - %s | FileCheck %s

void sink(int);

// CHECK-LABEL: define {{.*}} void @two(
// CHECK:         [[FRAME:%[0-9]+]] = alloca %struct.__cdefer_frame
// CHECK-NEXT:    [[WA:%[0-9]+]] = alloca %struct.__cdefer_window
// CHECK-NEXT:    [[WB:%[0-9]+]] = alloca %struct.__cdefer_window
// CHECK:         call void @__cdefer_push_frame(
// CHECK-NEXT:    call void @__cdefer_window_close(ptr noundef [[WA]])
// CHECK-NEXT:    call void @__cdefer_window_close(ptr noundef [[WB]])
// CHECK:         call void @__cdefer_push_batch(ptr noundef [[FRAME]], ptr noundef %{{[0-9]+}}, ptr noundef [[WA]],
// CHECK-NEXT:    call void @__cdefer_window_close(ptr noundef [[WB]])
// CHECK:         call void @__cdefer_push_batch(ptr noundef [[FRAME]], ptr noundef %{{[0-9]+}}, ptr noundef [[WB]],
// CHECK-NEXT:    call void @__cdefer_window_close(ptr noundef [[WA]])
// CHECK:         call void @__cdefer_window_exit(ptr noundef [[WB]])
// CHECK-NEXT:    call void @__cdefer_window_exit(ptr noundef [[WA]])
// CHECK-NEXT:    call void @__cdefer_frame_exit(ptr noundef [[FRAME]])
// CHECK:         ret void
void two(int n) {
  __defer sink(-1);
  for (int i = 0; i < n; i++) {
    __defer sink(i);
    __defer sink(-i);
  }
}
