// cdefer_recover stops a panic only when the deferred statement calls it
// directly (Go's recover.go: mustRecover / mustNotRecover): the function a
// call-form `__defer` names, or a deferred block's own code. A helper they
// call gets NULL; so does `__defer cdefer_recover();`, where recover is the
// deferred call itself rather than called by it.
// RUN: %cdefer_cc -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <cdefer.h>
#include <stdio.h>

static void mustNotRecover(const char *who) {
  void *v = cdefer_recover();
  printf("%s: helper got %p\n", who, v);
}

static void mustRecover(long x) {
  mustNotRecover("mustRecover"); // not a deferred call
  void *v = cdefer_recover();
  printf("mustRecover(%ld) got %ld\n", x, (long)v);
  printf("again: %p\n", cdefer_recover());
}

static void call_form(void) {
  __defer mustNotRecover("after"); // runs after the recovery: not panicking
  __defer mustRecover(1);
  cdefer_panic((void *)1);
}

static void block_form_helper(void) {
  __defer mustRecover(2);
  __defer { mustNotRecover("block"); } // runs first: a helper of deferred code
  cdefer_panic((void *)2);
}

static void bare(void) {
  __defer mustRecover(3);
  __defer cdefer_recover(); // expected: recovers nothing
  cdefer_panic((void *)3);
}

int main(void) {
  call_form();
  block_form_helper();
  bare();
  puts("done");
  return 0;
}
// CHECK:      mustRecover: helper got (nil)
// CHECK-NEXT: mustRecover(1) got 1
// CHECK-NEXT: again: (nil)
// CHECK-NEXT: after: helper got (nil)
// CHECK-NEXT: block: helper got (nil)
// CHECK-NEXT: mustRecover: helper got (nil)
// CHECK-NEXT: mustRecover(2) got 2
// CHECK-NEXT: again: (nil)
// CHECK-NEXT: mustRecover: helper got (nil)
// CHECK-NEXT: mustRecover(3) got 3
// CHECK-NEXT: again: (nil)
// CHECK-NEXT: done
