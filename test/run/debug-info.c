// With -g, the outlined deferred code and the inserted calls carry debug
// locations the IR verifier accepts, and the program behaves the same.
// In a mode that forces panic=, the unit takes part in panics, where a
// `__defer` in an always_inline function draws a warning
// (diag/panic-always-inline.c), an error under the mode's -Werror.
// UNSUPPORTED: panic-forced
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -g -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -g -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static inline __attribute__((always_inline)) void inlined(int x) {
  __defer printf("inlined %d\n", x);
}

static int f(int x) {
  __defer printf("call %d\n", x);
  __defer { printf("block %d\n", x); }
  for (int i = 0; i < 2; i++)
    __defer printf("loop %d\n", i);
  inlined(x);
  x = 3;
  return x;
}

int main(void) {
  printf("=%d\n", f(1));
  // CHECK:      inlined 1
  // CHECK-NEXT: loop 1
  // CHECK-NEXT: loop 0
  // CHECK-NEXT: block 3
  // CHECK-NEXT: call 1
  // CHECK-NEXT: =3
  return 0;
}
