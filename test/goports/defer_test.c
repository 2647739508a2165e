// Port of Go's src/runtime/defer_test.go: open-coded and non-open-coded
// (here: open-coded, frame-allocated and pooled) deferred calls mixed in one
// panic; conditional deferred calls; an aborted panic (a panic replaced by
// one raised in deferred code is not recoverable any more); arguments
// evaluated once; a function with no exit; repeated recover-and-repanic
// through a recursive interpreter leaving no stale deferred calls behind;
// and the panics within panics of issues 37688, 43920, 43921 and 43941.
// TestRecoverMatching is in defer_test.TestRecoverMatching.c (it fails
// today).
// Go -> C: t.Fatal prints FAIL; closures that defer are named functions;
// `for { defer ...; break }` (Go's way to force a non-open-coded defer) is
// kept, and makes the record pooled here. TestDisappearingDefer's switch on
// runtime.GOOS is a `switch` on a constant; the stack-growth parts
// (growStackIter, rec1) are plain recursion, as C stacks do not move.
// Its TestDisappearingDefer keeps Go's `switch (1) { case 0: ... }`, which
// Clang's -Wswitch (in -Wall) reports: not the plugin's warning, and the
// point of the test.
// UNSUPPORTED: werror
// RUN: %cdefer_cc -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
// RUN: %cdefer_cc -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
#include <cdefer.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define V(n) ((void *)(long)(n))

static int failed;
static void fatal(const char *test, const char *msg) {
  printf("FAIL %s: %s\n", test, msg);
  failed = 1;
}

static int streq(void *v, const char *s) { return v != NULL && strcmp((const char *)v, s) == 0; }

static void expect(const char *test, long n, void *err) {
  if ((void *)n != err) {
    printf("FAIL %s: have %ld, want %ld\n", test, (long)err, n);
    failed = 1;
  }
}

static void step(const char *test, int *steps, int want) {
  ++*steps;
  if (*steps != want) {
    printf("FAIL %s: have step %d, want %d\n", test, *steps, want);
    failed = 1;
  }
}

// Make sure open-coded defer exit code is not lost, even when there is an
// unconditional panic (hence no return from the function)
static void TestUnconditionalPanic(void) {
  __defer {
    if (!streq(cdefer_recover(), "testUnconditional"))
      fatal(__func__, "expected unconditional panic");
  }
  cdefer_panic("testUnconditional");
}

static int glob = 3;

__attribute__((noinline)) static void testOpen(int arg) {
  __defer {
    if (!streq(cdefer_recover(), "testOpenDefer"))
      fatal("testOpen", "expected testOpen panic");
  }
  if (arg > 2)
    cdefer_panic("testOpenDefer");
}

// Test an open-coded defer and non-open-coded defer - make sure both defers
// run and call recover()
static void TestOpenAndNonOpenDefers(void) {
  for (;;) {
    // Non-open defer because in a loop
    __defer {
      if (!streq(cdefer_recover(), "testNonOpenDefer"))
        fatal("TestOpenAndNonOpenDefers", "expected testNonOpen panic");
    }
    if (glob > 2)
      break;
  }
  testOpen(47);
  cdefer_panic("testNonOpenDefer");
}

// Test a non-open-coded defer and an open-coded defer - make sure both
// defers run and call recover()
static void TestNonOpenAndOpenDefers(void) {
  testOpen(47);
  for (;;) {
    // Non-open defer because in a loop
    __defer {
      if (!streq(cdefer_recover(), "testNonOpenDefer"))
        fatal("TestNonOpenAndOpenDefers", "expected testNonOpen panic");
    }
    if (glob > 2)
      break;
  }
  cdefer_panic("testNonOpenDefer");
}

static int list[10], nlist;

static void doappend(int i) { list[nlist++] = i; }

static void testConditionalDefers(int n) {
  __defer doappend(1);
  if (n > 5) {
    __defer doappend(2);
    if (n > 8) {
      __defer doappend(3);
    } else {
      __defer doappend(4);
    }
  }
  cdefer_panic("testConditional");
}

// Make sure that conditional open-coded defers are activated correctly and
// run in the correct order.
static void TestConditionalDefers(void) {
  nlist = 0;
  __defer {
    if (!streq(cdefer_recover(), "testConditional"))
      fatal("TestConditionalDefers", "expected panic");
    if (!(nlist == 3 && list[0] == 4 && list[1] == 2 && list[2] == 1))
      fatal("TestConditionalDefers", "wanted [4 2 1]");
  }
  testConditionalDefers(8);
}

