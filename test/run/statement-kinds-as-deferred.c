// Any non-declaration statement can be deferred: if/else, while, switch, a
// null statement, expression statements that are not calls (they refer to
// variables and see exit values), and an indirect call whose callee
// expression has a side effect (evaluated once, at the defer).
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static void a(int x) { printf("a(%d)\n", x); }
static void b(int x) { printf("b(%d)\n", x); }
static int count;

static void kinds(int x, int n) {
  void (*table[2])(int) = {a, b};
  int i = 0;
  __defer if (x) puts("if: then"); else puts("if: else");
  __defer while (n-- > 0) putchar('.');
  __defer switch (x) { case 2: puts("switch: 2"); break; default: puts("switch: default"); }
  __defer;
  __defer count += x;
  __defer x++;
  __defer table[i++](x);
  printf("i=%d\n", i);
  x = 1;
}

int main(void) {
  kinds(0, 3);
  // CHECK:      i=1
  // CHECK-NEXT: a(0)
  // CHECK-NEXT: switch: 2
  // CHECK-NEXT: ...if: then
  printf("count %d\n", count);
  // CHECK-NEXT: count 2
  return 0;
}
