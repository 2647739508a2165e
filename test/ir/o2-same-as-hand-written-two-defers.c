// Open-coded tier at -O2: two `__defer`s with an early return before each
// compile to the same IR as the goto-cleanup C programmers write by hand
// (fail before the fopen: nothing to undo; fail before the malloc: fclose
// only; success: free, then fclose). Neither defer's bit is left: each early
// return runs exactly the calls registered before it.
//
// Writing the cleanup out again at each return instead of jumping to one
// label gives the same instructions, but the phi of the outer join lists its
// incoming pairs in the other order: [ -1, %2 ], [ %11, %10 ].
// RUN: %cdefer_cc -O2 -S -emit-llvm -o - %s | FileCheck --implicit-check-not=__cdefer %s
// RUN: %clang -DHAND_WRITTEN -O2 -S -emit-llvm -o - %s | FileCheck --implicit-check-not=__cdefer %s

#include <stdio.h>
#include <stdlib.h>

int work(FILE *, char *, size_t);

// CHECK-LABEL: define dso_local i32 @process(
// CHECK-SAME:    ptr noundef readonly captures(none) [[PATH:%[0-9]+]], i64 noundef [[N:%[0-9]+]]) local_unnamed_addr #{{[0-9]+}} {
// CHECK-NEXT:    [[F:%[0-9]+]] = tail call noalias ptr @fopen(ptr noundef [[PATH]], ptr noundef nonnull @.str)
// CHECK-NEXT:    [[FNULL:%[0-9]+]] = icmp eq ptr [[F]], null
// CHECK-NEXT:    br i1 [[FNULL]], label %[[EXIT:[0-9]+]], label %[[OPENED:[0-9]+]]
// CHECK-EMPTY:
// CHECK-NEXT:  {{^}}[[OPENED]]:
// CHECK-NEXT:    [[BUF:%[0-9]+]] = tail call noalias ptr @malloc(i64 noundef [[N]]) #[[ALLOCSIZE:[0-9]+]]
// CHECK-NEXT:    [[BNULL:%[0-9]+]] = icmp eq ptr [[BUF]], null
// CHECK-NEXT:    br i1 [[BNULL]], label %[[CLOSE:[0-9]+]], label %[[ALLOCATED:[0-9]+]]
// CHECK-EMPTY:
// CHECK-NEXT:  {{^}}[[ALLOCATED]]:
// CHECK-NEXT:    [[W:%[0-9]+]] = tail call i32 @work(ptr noundef nonnull [[F]], ptr noundef nonnull [[BUF]], i64 noundef [[N]]) #[[NOUNWIND:[0-9]+]]
// CHECK-NEXT:    tail call void @free(ptr noundef nonnull [[BUF]]) #[[NOUNWIND]]
// CHECK-NEXT:    br label %[[CLOSE]]
// CHECK-EMPTY:
// CHECK-NEXT:  {{^}}[[CLOSE]]:
// CHECK-NEXT:    [[R:%[0-9]+]] = phi i32 [ [[W]], %[[ALLOCATED]] ], [ -2, %[[OPENED]] ]
// CHECK-NEXT:    {{%[0-9]+}} = tail call i32 @fclose(ptr noundef nonnull [[F]])
// CHECK-NEXT:    br label %[[EXIT]]
// CHECK-EMPTY:
// CHECK-NEXT:  {{^}}[[EXIT]]:
// CHECK-NEXT:    [[RET:%[0-9]+]] = phi i32 [ [[R]], %[[CLOSE]] ], [ -1, %2 ]
// CHECK-NEXT:    ret i32 [[RET]]
// CHECK-NEXT:  }
int process(const char *path, size_t n) {
  FILE *f = fopen(path, "r");
  if (!f)
    return -1;
#ifdef HAND_WRITTEN
  int r;
  char *buf = malloc(n);
  if (!buf) {
    r = -2;
    goto out_close;
  }
  r = work(f, buf, n);
  free(buf);
out_close:
  fclose(f);
  return r;
#else
  __defer fclose(f);
  char *buf = malloc(n);
  if (!buf)
    return -2;
  __defer free(buf);
  return work(f, buf, n);
#endif
}

// CHECK-DAG: attributes #[[NOUNWIND]] = { nounwind }
// CHECK-DAG: attributes #[[ALLOCSIZE]] = { nounwind allocsize(0) }
