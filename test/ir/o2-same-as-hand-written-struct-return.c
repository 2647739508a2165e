// Open-coded tier at -O2, a known difference: a function returning a struct
// local that deferred code could reach. By hand one writes
// `fill(&b, f); fclose(f); return b;` and Clang builds `b` in the caller's
// buffer (NRVO): no copy. The plugin turns NRVO off for every local of a
// function with defers, since the returned value is fixed before deferred
// code runs (docs/semantics.md §6) and `fill` could have kept &b for
// deferred code to write through. So the open-coded version fills a 32-byte
// local, copies it into the caller's buffer, then calls fclose; the calls
// lose `tail`, and the sret argument gains the attributes the copy lets LLVM
// infer.
//
// Both are right for their own source: in the hand-written one fclose runs
// before `return b` reads b. Writing the hand-written version with the same
// rule (`struct big r = b; fclose(f); return r;`) gives the open-coded IR
// apart from lifetime markers for b (see
// o2-same-as-hand-written-address-taken-local.c).
//
// The checks pin the order (fill, the result stored, fclose, ret) for both;
// OPEN and HAND lines are what only one of them has.
// RUN: %cdefer_cc -O2 -S -emit-llvm -o - %s | FileCheck --implicit-check-not=__cdefer --check-prefixes=CHECK,OPEN %s
// RUN: %clang -DHAND_WRITTEN -O2 -S -emit-llvm -o - %s | FileCheck --implicit-check-not=__cdefer --check-prefixes=CHECK,HAND %s

#include <stdio.h>

struct big {
  long a, b, c, d;
};

void fill(struct big *, FILE *);

// CHECK-LABEL: define dso_local void @make(
// OPEN-SAME:     ptr dead_on_unwind noalias writable writeonly sret(%struct.big) align 8 captures(none) initializes((0, 32)) [[OUT:%[0-9]+]],
// HAND-SAME:     ptr dead_on_unwind noalias writable sret(%struct.big) align 8 [[OUT:%[0-9]+]],
// CHECK-SAME:    ptr noundef [[F:%[0-9]+]]) local_unnamed_addr #{{[0-9]+}} {
// OPEN-NEXT:     [[B:%[0-9]+]] = alloca %struct.big, align 8
// OPEN-NEXT:     call void @fill(ptr noundef nonnull [[B]], ptr noundef [[F]]) #[[NOUNWIND:[0-9]+]]
// OPEN-NEXT:     call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) [[OUT]], ptr noundef nonnull align 8 dereferenceable(32) [[B]], i64 32, i1 false), !tbaa.struct
// OPEN-NEXT:     {{%[0-9]+}} = call i32 @fclose(ptr noundef [[F]])
// HAND-NEXT:     tail call void @fill(ptr noundef [[OUT]], ptr noundef [[F]]) #[[NOUNWIND:[0-9]+]]
// HAND-NEXT:     {{%[0-9]+}} = tail call i32 @fclose(ptr noundef [[F]])
// CHECK-NEXT:    ret void
// CHECK-NEXT:  }
struct big make(FILE *f) {
#ifdef HAND_WRITTEN
  struct big b;
  fill(&b, f);
  fclose(f);
  return b;
#else
  __defer fclose(f);
  struct big b;
  fill(&b, f);
  return b;
#endif
}

// CHECK: attributes #[[NOUNWIND]] = { nounwind }
