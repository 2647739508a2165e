// GCC's version of test/run/preprocess-then-compile.c: a file preprocessed
// without the plugin (it includes <cdefer.h> for `__defer`) compiles with
// the plugin, from `gcc -E` output and with -save-temps. The plugin defines
// no macro for preprocessed input, where <cdefer.h> already did.
// REQUIRES: gcc-plugin
// RUN: %gcc -E -I%cdefer_include %s -o %t.i
// RUN: %gcc_cc -c %t.i -o %t.o
// RUN: %gcc %t.o -o %t %cdefer_rt
// RUN: %t | FileCheck --match-full-lines %s
// RUN: rm -rf %t.dir && mkdir -p %t.dir && cd %t.dir
// RUN: %gcc_cc -save-temps -O2 %s -o %t.dir/prog2 %cdefer_rt
// RUN: %t.dir/prog2 | FileCheck --match-full-lines %s
// And `gcc -E` with the plugin defines `__defer` without the header.
// RUN: %gcc_cc -E -DNO_HEADER %s | FileCheck %s --check-prefix=EXPANDED
#ifndef NO_HEADER
#include <cdefer.h>
#endif
#include <stdio.h>

static void basic(int x) {
  __defer printf("call form %d\n", x);
  // EXPANDED: for (; __cdefer_marker_requires_the_cdefer_plugin();) { printf("block form %d\n", x); }
  __defer { printf("block form %d\n", x); }
  x = 2;
}

int main(void) {
  basic(1);
  // CHECK:      block form 2
  // CHECK-NEXT: call form 1
  return 0;
}
