// GCC folds `((void)0, f(x))`, `(0, f(x))` and `1 ? f(x) : g(x)` to the bare
// call before any plugin hook; they are not the call form (SPEC 2.4): they
// see the variables at exit, as under Clang. Callees of every shape still
// are: `(*fp)(x)`, a conditional or comma expression, a member, an element,
// a call's result. Both plugins print the same.
// REQUIRES: gcc-plugin, clang-plugin
// RUN: %gcc_cc -w -O0 %s -o %t.gcc %cdefer_rt && %t.gcc | FileCheck %s
// RUN: %gcc_cc -w -O2 %s -o %t.gcc2 %cdefer_rt && %t.gcc2 | FileCheck %s
// RUN: %clang -fplugin=%cdefer_plugin -I%cdefer_include -w -O0 %s -o %t.clang %cdefer_rt && %t.clang | FileCheck %s
#include <stdio.h>

static void a(int v) { printf("a %d\n", v); }
static void b(int v) { printf("b %d\n", v); }
struct ops {
  void (*fn)(int);
};
static void (*getf(void))(int) { return a; }
#define COMMA_CALL(v) ((void)0, fp(v))

int main(void) {
  int c = 1, k = 0, y = 1;
  void (*fp)(int) = a;
  struct ops ops = {a}, *po = &ops;
  void (*tbl[1])(int) = {a};
  __defer (*fp)(1);
  __defer (c ? fp : b)(2);
  __defer (k++, fp)(3);
  __defer po->fn(4);
  __defer tbl[0](5);
  __defer getf()(6);
  __defer (fp)(7);
  __defer (void)fp(8);
  __defer ((void)0, fp(y));
  __defer 1 ? fp(y) : b(y);
  __defer (0, fp(y));
  __defer COMMA_CALL(y);
  fp = b;
  ops.fn = b;
  tbl[0] = b;
  c = 0;
  y = 2;
  return 0;
  // CHECK:      b 2
  // CHECK-NEXT: b 2
  // CHECK-NEXT: b 2
  // CHECK-NEXT: b 2
  // CHECK-NEXT: a 8
  // CHECK-NEXT: a 7
  // CHECK-NEXT: a 6
  // CHECK-NEXT: a 5
  // CHECK-NEXT: a 4
  // CHECK-NEXT: a 3
  // CHECK-NEXT: a 2
  // CHECK-NEXT: a 1
}