// Test that there is no compile-time or run-time error if an open-coded
// defer call is removed by constant propagation and dead-code elimination.
static void TestDisappearingDefer(void) {
  switch (1) {
  case 0:
    __defer { fatal("TestDisappearingDefer", "Defer shouldn't run"); }
  }
}

// A first panic P1 starts running deferred calls; a second panic P2 in
// deferred call D replaces it; if P2 is recovered, P1 is gone too.
static void TestAbortedPanic(void) {
  __defer {
    void *r = cdefer_recover();
    if (r != NULL)
      fatal("TestAbortedPanic", "wanted nil recover");
  }
  __defer {
    void *r = cdefer_recover();
    if (!streq(r, "panic2"))
      fatal("TestAbortedPanic", "wanted panic2");
  }
  __defer { cdefer_panic("panic2"); }
  cdefer_panic("panic1");
}

struct nonSSAable {
  unsigned char b[128];
};

struct bigStruct {
  int64_t x, y, z, w, p, q;
};

struct containsBigStruct {
  struct bigStruct element;
};

static int globint1, globint2, globint3;

static struct nonSSAable mknonSSAable(void) {
  globint1++;
  struct nonSSAable n = {{0, 0, 0, 0, 5}};
  return n;
}

__attribute__((noinline)) static int64_t sideeffect(int64_t n) {
  globint2++;
  return n;
}

static struct containsBigStruct sideeffect2(struct containsBigStruct in) {
  globint3++;
  return in;
}

static void save_n4(unsigned char *save, struct nonSSAable n) { *save = n.b[4]; }
static void save_y(int64_t *save, struct bigStruct b) { *save = b.y; }
static void save_z(int64_t *save, struct bigStruct element) { *save = element.z; }

// Test that nonSSAable arguments to defer are handled correctly and only
// evaluated once.
static void TestNonSSAableArgs(void) {
  globint1 = 0;
  globint2 = 0;
  globint3 = 0;
  unsigned char save1 = 0;
  int64_t save2 = 0, save3 = 0, save4 = 0;

  __defer {
    if (globint1 != 1)
      fatal("TestNonSSAableArgs", "globint1: wanted: 1");
    if (save1 != 5)
      fatal("TestNonSSAableArgs", "save1: wanted: 5");
    if (globint2 != 1)
      fatal("TestNonSSAableArgs", "globint2: wanted: 1");
    if (save2 != 2)
      fatal("TestNonSSAableArgs", "save2: wanted: 2");
    if (save3 != 4)
      fatal("TestNonSSAableArgs", "save3: wanted: 4");
    if (globint3 != 1)
      fatal("TestNonSSAableArgs", "globint3: wanted: 1");
    if (save4 != 4)
      fatal("TestNonSSAableArgs", "save4: wanted: 4");
  }

  // Test function returning a non-SSAable arg
  __defer save_n4(&save1, mknonSSAable());
  // Test composite literal that is not SSAable
  __defer save_y(&save2, (struct bigStruct){1, 2, 3, 4, 5, sideeffect(6)});

  // Test struct field reference that is non-SSAable
  struct containsBigStruct foo = {{0}};
  foo.element.z = 4;
  __defer save_z(&save3, foo.element);
  __defer save_z(&save4, sideeffect2(foo).element);
}

__attribute__((noinline)) static void doPanic(void) { cdefer_panic("Test panic"); }

__attribute__((noinline)) static int growStackIter(int *x, int n) {
  volatile char pad[128];
  pad[0] = 1;
  *x += pad[0];
  return n == 0 ? 0 : growStackIter(x, n - 1);
}

static void TestDeferForFuncWithNoExit(void) {
  int cond = 1;
  __defer {
    if (cond != 2)
      fatal("TestDeferForFuncWithNoExit", "cond: wanted 2");
    if (!streq(cdefer_recover(), "Test panic"))
      fatal("TestDeferForFuncWithNoExit", "Didn't find expected panic");
  }
  int x = 0;
  growStackIter(&x, 1000);
  cond = 2;
  doPanic();

  // This function has no exit/return, since it ends with an infinite loop
  for (;;) {
  }
}

