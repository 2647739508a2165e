// Port of the defer and panic tests of Go's src/runtime/stack_test.go:
// TestDeferPtrs and TestDeferPtrsPanic (a deferred call holding a pointer to
// a local, with a 4 KiB argument, run after deep stack use, by a return and
// by a panic at 100 different depths), TestPanicUseStack (panics raised and
// recovered inside deferred code that itself uses a lot of stack, three
// deep), TestPanicFar (a panic 100 KiB below the recovering frame, then a
// stack walk), TestStackPanic and TestDeferHeapAndStack (pooled and
// open-coded deferred calls alternating through a recursion, on 4 threads).
// Go's tests are about moving goroutine stacks; C stacks do not move, so
// these check that deferred calls and panics stay right around deep stack
// use. Go -> C: Callers is glibc's backtrace(); closures are named
// functions; goroutines are threads; TestDeferPtrsGoexit is not ported
// (Goexit). deferHeapAndStack's named result r is reached through a
// pointer, as C's deferred code cannot change the value returned.
// RUN: %cdefer_cc -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
// RUN: %cdefer_cc -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
#include <cdefer.h>
#include <execinfo.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define V(n) ((void *)(long)(n))

static void *pc[10000];

// use about n KB of stack and call f
__attribute__((noinline)) static void useStackAndCall(int n, void (*f)(void)) {
  if (n == 0) {
    f();
    return;
  }
  volatile unsigned char b[1024]; // makes frame about 1KB
  b[99] = 0;
  useStackAndCall(n - 1 + b[99], f);
}

static void nothing(void) {}
static void useStack(int n) { useStackAndCall(n, nothing); }

static void set(int *p, int x) { *p = x; }

static void TestDeferPtrs(void) {
  int y = 0;
  __defer {
    if (y != 42)
      puts("FAIL TestDeferPtrs: defer's stack references were not adjusted appropriately");
  }
  __defer set(&y, 42);
  useStack(1000);
}

struct bigBuf {
  unsigned char b[4 * 1024];
};

static void setBig(int *p, int x, struct bigBuf b) {
  (void)b;
  *p = x;
}

static void panic1(void) { cdefer_panic(V(1)); }

// Go's channel c: what the deferred code saw.
static int deferptrs_c;

static void testDeferPtrsPanic(int i) {
  int y = 0;
  __defer {
    if (cdefer_recover() == NULL)
      deferptrs_c = -1;
    else
      deferptrs_c = y;
  }
  __defer setBig(&y, 42, (struct bigBuf){{0}});
  useStackAndCall(i, panic1);
}

static void TestDeferPtrsPanic(void) {
  for (int i = 0; i < 100; i++) {
    deferptrs_c = 0;
    testDeferPtrsPanic(i);
    if (deferptrs_c != 42)
      printf("FAIL TestDeferPtrsPanic: i=%d n=%d\n", i, deferptrs_c);
  }
}

static void cb2(void) {
  __defer {
    cdefer_recover();
    backtrace(pc, 10000); // force stack walk
  }
  cdefer_panic(V(3));
}

static void cb1(void) {
  __defer {
    cdefer_recover();
    backtrace(pc, 10000); // force stack walk
    useStackAndCall(200, cb2);
  }
  cdefer_panic(V(2));
}

static int usestack_done;

static void TestPanicUseStack(void) {
  __defer {
    cdefer_recover();
    backtrace(pc, 10000); // force stack walk
    useStackAndCall(100, cb1);
    usestack_done = 1;
  }
  cdefer_panic(V(1));
}

static void panicFar(void) { cdefer_panic(V(1)); }

static int far_walked;

static void TestPanicFar(void) {
  __defer {
    // At this point we created a large stack and unwound it via recovery.
    // Force a stack walk, which will check the stack's consistency.
    far_walked = backtrace(pc, 10000) > 0;
  }
  __defer { cdefer_recover(); }
  useStackAndCall(100, panicFar);
}

static void TestStackPanic(void) {
  __defer {
    if (cdefer_recover() == NULL)
      puts("FAIL TestStackPanic: recover failed");
  }
  useStack(32);
  cdefer_panic("test panic");
}

// deferHeapAndStack(n) computes 2*n
static void deferHeapAndStack(int n, int *r) {
  if (n == 0) {
    *r = 0;
    return;
  }
  if (n % 2 == 0) {
    // pooled deferred calls
    for (int i = 0; i < 2; i++)
      __defer { (*r)++; }
  } else {
    // open-coded deferred calls
    __defer { (*r)++; }
    __defer { (*r)++; }
  }
  deferHeapAndStack(n - 1, r);
  volatile char escape[1024];
  escape[0] = 0;
  (void)escape[0];
}

#define P 4     // threads
#define N 10000 // iterations
#define D 200   // stack depth

static void *heapAndStackThread(void *arg) {
  int *bad = arg;
  for (int i = 0; i < N; i++) {
    int r = -1;
    deferHeapAndStack(D, &r);
    if (r != 2 * D)
      *bad = 1;
  }
  return NULL;
}

static void TestDeferHeapAndStack(void) {
  pthread_t th[P];
  int bad[P] = {0};
  for (int p = 0; p < P; p++)
    pthread_create(&th[p], NULL, heapAndStackThread, &bad[p]);
  for (int p = 0; p < P; p++) {
    pthread_join(th[p], NULL);
    if (bad[p])
      puts("FAIL TestDeferHeapAndStack: bad result");
  }
}

int main(void) {
  TestDeferPtrs();
  puts("TestDeferPtrs");
  TestDeferPtrsPanic();
  puts("TestDeferPtrsPanic");
  TestPanicUseStack();
  printf("TestPanicUseStack %d\n", usestack_done);
  TestPanicFar();
  printf("TestPanicFar %d\n", far_walked);
  TestStackPanic();
  puts("TestStackPanic");
  TestDeferHeapAndStack();
  puts("TestDeferHeapAndStack");
  printf("panicking %d pending %zu\n", cdefer_panicking(), cdefer_pending());
  return 0;
}
// CHECK:      TestDeferPtrs
// CHECK-NEXT: TestDeferPtrsPanic
// CHECK-NEXT: TestPanicUseStack 1
// CHECK-NEXT: TestPanicFar 1
// CHECK-NEXT: TestStackPanic
// CHECK-NEXT: TestDeferHeapAndStack
// CHECK-NEXT: panicking 0 pending 0
