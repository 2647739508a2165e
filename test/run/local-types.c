// Types declared inside the function (a struct tag, a typedef, an enum, an
// anonymous struct) can appear in snapshots and in deferred blocks.
// RUN: %cdefer_cc -Werror -O0 -g %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static void show(const void *p, int n) { printf("call %d %d\n", *(const int *)p, n); }

static void local_types(int n) {
  struct local {
    int a;
    double d;
  } s = {n, 1.5};
  typedef struct local local_t;
  local_t t = s;
  enum { K = 7 } k = K;
  struct {
    int a;
  } anon = {3};
  __defer show(&t, ((struct local){n + 1, 0}).a);
  __defer {
    local_t u = t;
    printf("block %d %.1f %d %d %zu\n", u.a, u.d, k, anon.a, sizeof(struct local));
  }
  t.a = 9;
}

int main(void) {
  local_types(4);
  // CHECK:      block 9 1.5 7 3 16
  // CHECK-NEXT: call 9 5
  return 0;
}
