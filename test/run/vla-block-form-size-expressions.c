// A deferred block's `sizeof` of a VLA of the outermost block is the size
// the array was declared with, in any expression around it: the bound's
// variable may have changed since. GCC folds such an expression before any
// plugin hook (`sizeof a * 2` leaves only the bound's saved value times 8,
// no `a`), so its plugin snapshots the bound's saved values (SAVE_EXPRs)
// where Clang's snapshots `sizeof a` (plugin/gcc/Captures.cc forEachVLAUse).
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static void sizes(int n, int m) {
  int a[n];
  int rows[n][3];
  typedef short Row[m];
  Row r;
  __defer {
    printf("sizeof a %zu, doubled %zu, in elements %zu\n", sizeof a,
           sizeof(a) * 2, sizeof a / sizeof a[0]);
    printf("rows %zu, one row %zu, sum %zu\n", sizeof rows, sizeof rows[0],
           sizeof a + sizeof rows);
    printf("typedef'd %zu\n", sizeof r);
  }
  n = 1;
  m = 1;
  puts("body done");
}

int main(int argc, char **argv) {
  (void)argv;
  sizes(4 + argc - 1, 5 + argc - 1);
  // CHECK:      body done
  // CHECK-NEXT: sizeof a 16, doubled 32, in elements 4
  // CHECK-NEXT: rows 48, one row 12, sum 64
  // CHECK-NEXT: typedef'd 10
  return 0;
}
