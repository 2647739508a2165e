// Port of Go's test/abi/open_defer_1.go (#45062, "miscompilation of open
// defer of method invocation"): a deferred method call through an interface
// keeps its arguments when a later deferred closure recovers the panic.
// Go -> C: the interface is a struct of a function pointer and a receiver.
// RUN: %cdefer_cc -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
// RUN: %cdefer_cc -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
#include <cdefer.h>
#include <stdio.h>

typedef int T;

static void T_M(T *t, int x, int y, int z) {
  if (x == -1 && y == -2 && z == -3 && *t == 42) {
    puts("M ok");
    return;
  }
  printf("FAIL: Expected -1, -2, -3, but x, y, z = %d %d %d\n", x, y, z);
}

struct I {
  void (*M)(T *, int, int, int);
  T *recv;
};

static T t = 42;
static struct I i = {T_M, &t};

__attribute__((noinline)) static void F(int x, int y, int z) {
  __defer i.M(i.recv, x, y, z);
  __defer { cdefer_recover(); }
  cdefer_panic("XXX");
}

int main(void) {
  int x = -1, y = -2, z = -3;
  F(x, y, z);
  puts("done");
  return 0;
}
// CHECK:      M ok
// CHECK-NEXT: done
