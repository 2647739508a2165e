// BUG (GCC plugin): with the runtime tiers, a backtrace from deferred code
// shows the user's function at its first line (`static int total(int n) {`)
// instead of where it is: its exit, the closing brace (as with Clang,
// break-in-deferred-block.c). The try/finally the plugin wraps around the
// body (docs/design.md §11) takes the function's location, and so do the
// calls it makes at the exit. Remove the XFAIL when this passes.
//
// The open-coded tier has no such frame: the deferred code is the
// function's own code, at its own lines.
//
// REQUIRES: gdb, gcc-plugin
// The default pass runs it; the GCC pass would only repeat it.
// UNSUPPORTED: cdefer-gcc
// XFAIL: *
// RUN: %gcc_cc -g -O0 -fplugin-arg-cdefer_gcc-tier=frame %s -o %t.frame %cdefer_rt
// RUN: %gdb -ex 'break-at %s block' -ex run -ex 'frame function total' %t.frame | FileCheck %s
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
// CHECK:      #1 {{.*}} in total (n=4) at {{.*}}gcc-caller-line-at-exit.c:{{[0-9]+}}
// CHECK-NEXT: {{[0-9]+}}{{[[:space:]]+}}} // @exit
