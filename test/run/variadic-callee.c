// The call form snapshots every argument of a variadic callee, whatever its
// type (promotions included), and a struct passed by value to a
// non-variadic callee.
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

struct point {
  int x;
  double y;
  char tag[5];
};

static void show_point(const char *what, struct point p, long long n) {
  printf("%s: %d %.2f %s %lld\n", what, p.x, p.y, p.tag, n);
}

static void mixed(void) {
  char c = 'a';
  short s = -2;
  int i = 3;
  unsigned u = 4000000000u;
  long l = -5;
  long long ll = 6000000000000LL;
  float f = 1.5f;
  double d = 2.25;
  long double ld = 3.5L;
  const char *str = "str";
  void *p = (void *)0x10;
  struct point pt = {7, 8.5, "tag"};
  __defer printf("%c %hd %d %u %ld %lld %.2f %.3f %.1Lf %s %p %d %.1f %c\n", c,
                 s, i, u, l, ll, f, d, ld, str, p, i + 1, d * 2, c + 1);
  __defer show_point("point", pt, ll);
  c = 'z';
  s = i = 0;
  u = 0;
  l = ll = 0;
  f = 0;
  d = 0;
  ld = 0;
  str = "changed";
  p = 0;
  pt.x = 0;
  pt.y = 0;
  pt.tag[0] = 'X';
}

int main(void) {
  mixed();
  // CHECK:      point: 7 8.50 tag 6000000000000
  // CHECK-NEXT: a -2 3 4000000000 -5 6000000000000 1.50 2.250 3.5 str 0x10 4 4.5 b
  return 0;
}
