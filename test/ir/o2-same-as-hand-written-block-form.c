// Open-coded tier at -O2: the block form reads variables when it runs, not
// at the `__defer` (docs/semantics.md §5), so a deferred block compiles to
// the same IR as the block written by hand after one cleanup label that both
// returns jump to. The variable's address, stored in the snapshot at -O0, is
// gone: the deferred code takes x's value at each exit (the select below).
//
// Writing the block out again at each return instead of jumping to one label
// gives the same instructions, but the add into total takes its operands in
// the other order: add nsw i32 %8, %6.
// RUN: %cdefer_cc -O2 -S -emit-llvm -o - %s | FileCheck --implicit-check-not=__cdefer %s
// RUN: %clang -DHAND_WRITTEN -O2 -S -emit-llvm -o - %s | FileCheck --implicit-check-not=__cdefer %s

int next(void);
void report(int);
extern int total;

// CHECK-LABEL: define dso_local range(i32 -2147483648, 2147483647) i32 @tally(
// CHECK-SAME:    i32 noundef [[N:%[0-9]+]]) local_unnamed_addr #{{[0-9]+}} {
// CHECK-NEXT:    [[X0:%[0-9]+]] = tail call i32 @next() #[[NOUNWIND:[0-9]+]]
// CHECK-NEXT:    [[NEG:%[0-9]+]] = icmp slt i32 [[X0]], 0
// CHECK-NEXT:    [[X1:%[0-9]+]] = add nsw i32 [[X0]], [[N]]
// CHECK-NEXT:    [[DOUBLE:%[0-9]+]] = shl nsw i32 [[X1]], 1
// The value x has at the exit taken, and the value returned there.
// CHECK-NEXT:    [[X:%[0-9]+]] = select i1 [[NEG]], i32 [[X0]], i32 [[X1]]
// CHECK-NEXT:    [[R:%[0-9]+]] = select i1 [[NEG]], i32 -1, i32 [[DOUBLE]]
// CHECK-NEXT:    [[T:%[0-9]+]] = load i32, ptr @total, align 4, !tbaa [[INT:![0-9]+]]
// CHECK-NEXT:    [[T1:%[0-9]+]] = add nsw i32 [[X]], [[T]]
// CHECK-NEXT:    store i32 [[T1]], ptr @total, align 4, !tbaa [[INT]]
// CHECK-NEXT:    tail call void @report(i32 noundef [[X]]) #[[NOUNWIND]]
// CHECK-NEXT:    ret i32 [[R]]
// CHECK-NEXT:  }
int tally(int n) {
  int x = 0;
#ifdef HAND_WRITTEN
  int r;
  x = next();
  if (x < 0) {
    r = -1;
    goto out;
  }
  x += n;
  r = x * 2;
out:
  total += x;
  report(x);
  return r;
#else
  __defer {
    total += x;
    report(x);
  }
  x = next();
  if (x < 0)
    return -1;
  x += n;
  return x * 2;
#endif
}

// CHECK: attributes #[[NOUNWIND]] = { nounwind }
// CHECK: [[INT]] = !{[[INTNAME:![0-9]+]], [[INTNAME]], i64 0}
// CHECK: [[INTNAME]] = !{!"int",
