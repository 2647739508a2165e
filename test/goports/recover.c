// Port of Go's test/recover.go ("Test of basic recover functionality"):
// recover stops a panic only when called directly by a deferred call (Go's
// mustRecover / mustNotRecover / withoutRecover / doubleRecover), whether the
// deferred call is a named function, a closure (a deferred block here), a
// function with a huge frame, a variadic function or a method value; and a
// recovering function keeps running its earlier deferred calls.
// Go -> C: `defer f(x)` is `__defer f(x);`, `defer func() {...}()` is
// `__defer {...}`, a method value `i.M` through an interface is a function
// pointer in a small vtable, die() prints FAIL. C evaluates arguments in an
// unspecified order, so mustRecoverBody(doubleRecover(), recover(),
// recover(), x) is written as three statements in Go's left-to-right order.
// test1 and test4 are in recover.test1.c and recover.test4.c (they fail
// today). Adapted: test5 (try/try1) and test8b change a named result from deferred
// code, which C cannot do (SPEC 2.6): they check what C promises instead, the
// value of the `return` being executed. test8a panics with "0" (Go: panic(0);
// a C panic value must not be NULL). Skipped: the reflect variants and test15
// (reflect.MakeFunc).
// RUN: %cdefer_cc -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
// RUN: %cdefer_cc -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
#include <cdefer.h>
#include <stdarg.h>
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

// Repeat test1 with closures instead of standard function.
static void test1WithClosures(void) {
  __defer {
    void *v = cdefer_recover();
    if (v != NULL)
      die("spurious recover in closure");
  }
  __defer {
    void *x = V(1);
    mustNotRecover();
    void *v = cdefer_recover();
    if (v == NULL)
      die("missing recover");
    else if (v != x)
      die("wrong value");
  }
  __defer { mustNotRecover(); }
  cdefer_panic(V(1));
}

static void test2(void) {
  // Recover only sees the panic argument if it is called from a deferred
  // call. It does not see the panic when called from a call within a
  // deferred call (too late) nor does it see the panic when it *is* the
  // deferred call (too early).
  __defer mustRecover(V(2));
  __defer cdefer_recover(); // should be no-op
  cdefer_panic(V(2));
}

static void test3(void) {
  __defer mustNotRecover();
  __defer { cdefer_recover(); } // should squelch
  cdefer_panic(V(3));
}

// Go: Run g(). If it panics, return x; else return deflt. The deferred
// closure sets the named result x. In C the deferred code cannot change the
// value returned: a recovered call returns the value of the `return` it was
// executing (deflt), and the recovered value is checked through `tried`.
static void *tried;

static void *try(void (*g)(void), void *deflt) {
  tried = NULL;
  __defer {
    void *v = cdefer_recover();
    if (v != NULL)
      tried = v;
  }
  __defer g();
  return deflt;
}

static void *try1(void (*g)(void), void *deflt) {
  void *x = NULL;
  tried = NULL;
  __defer {
    void *v = cdefer_recover();
    if (v != NULL) {
      x = v; // does not change the value returned
      tried = x;
    }
  }
  __defer g();
  x = deflt;
  return x;
}

static void panic5(void) { cdefer_panic(V(5)); }
static void nothing(void) {}

static void test5(void) {
  void *v = try(panic5, V(55));
  if (v != V(55) || tried != V(5))
    die("try: wrong value");
  const char *s = try(nothing, "hi");
  if (s[0] != 'h' || tried != NULL)
    die("try: wrong value hi");
  v = try1(panic5, V(55));
  if (v != V(55) || tried != V(5))
    die("try1 wrong value");
  s = try1(nothing, "hi");
  if (s[0] != 'h' || tried != NULL)
    die("try1: wrong value hi");
}

// When a deferred big call starts, it must first create yet another stack
// segment to hold the giant frame for x. Make sure that doesn't confuse
// recover.
static void big(int mustRecover) {
  volatile long x[100000];
  x[0] = 1;
  x[99999] = 1;
  (void)x[0];

  void *v = cdefer_recover();
  if (mustRecover) {
    if (v == NULL)
      die("missing big recover");
  } else {
    if (v != NULL)
      die("spurious big recover");
  }
}

static void test6(void) {
  __defer big(0);
  __defer big(1);
  cdefer_panic(V(6));
}

static void test6WithClosures(void) {
  __defer {
    volatile long x[100000];
    x[0] = 1;
    x[99999] = 1;
    (void)x[0];
    if (cdefer_recover() != NULL)
      die("spurious big closure recover");
  }
  __defer {
    volatile long x[100000];
    x[0] = 1;
    x[99999] = 1;
    (void)x[0];
    if (cdefer_recover() == NULL)
      die("missing big closure recover");
  }
  cdefer_panic("6WithClosures");
}

static void test7_func1(int *ok) {
  // should panic, then call mustRecover 7, which stops the panic. then
  // should keep processing ordinary defers earlier than that one before
  // returning. this test checks that the defer func on the next line
  // actually runs.
  __defer { *ok = 1; }
  __defer mustRecover(V(7));
  cdefer_panic(V(7));
}

static void test7(void) {
  int ok = 0;
  test7_func1(&ok);
  if (!ok)
    die("did not run ok func");
}

