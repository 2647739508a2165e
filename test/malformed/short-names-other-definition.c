// A project with its own `defer` macro that also asks <cdefer.h> for the
// short names: Clang's macro-redefinition warning, then the header's
// definition wins.
// RUN: %cdefer_cc -c -o /dev/null %s 2>&1 | FileCheck %s --implicit-check-not="Stack dump"
// CHECK: warning: 'defer' macro redefined

#define defer(x) x
#define CDEFER_SHORT_NAMES
#include <cdefer.h>
void f(int);

void g(void) {
  defer f(1);
}
