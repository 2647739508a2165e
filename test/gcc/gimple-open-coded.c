// The GCC plugin's open-coded tier is a try/finally in the function itself:
// GIMPLE shows the bits, the snapshot and the deferred call inline in the
// finally, and no call into the runtime or an outlined function. A function
// with a loop `__defer` calls the runtime (the GCC counterpart of
// test/ir/open-coded-at-exit.c and push-at-each-defer.c).
// REQUIRES: gcc-plugin
// RUN: %gcc_cc -fplugin-arg-cdefer_gcc-Wno-loop -O0 -c %s -o /dev/null -fdump-tree-gimple=%t.gimple
// RUN: FileCheck %s --check-prefix=GIMPLE < %t.gimple
// RUN: %gcc_cc -fplugin-arg-cdefer_gcc-Wno-loop -O2 -c %s -o /dev/null -fdump-tree-optimized=%t.optimized
// RUN: FileCheck %s --check-prefix=OPT < %t.optimized
void f(int);

int open_coded(int x) {
  __defer f(x);
  __defer { f(x + 1); }
  x = 2;
  return x;
}
// GIMPLE-LABEL: int open_coded (int x)
// GIMPLE-NOT:   __cdefer_{{[a-z_]*}} (
// GIMPLE:       __cdefer_bits = 0;
// GIMPLE:       try
// GIMPLE:       __cdefer_s0_a0 = x;
// GIMPLE:       __cdefer_bits = __cdefer_bits | 1;
// GIMPLE:       finally
// GIMPLE:       f (_{{[0-9]+}});
// GIMPLE:       f (__cdefer_s0_a0);
// GIMPLE-NOT:   __cdefer_{{[a-z_]*}} (
// GIMPLE-LABEL: void in_loop (int n)

void in_loop(int n) {
  for (int i = 0; i < n; i++)
    __defer f(i);
}
// GIMPLE:       __cdefer_push_slow (&__cdefer_frame, __cdefer_in_loop_0,
// GIMPLE:       finally
// GIMPLE:       __cdefer_return (&__cdefer_frame);

// At -O2 the bits are gone: the deferred calls follow the body.
// OPT-LABEL: int open_coded (int x)
// OPT-NOT:   __cdefer
// OPT:       f (3);
// OPT-NEXT:  f (x_{{[0-9]+}}(D));
// OPT-NOT:   __cdefer
// OPT:       return 2;
