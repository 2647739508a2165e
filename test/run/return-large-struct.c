// A struct larger than 16 bytes (returned through a hidden pointer, sret) is
// copied out before deferred code modifies the returned variable (SPEC 2.6).
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

struct big {
  long a, b, c, d;
  char name[16];
};

static struct big make(long a) {
  struct big r = {a, a + 1, a + 2, a + 3, "made"};
  __defer {
    printf("deferred sees %ld %ld %ld %ld %s\n", r.a, r.b, r.c, r.d, r.name);
    r.a = r.b = r.c = r.d = -1;
    r.name[0] = 'X';
  }
  r.d = 99;
  return r;
}

// The returned variable may also be the one the caller assigns into.
static struct big global;

int main(void) {
  struct big b = make(1);
  // CHECK:      deferred sees 1 2 3 99 made
  printf("returned %ld %ld %ld %ld %s\n", b.a, b.b, b.c, b.d, b.name);
  // CHECK-NEXT: returned 1 2 3 99 made
  global = make(5);
  // CHECK-NEXT: deferred sees 5 6 7 99 made
  printf("global %ld %ld %ld %ld %s\n", global.a, global.b, global.c, global.d,
         global.name);
  // CHECK-NEXT: global 5 6 7 99 made
  return 0;
}
