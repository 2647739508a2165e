// Recover and re-panic at every level of a recursion, many times over: every
// deferred statement runs once, and nothing is left behind (no pending
// pooled records, no panic).
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
// Under AddressSanitizer (its fake stacks keep locals off the real stack):
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -fsanitize=address,undefined -fno-sanitize-recover=all -O1 %s -o %t-asan %cdefer_rt && %t-asan | FileCheck --match-full-lines %s
#include <cdefer.h>
#include <stdio.h>

static long ran;

static void level(int n) {
  for (int i = 0; i < 2; i++)
    __defer ran++;
  __defer {
    void *v = cdefer_recover();
    ran++;
    cdefer_panic((void *)((long)v + 1)); // on up, one more
  }
  if (n == 0)
    cdefer_panic((void *)1);
  level(n - 1);
}

static long got;

static void top(void) {
  __defer { got = (long)cdefer_recover(); }
  level(20);
}

int main(void) {
  long bad = 0;
  for (int round = 0; round < 1000; round++) {
    top();
    bad += got != 22; // 1 at the bottom, +1 at each of the 21 levels
  }
  printf("ran %ld, pending %zu, panicking %d, bad %ld\n", ran, cdefer_pending(),
         cdefer_panicking(), bad);
  return 0;
}
// 21 levels x 3 deferred statements x 1000 rounds
// CHECK: ran 63000, pending 0, panicking 0, bad 0
