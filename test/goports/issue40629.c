// Port of Go's test/fixedbugs/issue40629.go: while a panic runs the
// deferred calls of a function, that function's locals are intact, also
// after deferred code used a lot of stack and another thread ran. Go's test
// moves the goroutine stack and dereferences nil; C stacks do not move and
// a nil dereference is a crash, so this panics instead, and the deferred
// code recurses deeply (which would overwrite a frame the panic had already
// left) and runs a thread that does the same.
// RUN: %cdefer_cc -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
// RUN: %cdefer_cc -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
#include <cdefer.h>
#include <pthread.h>
#include <stdio.h>

#define N 40

__attribute__((noinline)) static int useStack(int n) {
  volatile char pad[64];
  pad[0] = (char)n;
  if (n == 0)
    return pad[0];
  return useStack(n - 1) + pad[0];
}

static void check(int *p) {
  cdefer_recover();
  for (int i = 0; i < N; i++) {
    if (p[i] != 0x999) {
      for (int j = 0; j < N; j++)
        printf("p[%d]=0x%x\n", j, p[j]);
      cdefer_panic("corrupted stack variable");
    }
  }
  puts("x intact");
}

static void *thread_body(void *arg) {
  (void)arg;
  useStack(1000);
  return NULL;
}

static void panics(void) { cdefer_panic("trigger"); }

int main(void) {
  int x[N]; // stack-allocated memory
  for (int i = 0; i < N; i++)
    x[i] = 0x999;

  // This defer checks to see if x is uncorrupted.
  __defer check(x);

  // This defer starts a new thread.
  __defer {
    pthread_t th;
    pthread_create(&th, NULL, thread_body, NULL);
    pthread_join(th, NULL);
  }

  // This defer uses a lot of stack.
  __defer { useStack(1000); }

  panics();

  // Make the return statement unreachable.
  for (;;) {
  }
}
// CHECK: x intact
