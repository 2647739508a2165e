// Compiled without the plugin but with <cdefer.h>, `__defer` still parses (the
// header defines it), and the marker it leaves behind is an undefined symbol
// whose name tells the user what is missing.
// RUN: not %clang -I%cdefer_include %s -o %t 2>&1 | FileCheck %s --implicit-check-not="Stack dump"
// CHECK: undefined reference to {{.}}__cdefer_marker_requires_the_cdefer_plugin
// The same at -O2: the marker call is not optimised away.
// RUN: not %clang -O2 -I%cdefer_include %s -o %t 2>&1 | FileCheck %s --implicit-check-not="Stack dump"
#include <cdefer.h>

void f(int x) { (void)x; }

int main(void) {
  __defer f(1);
  return 0;
}
