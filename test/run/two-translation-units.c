// Two files with same-named static functions that defer link into one
// program: the outlined deferred code of each stays private to its file.
// Links with %clang, which does not take a mode's flags: the sanitizers'
// runtimes, or LTO's linker plugin, would be missing from the link.
// UNSUPPORTED: asan || ubsan || tsan || lto
// RUN: rm -rf %t.dir && split-file %s %t.dir
// RUN: %cdefer_cc -Werror -O0 -c %t.dir/a.c -o %t.dir/a0.o
// RUN: %cdefer_cc -Werror -O0 -c %t.dir/b.c -o %t.dir/b0.o
// RUN: %clang %t.dir/a0.o %t.dir/b0.o -o %t0 %cdefer_rt
// RUN: %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %t.dir/a.c %t.dir/b.c -o %t2 %cdefer_rt
// RUN: %t2 | FileCheck --match-full-lines %s
// CHECK:      a.c f
// CHECK-NEXT: a.c visible
// CHECK-NEXT: b.c f
// CHECK-NEXT: b.c visible

//--- a.c
#include <stdio.h>
void b_visible(void);
static void f(void) { __defer puts("a.c f"); }
void a_visible(void) {
  __defer puts("a.c visible");
  f();
}
int main(void) {
  a_visible();
  b_visible();
  return 0;
}

//--- b.c
#include <stdio.h>
static void f(void) { __defer puts("b.c f"); }
void b_visible(void) {
  __defer puts("b.c visible");
  f();
}
