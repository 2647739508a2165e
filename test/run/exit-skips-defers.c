// exit() does not run the defers of the functions on the stack (SPEC 2.8,
// like Go's os.Exit); stdio is still flushed and atexit handlers run.
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && sh -c '%t0; echo rc=$?' | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && sh -c '%t2; echo rc=$?' | FileCheck --match-full-lines %s
#include <stdio.h>
#include <stdlib.h>

static void at_exit(void) { puts("atexit handler"); }

static void quit(void) {
  __defer puts("quit deferred");
  puts("quit body");
  exit(3);
}

static void caller(void) {
  __defer puts("caller deferred");
  quit();
}

int main(void) {
  atexit(at_exit);
  __defer puts("main deferred");
  caller();
  return 0;
}
// CHECK:      quit body
// CHECK-NEXT: atexit handler
// CHECK-NEXT: rc=3
// CHECK-NOT:  deferred
