// Port of the examples of the Go blog post "Defer, Panic, and Recover"
// (go.dev/blog/defer-panic-recover): a deferred call's arguments are
// evaluated at the defer (a), deferred calls run last in first out (b), and
// the panic of g's recursion runs every level's deferred call on its way to
// f's deferred recover, after which f returns normally (f, g). Adapted: the
// blog's c() increments its named result in a deferred closure and returns
// 2; C's deferred code cannot change the value returned (SPEC 2.6), so c
// returns 1 here.
// g never returns normally, as in the blog (every path recurses or
// panics): GCC's -Winfinite-recursion says so, which the modes' -Werror
// would make an error.
// RUN: %cdefer_cc -Wno-infinite-recursion -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
// RUN: %cdefer_cc -Wno-infinite-recursion -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
#include <cdefer.h>
#include <stdio.h>

static void a(void) {
  int i = 0;
  __defer printf("%d\n", i);
  i++;
  return;
}

static void b(void) {
  for (int i = 0; i < 4; i++)
    __defer printf("%d", i);
}

static int c(void) {
  int i = 1;
  __defer { i++; }
  return i;
}

static void g(int i) {
  if (i > 3) {
    puts("Panicking!");
    cdefer_panic("4");
  }
  __defer printf("Defer in g %d\n", i);
  printf("Printing in g %d\n", i);
  g(i + 1);
}

static void f(void) {
  __defer {
    void *r = cdefer_recover();
    if (r != NULL)
      printf("Recovered in f %s\n", (const char *)r);
  }
  puts("Calling g.");
  g(0);
  puts("Returned normally from g.");
}

int main(void) {
  a();
  b();
  printf("\n");
  printf("c() = %d\n", c());
  f();
  puts("Returned normally from f.");
  return 0;
}
// CHECK:      0
// CHECK-NEXT: 3210
// CHECK-NEXT: c() = 1
// CHECK-NEXT: Calling g.
// CHECK-NEXT: Printing in g 0
// CHECK-NEXT: Printing in g 1
// CHECK-NEXT: Printing in g 2
// CHECK-NEXT: Printing in g 3
// CHECK-NEXT: Panicking!
// CHECK-NEXT: Defer in g 3
// CHECK-NEXT: Defer in g 2
// CHECK-NEXT: Defer in g 1
// CHECK-NEXT: Defer in g 0
// CHECK-NEXT: Recovered in f 4
// CHECK-NEXT: Returned normally from f.
