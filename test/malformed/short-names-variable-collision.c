// With CDEFER_SHORT_NAMES, <cdefer.h> defines `defer`: code that already
// uses `defer` as a name breaks, with an error and no crash.
// RUN: not %cdefer_cc -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not="Stack dump"

void f(int);
int defer = 3;
#define CDEFER_SHORT_NAMES
#include <cdefer.h>

void g(void) {
  defer f(defer);
  // CHECK: short-names-variable-collision.c:[[@LINE-1]]:11: error: expected expression
}
