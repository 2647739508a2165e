// Inside a deferred block, `next` goes through its lines in order, in every
// tier: the outlined function keeps the lines of the statement it was moved
// from. Where it is a function of its own (frame-allocated, pooled), its
// last stop is the block's closing brace; open-coded, the block is inlined
// and `next` goes on to the closing brace of the user's function.
//
// The GCC plugin's view differs: its open-coded deferred code is the
// function's own code (and gcc-caller-line-at-exit.c).
// REQUIRES: gdb, cdefer-clang
// RUN: %cdefer_cc -g -O0 %{cdefer_arg}tier=open %s -o %t.open %cdefer_rt
// RUN: %cdefer_cc -g -O0 %{cdefer_arg}tier=frame %s -o %t.frame %cdefer_rt
// RUN: %cdefer_cc -g -O0 %{cdefer_arg}tier=pool %s -o %t.pool %cdefer_rt
// RUN: %gdb -ex 'break-at %s first' -ex run -ex next -ex next -ex next %t.open \
// RUN:   | FileCheck --check-prefixes=CHECK,OPEN --implicit-check-not='<cdefer>' %s
// RUN: %gdb -ex 'break-at %s first' -ex run -ex next -ex next -ex next %t.frame \
// RUN:   | FileCheck --check-prefixes=CHECK,CALLED --implicit-check-not='<cdefer>' %s
// RUN: %gdb -ex 'break-at %s first' -ex run -ex next -ex next -ex next %t.pool \
// RUN:   | FileCheck --check-prefixes=CHECK,CALLED --implicit-check-not='<cdefer>' %s
#include <stdio.h>

static int scaled(int n) {
  int sum = n;
  __defer {
    sum *= 2; // @first
    if (sum > 5)
      printf("big %d\n", sum);
  } // @end
  return sum;
} // @exit

int main(void) { return scaled(4) == 4 ? 0 : 1; }

// CHECK:       Breakpoint 1, __cdefer_scaled_0 ({{.*}}) at {{.*}}next-through-deferred-block.c:{{[0-9]+}}
// CHECK-NEXT:  {{[0-9]+}}{{[[:space:]]+}}sum *= 2; // @first
// CHECK-NEXT:  {{[0-9]+}}{{[[:space:]]+}}if (sum > 5)
// CHECK-NEXT:  {{[0-9]+}}{{[[:space:]]+}}printf("big %d\n", sum);
// CALLED-NEXT: {{[0-9]+}}{{[[:space:]]+}}} // @end
// OPEN-NEXT:   scaled (n=4) at {{.*}}next-through-deferred-block.c:{{[0-9]+}}
// OPEN-NEXT:   {{[0-9]+}}{{[[:space:]]+}}} // @exit
