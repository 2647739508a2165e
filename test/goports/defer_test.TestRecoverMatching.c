// Port of TestRecoverMatching of Go's src/runtime/defer_test.go (the rest is
// in defer_test.c): "recover() does not succeed unless it is called directly
// from a defer function that is directly called by the panic". The panic
// calls recoverMatching_func1; the deferred block inside it runs when that
// function returns, and its recover must get nil ("Shouldn't succeed, even
// though it is called directly from a defer function, since this defer
// function was not directly called by the panic"); the panic then reaches
// the outer deferred block, which recovers it.
//
// RUN: %cdefer_cc -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
// RUN: %cdefer_cc -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
// RUN: %cdefer_cc -O0 %{cdefer_arg}tier=open %s -o %to %cdefer_rt && %to | FileCheck --match-full-lines --implicit-check-not=FAIL %s
// RUN: %cdefer_cc -O0 %{cdefer_arg}tier=frame %s -o %tf %cdefer_rt && %tf | FileCheck --match-full-lines --implicit-check-not=FAIL %s
// RUN: %cdefer_cc -O0 %{cdefer_arg}tier=pool %s -o %tp %cdefer_rt && %tp | FileCheck --match-full-lines --implicit-check-not=FAIL %s
#include <cdefer.h>
#include <stdio.h>
#include <string.h>

static int failed;
static void fatal(const char *test, const char *msg) {
  printf("FAIL %s: %s\n", test, msg);
  failed = 1;
}

static int streq(void *v, const char *s) { return v != NULL && strcmp((const char *)v, s) == 0; }

static void recoverMatching_func1(void) {
  __defer {
    // Shouldn't succeed, even though it is called directly from a defer
    // function, since this defer function was not directly called by the
    // panic.
    void *r = cdefer_recover();
    if (r != NULL)
      fatal("TestRecoverMatching", "wanted nil recover");
  }
}

// recover() does not succeed unless it is called directly from a defer
// function that is directly called by the panic.
static void TestRecoverMatching(void) {
  __defer {
    void *r = cdefer_recover();
    if (!streq(r, "panic1"))
      fatal("TestRecoverMatching", "wanted panic1");
  }
  __defer recoverMatching_func1();
  cdefer_panic("panic1");
}

int main(void) {
  TestRecoverMatching();
  printf("%s TestRecoverMatching\n", failed ? "FAIL:" : "ok");
  return 0;
}
// CHECK: ok TestRecoverMatching
