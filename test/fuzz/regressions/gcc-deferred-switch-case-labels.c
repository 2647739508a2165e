// Found by test/fuzz/oracle.py (seeds 1029, 1033, 1076, 1086, 1100, 1189,
// 1193, 1274, 1291, 1331, 1354 of its first run: 11 of 367 programs).
// A deferred `switch` that uses a variable of the function, outlined (frame
// or pool tier, or a function with a computed goto), crashed GCC at -O1 and
// above ("internal compiler error: Segmentation fault" during IPA pass:
// inline in '__cdefer_f_0'): the outliner (plugin/gcc/Outliner.cc,
// reparent()) gave the outlined function the LABEL_EXPR labels and the
// locals of S but not the LABEL_DECLs of S's CASE_LABEL_EXPRs, which kept the
// user's function as DECL_CONTEXT.
// REQUIRES: gcc-plugin
// RUN: %gcc_cc -O2 -fplugin-arg-cdefer_gcc-tier=frame %s -o %t1 %cdefer_rt && %t1 | FileCheck %s
// RUN: %gcc_cc -O2 -fplugin-arg-cdefer_gcc-tier=pool %s -o %t2 %cdefer_rt && %t2 | FileCheck %s
// RUN: %gcc_cc -O2 %s -o %t3 %cdefer_rt && %t3 | FileCheck %s
#include <stdio.h>

int g;

static void f(int x) {
  __defer switch (g) {
  case 0:
    g = x;
    break;
  case 1:
    g = 2;
  }
  if (x > 100) { // a computed goto: the function is frame-allocated
    void *p = &&out;
    goto *p;
  }
out:
  printf("body %d\n", g);
}

int main(void) {
  f(7);
  printf("g %d\n", g);
  f(8);
  printf("g %d\n", g);
  // CHECK:      body 0
  // CHECK-NEXT: g 7
  // CHECK-NEXT: body 7
  // CHECK-NEXT: g 7
  return 0;
}
