// A breakpoint on a line inside a deferred block stops there when the
// function returns, in every tier, and the backtrace shows the user's
// function below the deferred code, stopped at its closing brace (the
// cleanup runs after `return` computed the value). Nothing is shown in the
// plugin's injected header (`<cdefer>`): its helpers are nodebug.
//
// The GCC plugin's view differs: its open-coded deferred code is the
// function's own code (and gcc-caller-line-at-exit.c).
// REQUIRES: gdb, cdefer-clang
// RUN: %cdefer_cc -g -O0 %{cdefer_arg}tier=open %s -o %t.open %cdefer_rt
// RUN: %cdefer_cc -g -O0 %{cdefer_arg}tier=frame %s -o %t.frame %cdefer_rt
// RUN: %cdefer_cc -g -O0 %{cdefer_arg}tier=pool %s -o %t.pool %cdefer_rt
// RUN: %gdb -ex 'break-at %s block' -ex run -ex bt -ex 'frame 1' %t.open \
// RUN:   | FileCheck --check-prefixes=CHECK,OPEN --implicit-check-not='<cdefer>' %s
// RUN: %gdb -ex 'break-at %s block' -ex run -ex bt -ex 'frame function total' %t.frame \
// RUN:   | FileCheck --check-prefixes=CHECK,FRAME --implicit-check-not='<cdefer>' %s
// RUN: %gdb -ex 'break-at %s block' -ex run -ex bt -ex 'frame function total' %t.pool \
// RUN:   | FileCheck --check-prefixes=CHECK,POOL --implicit-check-not='<cdefer>' %s
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

// The deferred block was moved into an outlined function, __cdefer_total_0,
// but keeps its line.
// CHECK:       Breakpoint 1, __cdefer_total_0 ({{.*}}) at {{.*}}break-in-deferred-block.c:[[#BLOCK:]]
// CHECK-NEXT:  [[#BLOCK]]{{[[:space:]]+}}printf("sum=%d\n", sum); // @block
// CHECK-NEXT:  #0  __cdefer_total_0 ({{.*}}) at {{.*}}break-in-deferred-block.c:[[#BLOCK]]
// Open-coded: the outlined function is inlined into total, no frame of its own.
// OPEN-NEXT:   #1  total (n=4) at {{.*}}break-in-deferred-block.c:[[#EXIT:]]
// Frame-allocated: called through its record from total's (inlined) exit.
// FRAME-NEXT:  #1  0x{{[0-9a-f]+}} in total (n=4) at {{.*}}break-in-deferred-block.c:[[#EXIT:]]
// Pooled: called by the runtime (__cdefer_return, and whatever it calls),
// from total's exit.
// POOL-NEXT:   #1  0x{{[0-9a-f]+}} in {{[_a-z]+}} ({{.*}}) at {{.*}}runtime/src/defer.c:{{[0-9]+}}
// POOL:        #[[#]]  0x{{[0-9a-f]+}} in total (n=4) at {{.*}}break-in-deferred-block.c:[[#EXIT:]]
// CHECK-NEXT:  #[[#]]  0x{{[0-9a-f]+}} in main () at {{.*}}break-in-deferred-block.c:{{[0-9]+}}
// total's line is its closing brace.
// CHECK-NEXT:  #[[#]] {{.*}}total (n=4) at {{.*}}break-in-deferred-block.c:[[#EXIT]]
// CHECK-NEXT:  [[#EXIT]]{{[[:space:]]+}}} // @exit
