// A file preprocessed without the plugin compiles with the plugin into a
// working program: `clang -E` then compile, and -save-temps (preprocess to a
// .i file, then compile that). The preprocessing step runs without the
// plugin's predefines, so the file includes <cdefer.h> for `__defer`.
// Links with %clang, which does not take a mode's flags: the sanitizers'
// runtimes, or LTO's linker plugin, would be missing from the link.
// UNSUPPORTED: asan || ubsan || tsan || lto
// RUN: %clang -E -I%cdefer_include %s -o %t.i
// RUN: %cdefer_cc -c %t.i -o %t.o
// RUN: %clang %t.o -o %t %cdefer_rt
// RUN: %t | FileCheck --match-full-lines %s
//
// -save-temps, with the temporaries in a scratch directory:
// RUN: rm -rf %t.dir && mkdir -p %t.dir && cd %t.dir
// RUN: %cdefer_cc -save-temps -O0 %s -o %t.dir/prog0 %cdefer_rt
// RUN: %t.dir/prog0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -save-temps -O2 %s -o %t.dir/prog2 %cdefer_rt
// RUN: %t.dir/prog2 | FileCheck --match-full-lines %s
// UNSUPPORTED: cdefer-gcc
// (It preprocesses with clang; GCC cannot compile clang's view of the system
// headers. test/gcc/preprocess-then-compile.c is the GCC version.)
#include <cdefer.h>
#include <stdio.h>

static void basic(int x) {
  __defer printf("call form %d\n", x);
  __defer { printf("block form %d\n", x); }
  x = 2;
}

int main(void) {
  basic(1);
  // CHECK:      block form 2
  // CHECK-NEXT: call form 1
  return 0;
}
