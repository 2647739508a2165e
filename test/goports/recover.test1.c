// Port of test1 of Go's test/recover.go (the rest is in recover.c): a
// deferred call that only calls a function that calls recover
// (withoutRecover -> mustNotRecover) must not stop the panic: recover's
// caller is not the deferred call. The panic is left for the next deferred
// call, mustRecover, which gets it; the oldest, mustNotRecover, runs after
// the recovery and finds nothing.
//
// RUN: %cdefer_cc -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
// RUN: %cdefer_cc -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
#include <cdefer.h>
#include <stdio.h>

#define V(n) ((void *)(long)(n))

static void die(const char *why) { printf("FAIL: %s\n", why); }

static void mustRecoverBody(void *v1, void *v2, void *v3, void *x) {
  void *v = v1;
  if (v != NULL)
    die("spurious recover");
  v = v2;
  if (v == NULL)
    die("missing recover");
  else if (v != x)
    die("wrong value");
  // the value should be gone now regardless
  v = v3;
  if (v != NULL)
    die("recover didn't recover");
}

static void *doubleRecover(void) { return cdefer_recover(); }

static void mustRecover(void *x) {
  void *v1 = doubleRecover();
  void *v2 = cdefer_recover();
  void *v3 = cdefer_recover();
  mustRecoverBody(v1, v2, v3, x);
}

static void mustNotRecover(void) {
  void *v = cdefer_recover();
  if (v != NULL)
    die("spurious recover");
}

static void withoutRecover(void) {
  mustNotRecover(); // because it's a sub-call
}

static void test1(void) {
  __defer mustNotRecover(); // because mustRecover will squelch it
  __defer mustRecover(V(1)); // because of panic below
  __defer withoutRecover();  // should be no-op, leaving for mustRecover to find
  cdefer_panic(V(1));
}

int main(void) {
  test1();
  puts("test1");
  return 0;
}
// CHECK:      test1
