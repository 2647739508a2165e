// A VLA of the function's outermost block is still alive when deferred code
// runs: a deferred call given its address sees the data intact, also at -O2
// where the frame's cleanup must come before the stack is restored.
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>
#include <string.h>

static void __attribute__((noinline)) sum(const int *a, int n) {
  char scratch[4096]; // reuse stack below the caller's frame
  memset(scratch, 0x5a, sizeof scratch);
  __asm__ volatile("" : : "r"(scratch) : "memory");
  long s = 0;
  for (int i = 0; i < n; i++)
    s += a[i];
  printf("sum of %d: %ld, last %d\n", n, s, a[n - 1]);
}

static void with_vla(int n) {
  int a[n];
  for (int i = 0; i < n; i++)
    a[i] = i + 1;
  __defer sum(a, n);
  puts("body done");
}

int main(int argc, char **argv) {
  (void)argv;
  with_vla(100 + argc - 1);
  // CHECK:      body done
  // CHECK-NEXT: sum of 100: 5050, last 100
  with_vla(1000 + argc - 1);
  // CHECK-NEXT: body done
  // CHECK-NEXT: sum of 1000: 500500, last 1000
  return 0;
}