static void varargs(int *s, int n, ...) {
  va_list ap;
  va_start(ap, n);
  *s = 0;
  for (int i = 0; i < n; i++)
    *s += va_arg(ap, int);
  va_end(ap);
  if (cdefer_recover() != NULL)
    *s += 100;
}

// Go's results r are named; here they are globals the deferred call writes.
static int r8a, r8b;

static void test8a(void) {
  __defer varargs(&r8a, 3, 1, 2, 3);
  cdefer_panic("0");
}

static int test8b(void) {
  r8b = 0;
  __defer varargs(&r8b, 3, 4, 5, 6);
  return r8b; // evaluated before the deferred call: returns 0
}

static void test8(void) {
  test8a();
  int b = test8b();
  if (r8a != 106 || b != 0 || r8b != 15)
    die("wrong value");
}

// Interfaces: a method value is a function pointer and a receiver.
struct I {
  void (*M)(void *self);
  void *self;
};

// pointer receiver, so no wrapper in i.M()
struct T1 {
  int unused;
};

static void T1_M(void *self) {
  (void)self;
  void *v1 = doubleRecover();
  void *v2 = cdefer_recover();
  void *v3 = cdefer_recover();
  mustRecoverBody(v1, v2, v3, V(9));
}

static void test9(void) {
  static struct T1 t1;
  struct I i = {T1_M, &t1};
  __defer i.M(i.self);
  cdefer_panic(V(9));
}

// word-sized value receiver
typedef unsigned long T2;

static void T2_M(T2 self) {
  (void)self;
  void *v1 = doubleRecover();
  void *v2 = cdefer_recover();
  void *v3 = cdefer_recover();
  mustRecoverBody(v1, v2, v3, V(10));
}

static void test10(void) {
  void (*m)(T2) = T2_M;
  T2 recv = 0;
  __defer m(recv);
  cdefer_panic(V(10));
}

// tiny receiver
struct T3 {
  char c;
};

static void T3_M(struct T3 self) {
  (void)self;
  void *v1 = doubleRecover();
  void *v2 = cdefer_recover();
  void *v3 = cdefer_recover();
  mustRecoverBody(v1, v2, v3, V(11));
}

static void test11(void) {
  void (*m)(struct T3) = T3_M;
  struct T3 recv = {0};
  __defer m(recv);
  cdefer_panic(V(11));
}

// large receiver
struct T4 {
  const char *s[2];
};

static void T4_M(struct T4 self) {
  (void)self;
  void *v1 = doubleRecover();
  void *v2 = cdefer_recover();
  void *v3 = cdefer_recover();
  mustRecoverBody(v1, v2, v3, V(12));
}

static void test12(void) {
  void (*m)(struct T4) = T4_M;
  struct T4 recv = {{"", ""}};
  __defer m(recv);
  cdefer_panic(V(12));
}

// enormous receiver
struct T5 {
  unsigned char b[8192];
};

static void T5_M(struct T5 self) {
  (void)self;
  void *v1 = doubleRecover();
  void *v2 = cdefer_recover();
  void *v3 = cdefer_recover();
  mustRecoverBody(v1, v2, v3, V(13));
}

static void test13(void) {
  void (*m)(struct T5) = T5_M;
  struct T5 recv = {{0}};
  __defer m(recv);
  cdefer_panic(V(13));
}

// enormous receiver + enormous method frame; recover must look back past
// the big frame to find the panic.
struct T6 {
  unsigned char b[8192];
};

static unsigned char global;

static void T6_M(struct T6 self) {
  (void)self;
  volatile unsigned char x[8192] = {0};
  x[0] = 1;
  x[1] = 2;
  for (int i = 0; i < 8192; i++)
    global += x[i];
  void *v1 = doubleRecover();
  void *v2 = cdefer_recover();
  void *v3 = cdefer_recover();
  mustRecoverBody(v1, v2, v3, V(14));
}

static void test14(void) {
  void (*m)(struct T6) = T6_M;
  struct T6 recv = {{0}};
  __defer m(recv);
  cdefer_panic(V(14));
}

int main(void) {
  test1WithClosures();
  puts("test1WithClosures");
  test2();
  puts("test2");
  test3();
  puts("test3");
  test5();
  puts("test5");
  test6();
  puts("test6");
  test6WithClosures();
  puts("test6WithClosures");
  test7();
  puts("test7");
  test8();
  puts("test8");
  test9();
  puts("test9");
  test10();
  puts("test10");
  test11();
  puts("test11");
  test12();
  puts("test12");
  test13();
  puts("test13");
  test14();
  puts("test14");
  printf("global %d panicking %d\n", global, cdefer_panicking());
  return 0;
}
// CHECK:      test1WithClosures
// CHECK-NEXT: test2
// CHECK-NEXT: test3
// CHECK-NEXT: test5
// CHECK-NEXT: test6
// CHECK-NEXT: test6WithClosures
// CHECK-NEXT: test7
// CHECK-NEXT: test8
// CHECK-NEXT: test9
// CHECK-NEXT: test10
// CHECK-NEXT: test11
// CHECK-NEXT: test12
// CHECK-NEXT: test13
// CHECK-NEXT: test14
// CHECK-NEXT: global 3 panicking 0
