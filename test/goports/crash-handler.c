// Port of Go's src/runtime/crash_test.go TestCrashHandler (program Crash in
// src/runtime/testdata/testprog/crash.go): a function that panics and
// recovers in its deferred code, on the main thread, on two new threads
// (Go: goroutines locked to their OS threads) and on the main thread again;
// each thread's panic is its own. Go's panic is a nil dereference; a C one
// would crash, so this calls cdefer_panic.
// RUN: %cdefer_cc -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
// RUN: %cdefer_cc -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
#include <cdefer.h>
#include <pthread.h>
#include <stdio.h>

static void deref(const char *s) {
  if (s == NULL)
    cdefer_panic("invalid memory address or nil pointer dereference");
}

static void test(const char *name) {
  __defer {
    if (cdefer_recover() != NULL)
      printf(" recovered");
    printf(" done\n");
  }
  printf("%s:", name);
  deref(NULL);
  printf("SHOULD NOT BE HERE");
}

static void *thread_main(void *name) {
  test(name);
  return NULL;
}

static void testInNewThread(const char *name) {
  pthread_t th;
  pthread_create(&th, NULL, thread_main, (void *)name);
  pthread_join(th, NULL);
}

int main(void) {
  test("main");
  testInNewThread("new-thread");
  testInNewThread("second-new-thread");
  test("main-again");
  return 0;
}
// CHECK:      main: recovered done
// CHECK-NEXT: new-thread: recovered done
// CHECK-NEXT: second-new-thread: recovered done
// CHECK-NEXT: main-again: recovered done
