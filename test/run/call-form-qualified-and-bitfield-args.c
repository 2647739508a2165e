// The call form snapshots arguments whatever their qualifiers or layout: a
// struct with a const member by value, bit-fields (wide, _Bool, signed), an
// _Atomic and a volatile variable.
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

struct ro {
  const int a;
  int b;
};

struct bits {
  unsigned long long x : 40;
  _Bool f : 1;
  int s : 5;
};

static void show_ro(struct ro r) { printf("ro %d %d\n", r.a, r.b); }

static void qualified(void) {
  struct ro r = {1, 2};
  struct bits b = {0xffffffffffull, 1, -3};
  _Atomic int at = 5;
  volatile int v = 6;
  __defer show_ro(r);
  __defer printf("bits %llx %d %d\n", (unsigned long long)b.x, b.f, b.s);
  __defer printf("atomic %d volatile %d\n", at, v);
  r.b = 0;
  b.x = 0;
  b.f = 0;
  b.s = 0;
  at = 0;
  v = 0;
}

int main(void) {
  qualified();
  // CHECK:      atomic 5 volatile 6
  // CHECK-NEXT: bits ffffffffff 1 -3
  // CHECK-NEXT: ro 1 2
  return 0;
}
