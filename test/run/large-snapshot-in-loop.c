// A big struct argument (200 bytes) snapshotted by a defer in a loop: each
// iteration's copy is kept separately (the pooled tier's big-capture path).
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

struct big {
  unsigned char bytes[200];
};

static void check(struct big b, int seed) {
  int bad = 0;
  for (int i = 0; i < 200; i++)
    bad += b.bytes[i] != (unsigned char)(i + seed);
  printf("%d:%d ", seed, bad);
}

static void snapshot(void) {
  struct big b;
  for (int seed = 0; seed < 5; seed++) {
    for (int i = 0; i < 200; i++)
      b.bytes[i] = (unsigned char)(i + seed);
    __defer check(b, seed);
  }
}

int main(void) {
  snapshot();
  printf("\n");
  // CHECK: 4:0 3:0 2:0 1:0 0:0
  return 0;
}
