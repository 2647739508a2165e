// With the runtime tiers, a backtrace from deferred code shows the user's
// function where it is: at its exit, the closing brace (as with Clang,
// break-in-deferred-block.c). The calls that run the deferred code take the
// function's end location (plugin/gcc/Lowering.cc, frameExit); they used to
// take the function's own location, and gdb showed its first line.
//
// The open-coded tier has no such frame: the deferred code is the
// function's own code, at its own lines.
//
// REQUIRES: gdb, gcc-plugin
// The default pass runs it; the GCC pass would only repeat it.
// UNSUPPORTED: cdefer-gcc
// RUN: %gcc_cc -g -O0 -fplugin-arg-cdefer_gcc-tier=frame %s -o %t.frame %cdefer_rt
// RUN: %gdb -ex 'break-at %s block' -ex run -ex 'frame function total' %t.frame | FileCheck %s
// RUN: %gcc_cc -g -O0 -fplugin-arg-cdefer_gcc-tier=pool %s -o %t.pool %cdefer_rt
// RUN: %gdb -ex 'break-at %s block' -ex run -ex 'frame function total' %t.pool | FileCheck %s
#include <stdio.h>

static int total(int n) {
  int sum = 0;
  __defer {
    printf("sum=%d\n", sum); // @block
  }
  for (int i = 1; i <= n; i++)
    sum += i;
  return sum;
} // @exit

int main(void) { return total(4) == 10 ? 0 : 1; }

// CHECK:      Breakpoint 1, __cdefer_total_0 ({{.*}}) at {{.*}}gcc-caller-line-at-exit.c:{{[0-9]+}}
// CHECK:      #{{[0-9]+}} {{.*}} in total (n=4) at {{.*}}gcc-caller-line-at-exit.c:{{[0-9]+}}
// CHECK-NEXT: {{[0-9]+}}{{[[:space:]]+}}} // @exit
