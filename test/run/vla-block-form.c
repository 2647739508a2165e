// A deferred block may refer to a VLA of the function's outermost block: it
// lives until every exit (SPEC 2.5), and the block sees its contents at exit.
// The block reaches the array through the pointer its name decays to and
// its size, both taken at the `__defer` (the outlined block could not
// evaluate the bound `n` itself): indexing it, passing it on and sizeof work.
// (The GCC plugin snapshots the values of the size, its SAVE_EXPRs, rather
// than `sizeof a`; its open-coded tier needs neither.)
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static int sum(const int *p, int n) {
  int s = 0;
  for (int i = 0; i < n; i++)
    s += p[i];
  return s;
}

static void with_vla(int n) {
  if (n < 2) // else GCC -O3 -Wall fears that a[1] is never set
    return;
  int a[n];
  for (int i = 0; i < n; i++)
    a[i] = i + 1;
  __defer { printf("block sees a[0]=%d a[%d]=%d\n", a[0], n - 1, a[n - 1]); }
  __defer {
    printf("sizeof a = %zu elements, sum %d, *(a + 1) = %d\n",
           sizeof a / sizeof a[0], sum(a, n), *(a + 1));
  }
  a[n - 1] = -7;
  puts("body done");
}

int main(int argc, char **argv) {
  (void)argv;
  with_vla(100 + argc - 1);
  // CHECK:      body done
  // CHECK-NEXT: sizeof a = 100 elements, sum 4943, *(a + 1) = 2
  // CHECK-NEXT: block sees a[0]=1 a[99]=-7
  return 0;
}
