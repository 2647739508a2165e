// The GCC counterpart of test/ir/frame-only-o2-same-as-hand-written.c. In a
// function whose `__defer`s are all frame-allocated, only the frame's head
// is set at entry, and the finally takes each record by name when it is the
// frame's newest and calls its statement directly, then runs any record
// left through its function pointer, with no call into the runtime
// (plugin/gcc/Lowering.cc, frameOnlyRuns). At -O2 GCC inlines the
// statement and the records fold away: a and b, whose addresses the
// snapshot held, are in registers again, as in the hand-written version.
// REQUIRES: gcc-plugin
// RUN: %gcc_cc -fplugin-arg-cdefer_gcc-tier=frame -O0 -c %s -o /dev/null -fdump-tree-gimple=%t.gimple
// RUN: FileCheck %s --check-prefix=GIMPLE < %t.gimple
// RUN: %gcc_cc -fplugin-arg-cdefer_gcc-tier=frame -O2 -c %s -o /dev/null -fdump-tree-optimized=%t.optimized
// RUN: FileCheck %s --check-prefix=OPT --implicit-check-not=__cdefer < %t.optimized
// RUN: %gcc -DHAND_WRITTEN -O2 -c %s -o /dev/null -fdump-tree-optimized=%t.hand.optimized
// RUN: FileCheck %s --check-prefix=OPT < %t.hand.optimized

void sink2(long, long);

long step(long a, long b) {
#ifdef HAND_WRITTEN
  a++;
  b++;
  long r = a ^ b;
  sink2(a, b);
  return r;
#else
  __defer {
    sink2(a, b);
  }
  a++;
  b++;
  return a ^ b;
#endif
}
// GIMPLE-LABEL: long int step (long int a, long int b)
// GIMPLE:         __cdefer_frame.__head = 0B;
// GIMPLE:         __cdefer_frame.__head = &__cdefer_rec_0;
// GIMPLE:       finally
// GIMPLE:         [[HEAD:_[0-9]+]] = __cdefer_frame.__head;
// GIMPLE-NEXT:    if (&__cdefer_rec_0 == [[HEAD]]) goto
// GIMPLE:         [[CTX:_[0-9]+]] = __cdefer_rec_0.__ctx;
// GIMPLE-NEXT:    __cdefer_step_0 ([[CTX]]);
// GIMPLE:         [[FN:_[0-9]+]] = __cdefer_r->__fn;
// GIMPLE-NOT:     __cdefer_return
// GIMPLE:         [[FN]] (
// GIMPLE-NOT:     __cdefer_return

// OPT-LABEL: long int step (long int a, long int b)
// OPT:         [[A:[a-z_0-9]+]] = a_{{[0-9]+}}(D) + 1;
// OPT-NEXT:    [[B:[a-z_0-9]+]] = b_{{[0-9]+}}(D) + 1;
// OPT-NEXT:    [[R:[a-z_0-9]+]] = [[A]] ^ [[B]];
// OPT-NEXT:    sink2 ([[A]], [[B]]);
// OPT-NEXT:    return [[R]];
