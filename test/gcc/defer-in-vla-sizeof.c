// A `__defer` in the size of a variably modified `sizeof` operand is
// evaluated, so it registers, once: GCC keeps that size in a SAVE_EXPR the
// function's tree holds twice, and the plugin must take the marker loop in
// it once (one remark, one run), in every tier.
// REQUIRES: gcc-plugin
// RUN: %gcc_cc -fplugin-arg-cdefer_gcc-Rtier -fsyntax-only %s 2>&1 | FileCheck %s --check-prefix=REMARK
// RUN: %gcc_cc -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck %s
// RUN: %gcc_cc -O2 -fplugin-arg-cdefer_gcc-tier=frame %s -o %t1 %cdefer_rt && %t1 | FileCheck %s
// RUN: %gcc_cc -O2 -fplugin-arg-cdefer_gcc-tier=pool %s -o %t2 %cdefer_rt && %t2 | FileCheck %s
#include <stdio.h>

static void f(int v) { printf("deferred %d\n", v); }

static int size(int n) {
  int s = (int)sizeof(int[({ __defer f(n); n; })]);
  // REMARK: defer-in-vla-sizeof.c:[[@LINE-1]]:30: note: '__defer' is open-coded
  // REMARK-NOT: note:
  printf("size %d\n", s);
  return s;
}

int main(void) {
  size(3);
  // CHECK:      size 12
  // CHECK-NEXT: deferred 3
  // CHECK-NOT:  deferred
  return 0;
}
