// Port of the examples of the Go specification's "Defer statements" and
// "Handling panics" sections: deferred calls run before the surrounding
// function returns, last in first out; a deferred function's results are
// discarded; the function value and parameters are evaluated when the defer
// statement executes; protect(g) runs g and logs a run-time panic it
// recovers, and its deferred code runs in either case. Adapted: the spec's
// f() multiplies its named result by 7 in a deferred closure and returns
// 42; C's deferred code cannot change the value returned (SPEC 2.6), so f
// returns 6 here, and the deferred code sees the local it changes. Not
// ported: deferring a nil function value (C would crash, not panic).
// RUN: %cdefer_cc -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
// RUN: %cdefer_cc -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
#include <cdefer.h>
#include <stdio.h>

static int locked;
static void lock(int *l) { *l = 1; }
static void unlock(int *l) {
  *l = 0;
  puts("unlocked");
}

static int discarded(int v) {
  printf("deferred result %d discarded\n", v);
  return v;
}

static void hello(void) { puts("hello"); }
static void world(void) { puts("world"); }

static void statements(void) {
  lock(&locked);
  __defer unlock(&locked); // unlocking happens before surrounding function returns

  // prints 3 2 1 0 before surrounding function returns
  for (int i = 0; i <= 3; i++)
    __defer printf("%d ", i);

  __defer discarded(5);

  void (*fn)(void) = hello;
  __defer fn(); // the function value is evaluated now
  fn = world;
  puts("body");
}

static int f(void) {
  int result = 0;
  __defer {
    // result is accessed after it was set to 6 by the return statement
    result *= 7;
    printf("deferred result %d\n", result);
  }
  result = 6;
  return result;
}

static void protect(void (*g)(void)) {
  __defer {
    puts("done"); // Println executes normally even if there is a panic
    void *x = cdefer_recover();
    if (x != NULL)
      printf("run time panic: %s\n", (const char *)x);
  }
  puts("start");
  g();
}

static void panics(void) { cdefer_panic("division by zero"); }
static void fine(void) { puts("fine"); }

int main(void) {
  statements();
  printf("\nlocked %d\n", locked);
  printf("f() = %d\n", f());
  protect(fine);
  protect(panics);
  printf("recover outside a panic: %p\n", cdefer_recover());
  return 0;
}
// CHECK:      body
// CHECK-NEXT: hello
// CHECK-NEXT: deferred result 5 discarded
// CHECK-NEXT: 3 2 1 0 unlocked
// CHECK-EMPTY:
// CHECK-NEXT: locked 0
// CHECK-NEXT: deferred result 42
// CHECK-NEXT: f() = 6
// CHECK-NEXT: start
// CHECK-NEXT: fine
// CHECK-NEXT: done
// CHECK-NEXT: start
// CHECK-NEXT: done
// CHECK-NEXT: run time panic: division by zero
// CHECK-NEXT: recover outside a panic: (nil)
