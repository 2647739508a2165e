// A deferred block passes a VLA of the outermost block on, in each way its
// name decays: as an argument of another pointer type (`void *`, so
// memset(a, 0, sizeof a) works), cast, under `(void)`, a row of a 2-D VLA,
// the address of an element. It sees the contents at exit. (GCC's GENERIC
// spells each decay as the address of the array, `&a`: the GCC plugin tells
// it from a written `&a`, an error, by its source range.)
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>
#include <string.h>

static void first(const void *p) { printf("first %d\n", *(const int *)p); }
static void row(const int *p) { printf("row %d %d %d\n", p[0], p[1], p[2]); }

static void pass_on(int n) {
  int a[n];
  int rows[n][3];
  for (int i = 0; i < n; i++) {
    a[i] = i + 1;
    rows[i][0] = rows[i][1] = rows[i][2] = 10 * i;
  }
  __defer {
    first(a);
    first((const char *)a + sizeof(int));
    (void)a;
    row(rows[n - 1]);
    int *last = &a[n - 1];
    printf("last %d\n", *last);
    memset(a, 0, sizeof a);
    printf("cleared %d %d\n", a[0], a[n - 1]);
  }
  a[0] = 42;
  puts("body done");
}

int main(int argc, char **argv) {
  (void)argv;
  pass_on(3 + argc - 1);
  // CHECK:      body done
  // CHECK-NEXT: first 42
  // CHECK-NEXT: first 2
  // CHECK-NEXT: row 20 20 20
  // CHECK-NEXT: last 3
  // CHECK-NEXT: cleared 0 0
  return 0;
}
