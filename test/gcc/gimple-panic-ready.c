// A unit that includes <cdefer.h> makes its functions with a `__defer`
// panic-ready (docs/design.md §12): each registers a struct __cdefer_pframe
// at entry, resumes at a __builtin_setjmp after a recovery, keeps a volatile
// copy of its return value, and pops the registration in a finally around
// the deferred code's. An open-coded function's statements are outlined for
// its step function; a runtime-tier one hands the runtime its frame. With
// panic=off nothing of that is left: the open-coded function makes no
// runtime or outlined call, and at -O2 its deferred calls are inline.
// REQUIRES: gcc-plugin
// RUN: %gcc_cc -fplugin-arg-cdefer_gcc-Wno-loop -O0 -c %s -o /dev/null -fdump-tree-gimple=%t.gimple
// RUN: FileCheck %s --check-prefix=GIMPLE < %t.gimple
// Without -fexceptions a registered function has no landing pad, and
// registers with _skip (runtime/src/panic.c runs it without the unwinder);
// with it, its landing pad may hold cleanups of its own: the plain push.
// RUN: %gcc_cc -fplugin-arg-cdefer_gcc-Wno-loop -fexceptions -O0 -c %s -o /dev/null -fdump-tree-gimple=%t.eh.gimple
// RUN: FileCheck %s --check-prefix=EH < %t.eh.gimple
// EH-LABEL: int open_coded (int x)
// EH:         __cdefer_pframe_push (&__cdefer_pf, _1);
// RUN: %gcc_cc -fplugin-arg-cdefer_gcc-Wno-loop -fplugin-arg-cdefer_gcc-panic=off -O0 -c %s -o /dev/null -fdump-tree-gimple=%t.off.gimple
// RUN: FileCheck %s --check-prefix=OFF < %t.off.gimple
// RUN: %gcc_cc -fplugin-arg-cdefer_gcc-Wno-loop -fplugin-arg-cdefer_gcc-panic=off -O2 -c %s -o /dev/null -fdump-tree-optimized=%t.off.optimized
// RUN: FileCheck %s --check-prefix=OFF-OPT < %t.off.optimized
#include <cdefer.h>
void f(int);

int open_coded(int x) {
  __defer f(x);
  __defer { f(x + 1); }
  x = 2;
  return x;
}
// The step function hands out the newest pending statement, its bit
// cleared; the site string's form byte follows its NUL.
// GIMPLE-LABEL: int __cdefer_step_open_coded_{{[0-9]+}} (void * __cdefer_p, struct  * __cdefer_out)
// GIMPLE:       _2 = _1 & 2;
// GIMPLE:       __cdefer_o->__bits = _4;
// GIMPLE:       __cdefer_out->__fn = __cdefer_open_coded_{{[0-9]+}};
// GIMPLE:       __cdefer_out->__ctx = _5;
// GIMPLE:       __cdefer_out->__site = &"{{.*}}gimple-panic-ready.c:[[#@LINE-11]]:open_coded\x00B"[0];
// GIMPLE:       __cdefer_out->__site = &"{{.*}}gimple-panic-ready.c:[[#@LINE-13]]:open_coded\x00C"[0];
// GIMPLE:       D.{{[0-9]+}} = 0;

// GIMPLE:       __attribute__((optimize ("no-reorder-blocks-and-partition", "no-optimize-sibling-calls"), noipa, noinline))
// GIMPLE-NEXT:  int open_coded (int x)
// GIMPLE:       volatile int __cdefer_rv;
// GIMPLE:       __cdefer_frame.__bits = 0;
// GIMPLE-NEXT:  __cdefer_rv = 0;
// GIMPLE-NEXT:  __cdefer_pf.__fn = open_coded;
// GIMPLE-NEXT:  __cdefer_pf.__frame = &__cdefer_frame;
// GIMPLE-NEXT:  __cdefer_pf.__step = __cdefer_step_open_coded_{{[0-9]+}};
// GIMPLE-NEXT:  _1 = __builtin_frame_address (0);
// GIMPLE-NEXT:  __cdefer_pframe_push_skip (&__cdefer_pf, _1);
// GIMPLE:       _2 = __builtin_setjmp (&__cdefer_pf.__jb);
// GIMPLE:       D.[[RV:[0-9]+]] = __cdefer_rv;
// GIMPLE-NEXT:  // predicted unlikely
// GIMPLE-NEXT:  return D.[[RV]];
// The call form's context begins with its callee.
// GIMPLE:       __cdefer_frame.__c0.callee = f;
// GIMPLE:       __cdefer_frame.__c1.p_x = &x;
// GIMPLE:       __cdefer_rv = [[X:x\.[0-9]+_[0-9]+]];
// GIMPLE-NEXT:  D.{{[0-9]+}} = [[X]];
// GIMPLE:       finally
// GIMPLE:       __cdefer_frame.__bits = _13;
// GIMPLE-NEXT:  __cdefer_open_coded_{{[0-9]+}} (&__cdefer_frame.__c1);
// GIMPLE:       __cdefer_open_coded_{{[0-9]+}} (&__cdefer_frame.__c0);
// GIMPLE:       finally
// GIMPLE-NEXT:  {
// GIMPLE-NEXT:  __cdefer_pframe_pop (&__cdefer_pf);

void in_loop(int n) {
  for (int i = 0; i < n; i++)
    __defer f(i);
}
// GIMPLE-LABEL: void in_loop (int n)
// GIMPLE:       __cdefer_pf.__frame = &__cdefer_frame;
// GIMPLE-NEXT:  __cdefer_pf.__step = 0B;
// GIMPLE:       __cdefer_pframe_push_skip (&__cdefer_pf, _1);
// GIMPLE:       __builtin_setjmp (&__cdefer_pf.__jb);
// GIMPLE:       __cdefer_push_slow (&__cdefer_frame, __cdefer_in_loop_{{[0-9]+}}, &__cdefer_snap_0, 16, &"{{.*}}gimple-panic-ready.c:[[#@LINE-7]]:in_loop\x00C"[0]);
// GIMPLE:       __cdefer_pframe_pop (&__cdefer_pf);

// A function that calls cdefer_recover keeps its own frame.
void calls_recover(void) { f(cdefer_recover() != 0); }
// GIMPLE:       __attribute__((optimize ("no-reorder-blocks-and-partition", "no-optimize-sibling-calls"), noipa, noinline))
// GIMPLE-NEXT:  void calls_recover ()

// OFF-LABEL:    int open_coded (int x)
// OFF-NOT:      __cdefer_{{[a-z_]*}} (
// OFF-NOT:      __builtin_setjmp
// OFF:          __cdefer_bits = 0;
// OFF:          finally
// OFF:          f (__cdefer_s0_a0);
// OFF-NOT:      __cdefer_{{[a-z_]*}} (
// OFF-LABEL:    void in_loop (int n)

// OFF-OPT-LABEL: int open_coded (int x)
// OFF-OPT-NEXT:  {
// OFF-OPT-NEXT:  <bb 2>
// OFF-OPT-NEXT:  f (3);
// OFF-OPT-NEXT:  f (x_{{[0-9]+}}(D));
// OFF-OPT-NEXT:  return 2;