// A recursive function (interpreter) may do repeated recovers/re-panics
// until it reaches the frame where the panic can actually be handled.
// recurseFnPanicRec() checks that there are no stale deferred calls after
// the interpreter() sequence, by writing 0xffffffffs into several recursive
// frames and then doing a single panic-recover which would invoke any such
// stale deferred calls.
static int interpreter_runs, recurse_runs;

static void interpreter(long level, long maxlevel, long rec) {
  __defer {
    interpreter_runs++;
    void *e = cdefer_recover();
    if (e != NULL) {
      if (level != (long)e - 100)
        cdefer_panic(e); // re-panic
    }
  }
  if (level + 1 < maxlevel)
    interpreter(level + 1, maxlevel, rec);
  else
    cdefer_panic(V(100 + rec)); // Go panics with rec; 100+ keeps it non-NULL
}

static uint32_t saveInt;

static void recurseFn(int level, int maxlevel) {
  volatile uint32_t a[40];
  for (int i = 0; i < 40; i++)
    a[i] = 0xffffffff;
  if (level + 1 < maxlevel) {
    // Make sure a array is referenced, so it is not optimized away
    saveInt = a[4];
    recurseFn(level + 1, maxlevel);
  } else {
    cdefer_panic("recurseFn panic");
  }
}

static void recurseFnPanicRec(int level, int maxlevel) {
  __defer {
    recurse_runs++;
    cdefer_recover();
  }
  recurseFn(level, maxlevel);
}

static void TestDeferWithRepeatedRepanics(void) {
  interpreter(0, 6, 2);
  recurseFnPanicRec(0, 10);
  interpreter(0, 5, 1);
  recurseFnPanicRec(0, 10);
  interpreter(0, 6, 3);
  recurseFnPanicRec(0, 10);
  if (interpreter_runs != 17 || recurse_runs != 3)
    fatal("TestDeferWithRepeatedRepanics", "wrong number of deferred runs");
}

// Issue 37688: a mix of pooled, frame and open-coded deferred calls with a
// big argument list, recovered, then deep recursion.
struct foo {
  int method1_calls, method2_calls;
};

__attribute__((noinline)) static void method1(struct foo *f) { f->method1_calls++; }
__attribute__((noinline)) static void method2(struct foo *f) { f->method2_calls++; }

static struct {
  long a, b, c, d, e, f, g, h, i;
} globstruct;

static void ff1_deferred(struct foo *ap, long a, long b, long c, long d, long e, long f, long g,
                         long h, long i) {
  (void)ap;
  (void)i;
  void *v = cdefer_recover();
  if (v == NULL)
    fatal("TestIssue37688", "ff1 did not recover");
  globstruct.a = a;
  globstruct.b = b;
  globstruct.c = c;
  globstruct.d = d;
  globstruct.e = e;
  globstruct.f = f;
  globstruct.g = g;
  globstruct.h = h;
}

static void ff1(struct foo *ap, long a, long b, long c, long d, long e, long f, long g, long h,
                long i) {
  __defer method1(ap);
  // A deferred call with a very large set of args.
  __defer ff1_deferred(ap, a, b, c, d, e, f, g, h, i);
  cdefer_panic("ff1 panic");
}

__attribute__((noinline)) static int rec1(int max) { return max > 0 ? rec1(max - 1) + 1 : 0; }

static struct foo g2_foo;

static void g2(void) {
  struct foo *ap = &g2_foo;
  // The loop forces this defer to be pooled.
  for (int i = 0; i < 1; i++)
    __defer method1(ap);
  __defer method2(ap);
  __defer method1(ap);
  ff1(ap, 1, 2, 3, 4, 5, 6, 7, 8, 9);
  rec1(2000);
}

static void g3(void) {
  // Mix up the stack layout by adding in an extra function frame
  g2();
}

static void TestIssue37688(void) {
  for (int j = 0; j < 10; j++) {
    g2();
    g3();
  }
  if (g2_foo.method1_calls != 60 || g2_foo.method2_calls != 20 || globstruct.h != 8)
    fatal("TestIssue37688", "wrong counts");
}

static void issue43921_func2(void) {
  __defer { expect("TestIssue43921", 4, cdefer_recover()); }
  cdefer_panic(V(4));
}

