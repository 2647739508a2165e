// A project that already did `#define defer __defer` and then includes
// <cdefer.h> with CDEFER_SHORT_NAMES: the identical redefinition is silent.
// RUN: %cdefer_cc -c -o /dev/null %s
// RUN: %cdefer_cc -O2 -c -o /dev/null %s
// RUN: %cdefer_cc -fsyntax-only -Werror %s

#define defer __defer
#define CDEFER_SHORT_NAMES
#include <cdefer.h>
void f(int);

void g(void) {
  defer f(1);
  defer { f(2); }
}
