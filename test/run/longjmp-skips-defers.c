// longjmp out of a frame does not run that frame's defers (SPEC 2.8), and
// the program goes on: later defers, including those of a frame that was
// already pending below the longjmp (main's), still run normally.
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <setjmp.h>
#include <stdio.h>

static jmp_buf env;

static void bail(void) {
  __defer puts("bail deferred");
  puts("bail body");
  longjmp(env, 1);
}

static void normal(void) {
  __defer puts("normal deferred");
  puts("normal body");
}

int main(void) {
  __defer puts("main deferred");
  if (setjmp(env) == 0)
    bail();
  puts("back in main");
  normal();
  return 0;
}
// CHECK:      bail body
// CHECK-NEXT: back in main
// CHECK-NEXT: normal body
// CHECK-NEXT: normal deferred
// CHECK-NEXT: main deferred
// CHECK-NOT:  bail deferred
