// Open-coded tier at -O2: a function with one `__defer` of fclose, of free or
// of pthread_mutex_unlock compiles to the same IR as the same function with
// the call written out before its return. No bit, no hidden local and no
// synthesised function is left. One set of checks, both compiles.
// RUN: %cdefer_cc -O2 -S -emit-llvm -o - %s | FileCheck --implicit-check-not=__cdefer %s
// RUN: %clang -DHAND_WRITTEN -O2 -S -emit-llvm -o - %s | FileCheck --implicit-check-not=__cdefer %s

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

int use_file(FILE *);
int use_buf(char *);
int critical(void);

// The early return comes before the `__defer`: fclose is only on the path
// that opened the file, and the result is computed before it runs.
// CHECK-LABEL: define dso_local i32 @close_file(
// CHECK-SAME:    ptr noundef readonly captures(none) [[PATH:%[0-9]+]]) local_unnamed_addr #{{[0-9]+}} {
// CHECK-NEXT:    [[F:%[0-9]+]] = tail call noalias ptr @fopen(ptr noundef [[PATH]], ptr noundef nonnull @.str)
// CHECK-NEXT:    [[NULL:%[0-9]+]] = icmp eq ptr [[F]], null
// CHECK-NEXT:    br i1 [[NULL]], label %[[EXIT:[0-9]+]], label %[[OPEN:[0-9]+]]
// CHECK-EMPTY:
// CHECK-NEXT:  {{^}}[[OPEN]]:
// CHECK-NEXT:    [[R:%[0-9]+]] = tail call i32 @use_file(ptr noundef nonnull [[F]]) #[[NOUNWIND:[0-9]+]]
// CHECK-NEXT:    {{%[0-9]+}} = tail call i32 @fclose(ptr noundef nonnull [[F]])
// CHECK-NEXT:    br label %[[EXIT]]
// CHECK-EMPTY:
// CHECK-NEXT:  {{^}}[[EXIT]]:
// CHECK-NEXT:    [[RET:%[0-9]+]] = phi i32 [ [[R]], %[[OPEN]] ], [ -1, %1 ]
// CHECK-NEXT:    ret i32 [[RET]]
// CHECK-NEXT:  }
int close_file(const char *path) {
  FILE *f = fopen(path, "r");
  if (!f)
    return -1;
#ifdef HAND_WRITTEN
  int r = use_file(f);
  fclose(f);
  return r;
#else
  __defer fclose(f);
  return use_file(f);
#endif
}

// CHECK-LABEL: define dso_local i32 @free_buf(
// CHECK-SAME:    i64 noundef [[N:%[0-9]+]]) local_unnamed_addr #{{[0-9]+}} {
// CHECK-NEXT:    [[P:%[0-9]+]] = tail call noalias ptr @malloc(i64 noundef [[N]]) #[[ALLOCSIZE:[0-9]+]]
// CHECK-NEXT:    [[R:%[0-9]+]] = tail call i32 @use_buf(ptr noundef [[P]]) #[[NOUNWIND]]
// CHECK-NEXT:    tail call void @free(ptr noundef [[P]]) #[[NOUNWIND]]
// CHECK-NEXT:    ret i32 [[R]]
// CHECK-NEXT:  }
int free_buf(size_t n) {
  char *p = malloc(n);
#ifdef HAND_WRITTEN
  int r = use_buf(p);
  free(p);
  return r;
#else
  __defer free(p);
  return use_buf(p);
#endif
}

// CHECK-LABEL: define dso_local i32 @locked(
// CHECK-SAME:    ptr noundef [[M:%[0-9]+]]) local_unnamed_addr #{{[0-9]+}} {
// CHECK-NEXT:    {{%[0-9]+}} = tail call i32 @pthread_mutex_lock(ptr noundef [[M]]) #[[NOUNWIND]]
// CHECK-NEXT:    [[R:%[0-9]+]] = tail call i32 @critical() #[[NOUNWIND]]
// CHECK-NEXT:    {{%[0-9]+}} = tail call i32 @pthread_mutex_unlock(ptr noundef [[M]]) #[[NOUNWIND]]
// CHECK-NEXT:    ret i32 [[R]]
// CHECK-NEXT:  }
int locked(pthread_mutex_t *m) {
  pthread_mutex_lock(m);
#ifdef HAND_WRITTEN
  int r = critical();
  pthread_mutex_unlock(m);
  return r;
#else
  __defer pthread_mutex_unlock(m);
  return critical();
#endif
}

// The call sites carry the same attributes.
// CHECK-DAG: attributes #[[NOUNWIND]] = { nounwind }
// CHECK-DAG: attributes #[[ALLOCSIZE]] = { nounwind allocsize(0) }
