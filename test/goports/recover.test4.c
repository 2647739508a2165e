// Port of test4 of Go's test/recover.go (the rest is in recover.c), and of
// the same case in Go's test/recover1.go test5: `defer recover()` inside a
// deferred function squelches the panic that called that function, when the
// function returns ("Equivalent to test3 but using defer to make the
// call"): Go's recover is then called by the deferred function itself, the
// one the panic called. Go -> C: the closure is test4_func1, deferred with
// the call form; `defer recover()` is `__defer cdefer_recover();`.
//
// RUN: %cdefer_cc -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
// RUN: %cdefer_cc -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
// RUN: %cdefer_cc -O0 %{cdefer_arg}tier=open %s -o %to %cdefer_rt && %to | FileCheck --match-full-lines --implicit-check-not=FAIL %s
// RUN: %cdefer_cc -O0 %{cdefer_arg}tier=frame %s -o %tf %cdefer_rt && %tf | FileCheck --match-full-lines --implicit-check-not=FAIL %s
// RUN: %cdefer_cc -O0 %{cdefer_arg}tier=pool %s -o %tp %cdefer_rt && %tp | FileCheck --match-full-lines --implicit-check-not=FAIL %s
#include <cdefer.h>
#include <stdio.h>

#define V(n) ((void *)(long)(n))

static void mustNotRecover(void) {
  void *v = cdefer_recover();
  if (v != NULL)
    printf("FAIL: spurious recover %ld\n", (long)v);
}

// Go: defer func() { defer recover() }()
static void test4_func1(void) {
  __defer cdefer_recover(); // should squelch
}

static void test4(void) {
  // Equivalent to test3 but using defer to make the call.
  __defer mustNotRecover();
  __defer test4_func1();
  cdefer_panic(V(4));
}

int main(void) {
  test4();
  puts("test4");
  return 0;
}
// CHECK:      test4
