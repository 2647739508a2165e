// A deferred call to a builtin (which has no address) is the call form: its
// arguments are evaluated at the defer.
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static char buf[8] = "before";

static void builtins(void) {
  int x = 1;
  char src[8] = "copied";
  __defer __builtin_printf("builtin printf %d\n", x);
  __defer __builtin_memcpy(buf, src, sizeof src);
  __defer __builtin_printf("builtin printf %s\n", buf);
  x = 2;
  printf("body: %s\n", buf);
}

int main(void) {
  builtins();
  // CHECK:      body: before
  // CHECK-NEXT: builtin printf before
  // CHECK-NEXT: builtin printf 1
  printf("after: %s\n", buf);
  // CHECK-NEXT: after: copied
  return 0;
}
