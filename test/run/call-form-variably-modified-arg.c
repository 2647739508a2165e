// The call form may pass a pointer to a VLA row (a variably modified type):
// the pointer is evaluated at the defer, the rows are read at exit.
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static void corner(int n, int (*m)[n]) {
  printf("n=%d corner=%d\n", n, m[n - 1][n - 1]);
}

static void grid(int n) {
  int m[n][n];
  m[n - 1][n - 1] = 1;
  __defer corner(n, m);
  m[n - 1][n - 1] = 42;
  n = 0;
}

int main(int argc, char **argv) {
  (void)argv;
  grid(2 + argc);
  // CHECK: n=3 corner=42
  return 0;
}
