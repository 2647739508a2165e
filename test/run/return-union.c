// A returned union is copied out before deferred code modifies the returned
// variable (SPEC 2.6).
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

union word {
  int i;
  unsigned char bytes[4];
};

union blob {
  long l[4];
  double d;
};

static union word small(int v) {
  union word w;
  w.i = v;
  __defer { w.i = -1; }
  return w;
}

static union blob large(long v) {
  union blob b = {{v, v, v, v}};
  __defer { b.l[0] = b.l[3] = -1; }
  return b;
}

int main(void) {
  printf("small %d\n", small(1234).i);
  // CHECK: small 1234
  union blob b = large(77);
  printf("large %ld %ld\n", b.l[0], b.l[3]);
  // CHECK-NEXT: large 77 77
  return 0;
}
