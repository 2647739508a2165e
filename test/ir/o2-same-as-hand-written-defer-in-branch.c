// Open-coded tier at -O2: a `__defer` in a branch keeps its bit, and that bit
// folds into the branch condition: the exit tests c again, exactly as the
// hand-written version tests its own `locked` flag after one cleanup label
// that both returns jump to. The bit's hidden local is gone.
//
// Not checked, because it is not the same:
//  - The `; preds =` comment of the last block lists %11, %13 for the
//    open-coded version and %13, %11 for the hand-written one (use-list
//    order; the instructions and the assembly are identical).
//  - The other natural hand-written form,
//    `if (locked) pthread_mutex_unlock(m);` again before each return, is a
//    different function at -O2: jump threading splits it on c, with work()
//    and more() each called on two paths and one four-way phi, where the
//    open-coded version calls each once and tests c at the exit.
// RUN: %cdefer_cc -O2 -S -emit-llvm -o - %s | FileCheck --implicit-check-not=__cdefer %s
// RUN: %clang -DHAND_WRITTEN -O2 -S -emit-llvm -o - %s | FileCheck --implicit-check-not=__cdefer %s

#include <pthread.h>

int work(void);
int more(void);

// CHECK-LABEL: define dso_local i32 @maybe_locked(
// CHECK-SAME:    ptr noundef [[M:%[0-9]+]], i32 noundef [[C:%[0-9]+]]) local_unnamed_addr #{{[0-9]+}} {
// CHECK-NEXT:    [[NOLOCK:%[0-9]+]] = icmp eq i32 [[C]], 0
// CHECK-NEXT:    br i1 [[NOLOCK]], label %[[BODY:[0-9]+]], label %[[LOCK:[0-9]+]]
// CHECK-EMPTY:
// CHECK-NEXT:  {{^}}[[LOCK]]:
// CHECK-NEXT:    {{%[0-9]+}} = tail call i32 @pthread_mutex_lock(ptr noundef [[M]]) #[[NOUNWIND:[0-9]+]]
// CHECK-NEXT:    br label %[[BODY]]
// CHECK-EMPTY:
// CHECK-NEXT:  {{^}}[[BODY]]:
// CHECK-NEXT:    [[W:%[0-9]+]] = tail call i32 @work() #[[NOUNWIND]]
// CHECK-NEXT:    [[FAIL:%[0-9]+]] = icmp slt i32 [[W]], 0
// CHECK-NEXT:    br i1 [[FAIL]], label %[[OUT:[0-9]+]], label %[[MORE:[0-9]+]]
// CHECK-EMPTY:
// CHECK-NEXT:  {{^}}[[MORE]]:
// CHECK-NEXT:    [[MV:%[0-9]+]] = tail call i32 @more() #[[NOUNWIND]]
// CHECK-NEXT:    br label %[[OUT]]
// CHECK-EMPTY:
// At the exit, the bit is c != 0.
// CHECK-NEXT:  {{^}}[[OUT]]:
// CHECK-NEXT:    [[R:%[0-9]+]] = phi i32 [ [[MV]], %[[MORE]] ], [ [[W]], %[[BODY]] ]
// CHECK-NEXT:    br i1 [[NOLOCK]], label %[[EXIT:[0-9]+]], label %[[UNLOCK:[0-9]+]]
// CHECK-EMPTY:
// CHECK-NEXT:  {{^}}[[UNLOCK]]:
// CHECK-NEXT:    {{%[0-9]+}} = tail call i32 @pthread_mutex_unlock(ptr noundef [[M]]) #[[NOUNWIND]]
// CHECK-NEXT:    br label %[[EXIT]]
// CHECK-EMPTY:
// CHECK-NEXT:  {{^}}[[EXIT]]:
// CHECK-NEXT:    ret i32 [[R]]
// CHECK-NEXT:  }
int maybe_locked(pthread_mutex_t *m, int c) {
#ifdef HAND_WRITTEN
  int locked = 0, r;
  if (c) {
    pthread_mutex_lock(m);
    locked = 1;
  }
  int w = work();
  if (w < 0) {
    r = w;
    goto out;
  }
  r = more();
out:
  if (locked)
    pthread_mutex_unlock(m);
  return r;
#else
  if (c) {
    pthread_mutex_lock(m);
    __defer pthread_mutex_unlock(m);
  }
  int w = work();
  if (w < 0)
    return w;
  return more();
#endif
}

// CHECK: attributes #[[NOUNWIND]] = { nounwind }
