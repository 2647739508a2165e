// The call form copies a big struct argument (200 bytes, by value) at the
// defer; later changes to the original do not reach the deferred call.
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>
#include <string.h>

struct big {
  unsigned char bytes[200];
};

_Static_assert(sizeof(struct big) == 200, "200-byte snapshot");

static void check(struct big b, int seed) {
  int bad = 0;
  for (int i = 0; i < 200; i++)
    bad += b.bytes[i] != (unsigned char)(i + seed);
  printf("seed %d: %d bad bytes\n", seed, bad);
}

static void snapshot(void) {
  struct big b;
  for (int i = 0; i < 200; i++)
    b.bytes[i] = (unsigned char)(i + 1);
  __defer check(b, 1);
  for (int i = 0; i < 200; i++)
    b.bytes[i] = (unsigned char)(i + 2);
  __defer check(b, 2);
  memset(&b, 0, sizeof b);
}

int main(void) {
  snapshot();
  // CHECK:      seed 2: 0 bad bytes
  // CHECK-NEXT: seed 1: 0 bad bytes
  return 0;
}
