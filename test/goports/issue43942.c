// Port of Go's test/fixedbugs/issue43942.go: deferred functions that
// themselves defer, panic and recover, nested four deep under a function
// that never panicked (each level runs at its caller's normal return), and
// a deferred call registered in a loop (a pooled record here) whose own
// deferred panic(5) replaces the panic(4) that is running it.
// Go -> C: each closure with defers of its own is a named function; expect()
// prints FAIL instead of log.Fatalf.
// RUN: %cdefer_cc -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
// RUN: %cdefer_cc -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
#include <cdefer.h>
#include <stdio.h>

#define V(n) ((void *)(long)(n))

static void expect(void *want, void *have) {
  if (want != have)
    printf("FAIL: want %ld, have %ld\n", (long)want, (long)have);
  else
    printf("ok %ld\n", (long)have);
}

static void func4(void) {
  __defer { expect(V(3), cdefer_recover()); }
  __defer cdefer_panic(V(3));
  cdefer_panic(V(2));
}

static void func3(void) {
  __defer func4();
  __defer { expect(V(1), cdefer_recover()); }
  cdefer_panic(V(1));
}

static void func2(void) { __defer func3(); }

static void main_func1(void) {
  expect(NULL, cdefer_recover());
  __defer func2();
}

static void loop_func(void) { __defer cdefer_panic(V(5)); }

static void main_func2(void) {
  for (;;) {
    __defer loop_func();
    break;
  }
  cdefer_panic(V(4));
}

int main(void) {
  __defer {
    expect(V(5), cdefer_recover());
    puts("done");
  }
  main_func1();
  main_func2();
}
// CHECK:      ok 0
// CHECK-NEXT: ok 1
// CHECK-NEXT: ok 3
// CHECK-NEXT: ok 5
// CHECK-NEXT: done
