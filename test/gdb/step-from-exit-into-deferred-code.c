// Stepping from a function's last statement goes on into its deferred code:
// from `return`, `step` reaches the closing brace (where the cleanup runs,
// the value already computed), then the `__defer` line, entering the
// deferred block, then the block's first line. Nothing in between is shown:
// the inline helpers of the injected header are nodebug, so stepping never
// lands in `<cdefer>`.
//
// Open-coded and frame-allocated only. A pooled record is run by the
// runtime's __cdefer_return, which `step` enters instead (with the runtime's
// own debug info, if it was built with any); break inside the block there
// (break-in-deferred-block.c).
//
// The GCC plugin's view differs: its open-coded deferred code is the
// function's own code (and gcc-caller-line-at-exit.c).
// REQUIRES: gdb, cdefer-clang
// RUN: %cdefer_cc -g -O0 %{cdefer_arg}tier=open %s -o %t.open %cdefer_rt
// RUN: %cdefer_cc -g -O0 %{cdefer_arg}tier=frame %s -o %t.frame %cdefer_rt
// RUN: %gdb -ex 'break-at %s return' -ex run -ex step -ex step -ex step %t.open \
// RUN:   | FileCheck --implicit-check-not='<cdefer>' %s
// RUN: %gdb -ex 'break-at %s return' -ex run -ex step -ex step -ex step %t.frame \
// RUN:   | FileCheck --implicit-check-not='<cdefer>' %s
#include <stdio.h>

static int total(int n) {
  int sum = 0;
  __defer { // @defer
    printf("sum=%d\n", sum); // @block
  }
  for (int i = 1; i <= n; i++)
    sum += i;
  return sum; // @return
} // @exit

int main(void) { return total(4) == 10 ? 0 : 1; }

// CHECK-LABEL: Breakpoint 1, total (n=4) at {{.*}}step-from-exit-into-deferred-code.c:{{[0-9]+}}
// CHECK-NEXT:  {{[0-9]+}}{{[[:space:]]+}}return sum; // @return
// CHECK-NEXT:  {{[0-9]+}}{{[[:space:]]+}}} // @exit
// CHECK-NEXT:  __cdefer_total_0 ({{.*}}) at {{.*}}step-from-exit-into-deferred-code.c:{{[0-9]+}}
// CHECK-NEXT:  {{[0-9]+}}{{[[:space:]]+}}__defer { // @defer
// CHECK-NEXT:  {{[0-9]+}}{{[[:space:]]+}}printf("sum=%d\n", sum); // @block
