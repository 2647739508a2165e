// Open-coded tier at -O2: the call form evaluates its arguments at the
// `__defer` (docs/semantics.md §4), so a deferred call whose arguments change
// afterwards compiles to the same IR as saving the old values in locals by hand
// and calling with them at the exit. The snapshot is gone: the call takes the
// function's arguments directly.
//
// With two exits the hand-written side jumps to one cleanup label. Calling
// log_pair again at each return instead gives the same instructions, but the
// phi at the join lists its incoming pairs in the other order:
// [ 0, %2 ], [ %9, %4 ].
// RUN: %cdefer_cc -O2 -S -emit-llvm -o - %s | FileCheck --implicit-check-not=__cdefer %s
// RUN: %clang -DHAND_WRITTEN -O2 -S -emit-llvm -o - %s | FileCheck --implicit-check-not=__cdefer %s

void log_pair(int, int);
int g(int);

// CHECK-LABEL: define dso_local i32 @pair(
// CHECK-SAME:    i32 noundef [[A:%[0-9]+]], i32 noundef [[B:%[0-9]+]]) local_unnamed_addr #{{[0-9]+}} {
// CHECK-NEXT:    [[A1:%[0-9]+]] = add nsw i32 [[A]], 1
// CHECK-NEXT:    [[GB:%[0-9]+]] = tail call i32 @g(i32 noundef [[B]]) #[[NOUNWIND:[0-9]+]]
// CHECK-NEXT:    [[SUM:%[0-9]+]] = add nsw i32 [[A1]], [[GB]]
// CHECK-NEXT:    tail call void @log_pair(i32 noundef [[A]], i32 noundef [[B]]) #[[NOUNWIND]]
// CHECK-NEXT:    ret i32 [[SUM]]
// CHECK-NEXT:  }
int pair(int a, int b) {
#ifdef HAND_WRITTEN
  int a0 = a, b0 = b;
  a++;
  b = g(b);
  int r = a + b;
  log_pair(a0, b0);
  return r;
#else
  __defer log_pair(a, b);
  a++;
  b = g(b);
  return a + b;
#endif
}

// A return before the `__defer` skips the call; both returns after it make
// it with the values of the `__defer`, not those at the return.
// CHECK-LABEL: define dso_local range(i32 -1, -2147483648) i32 @pair_two_exits(
// CHECK-SAME:    i32 noundef [[A:%[0-9]+]], i32 noundef [[B:%[0-9]+]]) local_unnamed_addr #{{[0-9]+}} {
// CHECK-NEXT:    [[NEG:%[0-9]+]] = icmp slt i32 [[A]], 0
// CHECK-NEXT:    br i1 [[NEG]], label %[[EXIT:[0-9]+]], label %[[DEFERRED:[0-9]+]]
// CHECK-EMPTY:
// CHECK-NEXT:  {{^}}[[DEFERRED]]:
// CHECK-NEXT:    [[GB:%[0-9]+]] = tail call i32 @g(i32 noundef [[B]]) #[[NOUNWIND]]
// CHECK-NEXT:    [[A1:%[0-9]+]] = add nuw nsw i32 [[A]], 1
// CHECK-NEXT:    [[SUM:%[0-9]+]] = add nuw nsw i32 [[A1]], [[GB]]
// CHECK-NEXT:    [[OK:%[0-9]+]] = icmp sgt i32 [[GB]], -1
// CHECK-NEXT:    [[R:%[0-9]+]] = select i1 [[OK]], i32 [[SUM]], i32 -1
// CHECK-NEXT:    tail call void @log_pair(i32 noundef [[A]], i32 noundef [[B]]) #[[NOUNWIND]]
// CHECK-NEXT:    br label %[[EXIT]]
// CHECK-EMPTY:
// CHECK-NEXT:  {{^}}[[EXIT]]:
// CHECK-NEXT:    [[RET:%[0-9]+]] = phi i32 [ [[R]], %[[DEFERRED]] ], [ 0, %2 ]
// CHECK-NEXT:    ret i32 [[RET]]
// CHECK-NEXT:  }
int pair_two_exits(int a, int b) {
  if (a < 0)
    return 0;
#ifdef HAND_WRITTEN
  int a0 = a, b0 = b;
  int r;
  a++;
  b = g(b);
  if (b < 0) {
    r = -1;
    goto out;
  }
  r = a + b;
out:
  log_pair(a0, b0);
  return r;
#else
  __defer log_pair(a, b);
  a++;
  b = g(b);
  if (b < 0)
    return -1;
  return a + b;
#endif
}

// CHECK: attributes #[[NOUNWIND]] = { nounwind }