static void issue43921_func1(void) {
  // Prevent open-coded defers
  for (;;) {
    __defer {}
    break;
  }
  __defer issue43921_func2();
  cdefer_panic(V(1));
}

static void TestIssue43921(void) {
  __defer { expect("TestIssue43921", 1, cdefer_recover()); }
  issue43921_func1();
}

static void issue43920_panic4(void) { cdefer_panic(V(4)); }

static void issue43920_func2(void) {
  __defer { expect("TestIssue43920", 5, cdefer_recover()); }
  __defer cdefer_panic(V(5));
  issue43920_panic4();
}

static void issue43920_func1(void) {
  __defer issue43920_func2();
  __defer { expect("TestIssue43920", 3, cdefer_recover()); }
  __defer cdefer_panic(V(3));
}

static void issue43920_func3(int *steps) {
  __defer step("TestIssue43920", steps, 1);
  cdefer_panic(V(1));
}

static void TestIssue43920(void) {
  int steps = 0;
  __defer { expect("TestIssue43920", 1, cdefer_recover()); }
  __defer issue43920_func1();
  issue43920_func3(&steps);
}

static void issue43941_f2a(void) {
  __defer { expect("TestIssue43941", 3, cdefer_recover()); }
  __defer cdefer_panic(V(3));
  cdefer_panic(V(2));
}

static void issue43941_f2(void) {
  __defer issue43941_f2a();
  __defer { expect("TestIssue43941", 1, cdefer_recover()); }
  __defer cdefer_panic(V(1));
}

static void issue43941_f1(int *steps) {
  issue43941_f2();
  __defer {}
  __defer {}
  __defer step("TestIssue43941", steps, 10);
  __defer step("TestIssue43941", steps, 9);
  step("TestIssue43941", steps, 8);
}

static void issue43941_f4(int *steps) {
  __defer step("TestIssue43941", steps, 11);
  cdefer_panic(V(4));
}

static void issue43941_f3(int *steps) {
  __defer step("TestIssue43941", steps, 13);
  __defer step("TestIssue43941", steps, 12);
  issue43941_f4(steps);

  // Code below isn't executed,
  // but removing it breaks the test case.
  __defer {}
  __defer cdefer_panic(V(-1));
  __defer step("TestIssue43941", steps, -1);
  __defer step("TestIssue43941", steps, -1);
  __defer {}
}

static void TestIssue43941(void) {
  int steps = 7;
  __defer {
    step("TestIssue43941", &steps, 14);
    expect("TestIssue43941", 4, cdefer_recover());
  }
  issue43941_f1(&steps);
  issue43941_f3(&steps);
}

#define RUN(t)                                                                                     \
  do {                                                                                             \
    failed = 0;                                                                                    \
    t();                                                                                           \
    printf("%s %s\n", failed ? "FAIL:" : "ok", #t);                                                \
  } while (0)

int main(void) {
  RUN(TestUnconditionalPanic);
  RUN(TestOpenAndNonOpenDefers);
  RUN(TestNonOpenAndOpenDefers);
  RUN(TestConditionalDefers);
  RUN(TestDisappearingDefer);
  RUN(TestAbortedPanic);
  RUN(TestNonSSAableArgs);
  RUN(TestDeferForFuncWithNoExit);
  RUN(TestDeferWithRepeatedRepanics);
  RUN(TestIssue37688);
  RUN(TestIssue43921);
  RUN(TestIssue43920);
  RUN(TestIssue43941);
  printf("panicking %d pending %zu\n", cdefer_panicking(), cdefer_pending());
  return 0;
}
// CHECK:      ok TestUnconditionalPanic
// CHECK-NEXT: ok TestOpenAndNonOpenDefers
// CHECK-NEXT: ok TestNonOpenAndOpenDefers
// CHECK-NEXT: ok TestConditionalDefers
// CHECK-NEXT: ok TestDisappearingDefer
// CHECK-NEXT: ok TestAbortedPanic
// CHECK-NEXT: ok TestNonSSAableArgs
// CHECK-NEXT: ok TestDeferForFuncWithNoExit
// CHECK-NEXT: ok TestDeferWithRepeatedRepanics
// CHECK-NEXT: ok TestIssue37688
// CHECK-NEXT: ok TestIssue43921
// CHECK-NEXT: ok TestIssue43920
// CHECK-NEXT: ok TestIssue43941
// CHECK-NEXT: panicking 0 pending 0
