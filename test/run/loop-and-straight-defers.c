// Defers in a loop and outside it, in one function, run in one LIFO order
// (SPEC 2.3; SPEC 3: LIFO holds across tiers). The loop's `__defer` is pooled
// and the others are frame-allocated records, all on the frame's one list,
// whatever tier is forced.
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static void mixed(void) {
  __defer printf("before ");
  for (int i = 0; i < 3; i++)
    __defer printf("%d ", i);
  __defer printf("after ");
}

// Pooled and frame-allocated records interleaved, some conditional, with an
// early return.
static int interleaved(int n, int stop_early) {
  __defer printf("a ");
  for (int i = 0; i < n; i++)
    __defer printf("loop1.%d ", i);
  if (n > 1)
    __defer printf("b ");
  for (int i = 0; i < n; i++) {
    __defer printf("loop2.%d ", i);
    if (stop_early && i == 1)
      return -1;
  }
  __defer printf("c ");
  return n;
}

int main(void) {
  mixed();
  printf("\n");
  // CHECK: after 2 1 0 before
  printf("| %d\n", interleaved(2, 0));
  // CHECK-NEXT: c loop2.1 loop2.0 b loop1.1 loop1.0 a | 2
  printf("| %d\n", interleaved(3, 1));
  // CHECK-NEXT: loop2.1 loop2.0 b loop1.2 loop1.1 loop1.0 a | -1
  printf("| %d\n", interleaved(0, 0));
  // CHECK-NEXT: c a | 0
  return 0;
}
