// Port of test5 and test6 of Go's test/recover1.go (the rest is in
// recover1.c): `defer recover()` inside a deferred function recovers the
// panic that called that function when the function returns normally:
// right away in test5, and in test6 after the function's own panic(3) was
// recovered by its mustRecover(3) ("like a normal call from this func; runs
// because mustRecover stops the panic"). Go -> C: the closures are
// testN_func1, deferred with the call form; `defer recover()` is
// `__defer cdefer_recover();`.
//
// RUN: %cdefer_cc -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
// RUN: %cdefer_cc -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
// RUN: %cdefer_cc -O0 %{cdefer_arg}tier=open %s -o %to %cdefer_rt && %to | FileCheck --match-full-lines --implicit-check-not=FAIL %s
// RUN: %cdefer_cc -O0 %{cdefer_arg}tier=frame %s -o %tf %cdefer_rt && %tf | FileCheck --match-full-lines --implicit-check-not=FAIL %s
// RUN: %cdefer_cc -O0 %{cdefer_arg}tier=pool %s -o %tp %cdefer_rt && %tp | FileCheck --match-full-lines --implicit-check-not=FAIL %s
#include <cdefer.h>
#include <stdio.h>

#define V(n) ((void *)(long)(n))

static void die(const char *why) { printf("FAIL: %s\n", why); }

static void mustNotRecover(void) {
  void *v = cdefer_recover();
  if (v != NULL)
    printf("FAIL: spurious recover %ld\n", (long)v);
}

static void mustRecover(void *x) {
  mustNotRecover(); // because it's not a defer call
  void *v = cdefer_recover();
  if (v == NULL)
    die("missing recover");
  else if (v != x)
    printf("FAIL: wrong value %ld %ld\n", (long)v, (long)x);
  // the value should be gone now regardless
  v = cdefer_recover();
  if (v != NULL)
    die("recover didn't recover");
}

static void test5_func1(void) { __defer cdefer_recover(); }

static void test5(void) {
  // Single panic but recover called via defer
  __defer mustNotRecover();
  __defer test5_func1();
  cdefer_panic(V(5));
}

static void test6_func1(void) {
  __defer cdefer_recover(); // like a normal call from this func; runs because mustRecover stops the panic
  __defer mustRecover(V(3));
  cdefer_panic(V(3));
}

static void test6(void) {
  // Sequential panic.
  // Like test3, but changed recover to defer (same change as test4 -> test5).
  __defer mustNotRecover();
  __defer test6_func1();
  cdefer_panic(V(2));
}

int main(void) {
  test5();
  puts("test5");
  test6();
  puts("test6");
  printf("panicking %d\n", cdefer_panicking());
  return 0;
}
// CHECK:      test5
// CHECK-NEXT: test6
// CHECK-NEXT: panicking 0
