// Frame-allocated tier at -O2, in a function whose `__defer`s are all
// frame-allocated and whose frame does not escape: the exit calls the
// deferred block directly (plugin/clang/LoweringFrameOnly.cpp), so LLVM
// inlines it, the record and snapshot fold away, and a and b, whose
// addresses the snapshot held, go back into registers. The IR is the
// hand-written version's. (Run through the record, the call became direct
// only after the inliner was done: a call of __cdefer_step_0 with a and b
// in memory, bench case closure.)
// RUN: %cdefer_cc %{cdefer_arg}tier=frame -O2 -S -emit-llvm -o - %s | FileCheck --implicit-check-not=__cdefer %s
// RUN: %clang -DHAND_WRITTEN -O2 -S -emit-llvm -o - %s | FileCheck --implicit-check-not=__cdefer %s

void sink2(long, long);

// CHECK-LABEL: define dso_local noundef i64 @step(
// CHECK-SAME:    i64 noundef [[A:%[0-9]+]], i64 noundef [[B:%[0-9]+]]) local_unnamed_addr #{{[0-9]+}} {
// CHECK-NEXT:    [[A1:%[0-9]+]] = add nsw i64 [[A]], 1
// CHECK-NEXT:    [[B1:%[0-9]+]] = add nsw i64 [[B]], 1
// CHECK-NEXT:    [[R:%[0-9]+]] = xor i64 [[B1]], [[A1]]
// CHECK-NEXT:    tail call void @sink2(i64 noundef [[A1]], i64 noundef [[B1]])
// CHECK-NEXT:    ret i64 [[R]]
// CHECK-NEXT:  }
long step(long a, long b) {
#ifdef HAND_WRITTEN
  a++;
  b++;
  long r = a ^ b;
  sink2(a, b);
  return r;
#else
  __defer {
    sink2(a, b);
  }
  a++;
  b++;
  return a ^ b;
#endif
}
