// Port of Go's test/recover1.go ("Test of recover during recursive panics.
// Here be dragons."): a panic raised and recovered inside deferred code
// leaves the older panic recoverable (test1); a deferred call that recovers
// and then panics again starts a new panic that its own deferred calls
// recover (test2, test3); `defer recover()` inside a deferred function
// squelches the panic that called that function when the function returns
// normally (test5, test6), but not while a newer panic is running it (test7).
// test5 and test6 are in recover1.test5-test6.c (they fail today).
// Go -> C: a deferred closure that has defers of its own is a named
// function (testN_func1), deferred with the call form; `defer recover()` is
// `__defer cdefer_recover();`; die() prints FAIL.
// RUN: %cdefer_cc -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
// RUN: %cdefer_cc -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
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

static void test1_func1(void) {
  __defer mustRecover(V(2));
  cdefer_panic(V(2));
}

static void test1(void) {
  // Easy nested recursive panic.
  __defer mustRecover(V(1));
  __defer test1_func1();
  cdefer_panic(V(1));
}

static void test2_func1(void) {
  void *v = cdefer_recover();
  if (v == NULL || v != V(2))
    printf("FAIL: wrong value %ld 2\n", (long)v);
  __defer mustRecover(V(3));
  cdefer_panic(V(3));
}

static void test2(void) {
  // Sequential panic.
  __defer mustNotRecover();
  __defer test2_func1();
  cdefer_panic(V(2));
}

static void test3_func1(void) {
  cdefer_recover();
  __defer mustRecover(V(3));
  cdefer_panic(V(3));
}

static void test3(void) {
  // Sequential panic - like test2 but less picky.
  __defer mustNotRecover();
  __defer test3_func1();
  cdefer_panic(V(2));
}

static void test4(void) {
  // Single panic.
  __defer mustNotRecover();
  __defer { cdefer_recover(); }
  cdefer_panic(V(4));
}

static void test7_func1(void) {
  __defer mustRecover(V(3));
  __defer cdefer_recover(); // now a no-op, unlike in test6.
  cdefer_panic(V(3));
}

static void test7(void) {
  // Like test6, but swapped defer order.
  // The recover in "defer recover()" is now a no-op,
  // because it runs called from panic, not from the func,
  // and therefore cannot see the panic of 2.
  // (Alternately, it cannot see the panic of 2 because
  // there is an active panic of 3.  And it cannot see the
  // panic of 3 because it is at the wrong level (too high on the stack).)
  __defer mustRecover(V(2));
  __defer test7_func1();
  cdefer_panic(V(2));
}

int main(void) {
  test1();
  puts("test1");
  test2();
  puts("test2");
  test3();
  puts("test3");
  test4();
  puts("test4");
  test7();
  puts("test7");
  printf("panicking %d\n", cdefer_panicking());
  return 0;
}
// CHECK:      test1
// CHECK-NEXT: test2
// CHECK-NEXT: test3
// CHECK-NEXT: test4
// CHECK-NEXT: test7
// CHECK-NEXT: panicking 0
