// Deferred code may call a function that itself defers: that function's
// defers run at its own return, inside the outer deferred code.
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static void helper(const char *who) {
  __defer printf("  helper deferred (%s)\n", who);
  printf("  helper body (%s)\n", who);
}

static void outer(void) {
  __defer helper("call form");
  __defer {
    puts("  block start");
    helper("block form");
    puts("  block end");
  }
  puts("outer body");
}

int main(void) {
  outer();
  // CHECK:      outer body
  // CHECK-NEXT:   block start
  // CHECK-NEXT:   helper body (block form)
  // CHECK-NEXT:   helper deferred (block form)
  // CHECK-NEXT:   block end
  // CHECK-NEXT:   helper body (call form)
  // CHECK-NEXT:   helper deferred (call form)
  puts("main");
  // CHECK-NEXT: main
  return 0;
}
