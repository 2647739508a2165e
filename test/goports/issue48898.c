// Port of Go's test/fixedbugs/issue48898.go: after a recovered panic whose
// recovering function then runs a deferred function that panics, is
// replaced and recovers, later panics still run every pending deferred call
// on their way: in the original issue the deferred print(x) was skipped.
// Go prints 123 with print and then 4 with println: "1234".
// RUN: %cdefer_cc -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
// RUN: %cdefer_cc -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
#include <cdefer.h>
#include <stdio.h>

#define V(n) ((void *)(long)(n))

struct pair {
  int a[2];
};

static struct pair zero_result(void) {
  struct pair r = {{0, 0}};
  return r;
}

static void inner_func1(void) {
  __defer { cdefer_recover(); }
  __defer cdefer_panic(V(3));
  cdefer_panic(V(2));
}

static void inner(void) {
  __defer inner_func1();
  __defer { cdefer_recover(); }
  cdefer_panic(V(1));
}

static void outer(void) {
  (void)zero_result();
  inner();
  __defer {}
}

static void panics4(void) {
  __defer {}
  cdefer_panic(V(4));
}

static void prints(void) {
  int x = 123;
  // in the original issue, this defer was not executed (which is incorrect)
  __defer printf("%d", x);
  panics4();
}

int main(void) {
  __defer { printf("%ld\n", (long)cdefer_recover()); }
  outer();
  prints();
}
// CHECK: 1234
