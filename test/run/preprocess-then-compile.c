// A file preprocessed without the plugin (`clang -E`, with <cdefer.h> giving
// `__defer` its marker form) compiles with the plugin into a working program.
// RUN: %clang -E -I%cdefer_include %s -o %t.i
// RUN: %cdefer_cc -c %t.i -o %t.o
// RUN: %clang %t.o -o %t %cdefer_rt
// RUN: %t | FileCheck --match-full-lines %s
#include <cdefer.h>
#include <stdio.h>

static void basic(int x) {
  __defer printf("call form %d\n", x);
  __defer { printf("block form %d\n", x); }
  x = 2;
}

int main(void) {
  basic(1);
  // CHECK:      block form 2
  // CHECK-NEXT: call form 1
  return 0;
}
