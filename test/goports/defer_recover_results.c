// Port of Go's test/abi/defer_recover_results.go ("when a function recovers
// from a panic, it returns the correct results to the caller (in
// particular, setting the result registers correctly)"). Go's F sets its
// named results before panicking and returns them; C has no named results:
// a recovered call returns zero when the panic came before any `return`,
// and the value of the `return` being executed when a deferred statement
// panicked on the way out (SPEC 4, docs/semantics.md section 14). Both are
// checked for results in registers (int, double, small struct) and in
// memory (large struct), and the Go-like variant writes results through a
// pointer the deferred code can reach.
// RUN: %cdefer_cc -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
// RUN: %cdefer_cc -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
#include <cdefer.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

struct S {
  uint8_t x;
  uint16_t y;
  uint32_t z;
  double w;
};

struct results {
  long a;
  const char *b;
  long zero;
  struct S c;
  long d[2];
};

static const struct results want = {10, "hello", 0, {1, 2, 3, 4}, {111, 222}};

// Go's F, with the results reached through a pointer.
__attribute__((noinline)) static void F(struct results *r) {
  *r = want;
  __defer { cdefer_recover(); }
  cdefer_panic("XXX");
}

// Panic before any return: every kind of result is zero.
__attribute__((noinline)) static struct results Fbig(void) {
  struct results r = want;
  __defer { cdefer_recover(); }
  cdefer_panic("XXX");
  return r;
}
__attribute__((noinline)) static struct S Fsmall(void) {
  struct S s = want.c;
  __defer { cdefer_recover(); }
  cdefer_panic("XXX");
  return s;
}
__attribute__((noinline)) static double Fdouble(void) {
  __defer { cdefer_recover(); }
  cdefer_panic("XXX");
  return 4.5;
}
__attribute__((noinline)) static long Flong(void) {
  __defer { cdefer_recover(); }
  cdefer_panic("XXX");
  return 7;
}

// A deferred statement panics on the way out of `return`: that value.
static void panics(void) { cdefer_panic("on the way out"); }
__attribute__((noinline)) static struct results Gbig(void) {
  struct results r = want;
  __defer { cdefer_recover(); }
  __defer panics();
  return r;
}
__attribute__((noinline)) static struct S Gsmall(void) {
  __defer { cdefer_recover(); }
  __defer panics();
  return want.c;
}
__attribute__((noinline)) static double Gdouble(void) {
  __defer { cdefer_recover(); }
  __defer panics();
  return 4.5;
}
__attribute__((noinline)) static long Glong(void) {
  __defer { cdefer_recover(); }
  __defer panics();
  return 7;
}

static int same(const struct results *a, const struct results *b) {
  return a->a == b->a && strcmp(a->b, b->b) == 0 && a->zero == b->zero && a->c.x == b->c.x &&
         a->c.y == b->c.y && a->c.z == b->c.z && a->c.w == b->c.w && a->d[0] == b->d[0] &&
         a->d[1] == b->d[1];
}

int main(void) {
  struct results r;
  memset(&r, 0xff, sizeof r);
  F(&r);
  printf("F %s\n", same(&r, &want) ? "ok" : "FAIL");

  struct results big = Fbig();
  struct S small = Fsmall();
  static const struct results zr;
  printf("zero: big %s small %s double %g long %ld\n",
         memcmp(&big, &zr, sizeof big) == 0 ? "ok" : "FAIL",
         small.x == 0 && small.y == 0 && small.z == 0 && small.w == 0 ? "ok" : "FAIL", Fdouble(),
         Flong());

  big = Gbig();
  small = Gsmall();
  printf("return value: big %s small %s double %g long %ld\n", same(&big, &want) ? "ok" : "FAIL",
         small.x == 1 && small.y == 2 && small.z == 3 && small.w == 4 ? "ok" : "FAIL", Gdouble(),
         Glong());
  return 0;
}
// CHECK:      F ok
// CHECK-NEXT: zero: big ok small ok double 0 long 0
// CHECK-NEXT: return value: big ok small ok double 4.5 long 7
