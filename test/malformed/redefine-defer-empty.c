// `#define __defer` to nothing: the statement runs immediately; no marker is
// left, so the plugin has nothing to do.
// RUN: %cdefer_cc -c -o /dev/null %s 2>&1 | FileCheck %s --implicit-check-not="Stack dump"
// CHECK: warning: '__defer' macro redefined

#define __defer
void f(int);

void g(void) {
  __defer f(1);
}
