// A defer in a loop of 100000 iterations registers 100000 runs, all run at
// return, newest first, with each iteration's snapshot; repeated calls reuse
// the runtime's records.
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

enum { N = 100000 };

static long runs, sum, out_of_order;
static int expect;

static void record(int i) {
  runs++;
  sum += i;
  out_of_order += i != expect;
  expect = i - 1;
}

static void many(void) {
  expect = N - 1;
  for (int i = 0; i < N; i++)
    __defer record(i);
}

int main(void) {
  for (int c = 0; c < 3; c++)
    many();
  printf("runs %ld sum %ld out of order %ld\n", runs, sum, out_of_order);
  // CHECK: runs 300000 sum 14999850000 out of order 0
  return 0;
}
