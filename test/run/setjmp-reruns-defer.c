// A longjmp back into a function re-runs what follows its setjmp, and a
// `__defer` there registers once per execution (SPEC 2.3), like one in a
// loop: three runs, newest first, each with the value it snapshotted. Such a
// `__defer` is pooled whatever tier is forced (SPEC 3); the function's other
// defers keep one LIFO order with it.
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <setjmp.h>
#include <stdio.h>

static jmp_buf env;

static void jump_back(void) { longjmp(env, 1); }

static int retry(void) {
  volatile int tries = 0;
  __defer puts("first, registered once");
  if (setjmp(env))
    printf("back from longjmp, tries %d\n", tries);
  __defer printf("registered with tries %d\n", tries);
  if (tries++ < 2)
    jump_back();
  return tries;
}

int main(void) {
  printf("retry returned %d\n", retry());
  return 0;
}
// CHECK:      back from longjmp, tries 1
// CHECK-NEXT: back from longjmp, tries 2
// CHECK-NEXT: registered with tries 2
// CHECK-NEXT: registered with tries 1
// CHECK-NEXT: registered with tries 0
// CHECK-NEXT: first, registered once
// CHECK-NEXT: retry returned 3
