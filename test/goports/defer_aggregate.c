// Port of Go's test/abi/defer_aggregate.go: a deferred call whose arguments
// include an aggregate (Go's string; a struct here) and a subset of the
// enclosing function's parameters; the deferred code also reads a parameter
// it did not take as an argument (Go's closure over p1).
// RUN: %cdefer_cc -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
// RUN: %cdefer_cc -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
#include <cdefer.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

struct gostring {
  const char *p;
  long n;
};

static const struct gostring p0exp = {"foo", 3};
#define p1exp 10101u
#define p2exp 3030303u
#define p3exp 505050505u
#define p4exp 70707070707u

static int streq(struct gostring a, struct gostring b) {
  return a.n == b.n && memcmp(a.p, b.p, (size_t)a.n) == 0;
}

static void check_deferred(struct gostring p0, uint64_t p2, const uint64_t *p1) {
  if (!streq(p0, p0exp))
    cdefer_panic("defer bad p0");
  if (*p1 != p1exp)
    cdefer_panic("defer bad p1");
  if (p2 != p2exp)
    cdefer_panic("defer bad p2");
  puts("deferred ok");
}

__attribute__((noinline)) static void callee(struct gostring p0, uint64_t p1, uint64_t p2,
                                             uint64_t p3, uint64_t p4) {
  if (!streq(p0, p0exp))
    cdefer_panic("bad p0");
  if (p1 != p1exp)
    cdefer_panic("bad p1");
  if (p2 != p2exp)
    cdefer_panic("bad p2");
  if (p3 != p3exp)
    cdefer_panic("bad p3");
  if (p4 != p4exp)
    cdefer_panic("bad p4");
  __defer check_deferred(p0, p2, &p1);
  __defer {
    if (p1 != p1exp)
      cdefer_panic("defer bad p1 (block)");
  }
}

int main(void) {
  callee(p0exp, p1exp, p2exp, p3exp, p4exp);
  puts("done");
  return 0;
}
// CHECK:      deferred ok
// CHECK-NEXT: done
