// Open-coded tier at -O2, a known difference: a local of the function's
// outermost block whose address escapes keeps its alloca in both versions,
// but only the hand-written one has lifetime markers for it. The open-coded
// version has none: the `__cdefer_entry` label the plugin puts at the top of
// the body makes CodeGen omit them for the outermost block's locals, so
// that deferred code can still use those locals (docs/design.md, "The entry
// label").
//
// What that costs: the backend cannot give `b` the stack slot of `a`, whose
// block ended before `b` was declared; on x86-64 this function's frame is
// 512 bytes open-coded and 256 hand-written. Locals of inner blocks (`a`)
// keep their markers.
//
// Everything else is the same, and the checks below pin it for both. The
// HAND lines are the markers only the hand-written version has; when the
// plugin stops suppressing them, they become CHECK lines.
// RUN: %cdefer_cc -O2 -S -emit-llvm -o - %s | FileCheck --implicit-check-not=__cdefer %s
// RUN: %clang -DHAND_WRITTEN -O2 -S -emit-llvm -o - %s | FileCheck --implicit-check-not=__cdefer --check-prefixes=CHECK,HAND %s

#include <stdio.h>

void use(char *);

// CHECK-LABEL: define dso_local void @stack(
// CHECK-SAME:    ptr noundef captures(none) [[F:%[0-9]+]]) local_unnamed_addr #{{[0-9]+}} {
// CHECK-NEXT:    [[A:%[0-9]+]] = alloca [256 x i8], align 16
// CHECK-NEXT:    [[B:%[0-9]+]] = alloca [256 x i8], align 16
// CHECK-NEXT:    call void @llvm.lifetime.start.p0(ptr nonnull [[A]]) #[[NOUNWIND:[0-9]+]]
// CHECK-NEXT:    call void @use(ptr noundef nonnull [[A]]) #[[NOUNWIND]]
// CHECK-NEXT:    call void @llvm.lifetime.end.p0(ptr nonnull [[A]]) #[[NOUNWIND]]
// HAND-NEXT:     call void @llvm.lifetime.start.p0(ptr nonnull [[B]]) #[[NOUNWIND]]
// CHECK-NEXT:    call void @use(ptr noundef nonnull [[B]]) #[[NOUNWIND]]
// CHECK-NEXT:    {{%[0-9]+}} = call i32 @fclose(ptr noundef [[F]])
// HAND-NEXT:     call void @llvm.lifetime.end.p0(ptr nonnull [[B]]) #[[NOUNWIND]]
// CHECK-NEXT:    ret void
// CHECK-NEXT:  }
void stack(FILE *f) {
#ifndef HAND_WRITTEN
  __defer fclose(f);
#endif
  {
    char a[256];
    use(a);
  }
  char b[256];
  use(b);
#ifdef HAND_WRITTEN
  fclose(f);
#endif
}

// CHECK: attributes #[[NOUNWIND]] = { nounwind }
