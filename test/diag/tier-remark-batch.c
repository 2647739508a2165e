// The `Rtier` remark of a loop's `__defer` also says how many of its runs per
// call go into a batch in the frame (cdefer_abi.h) before they take pooled
// records: about 256 bytes of snapshots, 2 to 32 of them, none for a
// snapshot over 64 bytes, none once the function's batches hold 1 KiB. A
// function that calls setjmp, and tier=pool, pool every run.
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop %{cdefer_arg}Rtier -fsyntax-only %s 2>&1 | FileCheck --check-prefixes=CHECK,AUTO %s
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop %{cdefer_arg}Rtier %{cdefer_arg}tier=pool -fsyntax-only %s 2>&1 | FileCheck --check-prefixes=CHECK,POOL %s
// UNSUPPORTED: cdefer-gcc
// (The GCC plugin does not batch yet: every run of a loop's `__defer` takes a
// pooled record there.)
#include <setjmp.h>

void f(int);
void f3(long, long, long);
void f9(long, long, long, long, long, long, long, long, long);

void sizes(int n) {
  for (int i = 0; i < n; i++) {
    // AUTO: tier-remark-batch.c:[[@LINE+2]]:5: remark: '__defer' uses a pooled record: it is in a loop; its first 32 runs per call are batched in the frame{{$}}
    // POOL: tier-remark-batch.c:[[@LINE+1]]:5: remark: '__defer' uses a pooled record: it is in a loop{{$}}
    __defer f(i);
    // AUTO: tier-remark-batch.c:[[@LINE+2]]:5: remark: '__defer' uses a pooled record: it is in a loop; its first 10 runs per call are batched in the frame{{$}}
    // POOL: tier-remark-batch.c:[[@LINE+1]]:5: remark: '__defer' uses a pooled record: it is in a loop{{$}}
    __defer f3(i, i, i);
    // A 72-byte snapshot:
    // CHECK: tier-remark-batch.c:[[@LINE+1]]:5: remark: '__defer' uses a pooled record: it is in a loop{{$}}
    __defer f9(i, i, i, i, i, i, i, i, i);
  }
}

// Four sites of 56-byte snapshots (the constants are not snapshotted), 4 of
// them per batch, 288 bytes with its header: the fourth would pass 1 KiB.
void budget(long n) {
  for (long i = 0; i < n; i++) {
    // AUTO: tier-remark-batch.c:[[@LINE+2]]:5: remark: {{.*}}; its first 4 runs per call are batched in the frame{{$}}
    // POOL: tier-remark-batch.c:[[@LINE+1]]:5: remark: '__defer' uses a pooled record: it is in a loop{{$}}
    __defer f9(0, i, i, i, i, i, i, i, 0);
    // AUTO: tier-remark-batch.c:[[@LINE+2]]:5: remark: {{.*}}; its first 4 runs per call are batched in the frame{{$}}
    // POOL: tier-remark-batch.c:[[@LINE+1]]:5: remark: '__defer' uses a pooled record: it is in a loop{{$}}
    __defer f9(1, i, i, i, i, i, i, i, 0);
    // AUTO: tier-remark-batch.c:[[@LINE+2]]:5: remark: {{.*}}; its first 4 runs per call are batched in the frame{{$}}
    // POOL: tier-remark-batch.c:[[@LINE+1]]:5: remark: '__defer' uses a pooled record: it is in a loop{{$}}
    __defer f9(2, i, i, i, i, i, i, i, 0);
    // CHECK: tier-remark-batch.c:[[@LINE+1]]:5: remark: '__defer' uses a pooled record: it is in a loop{{$}}
    __defer f9(3, i, i, i, i, i, i, i, 0);
  }
}

static jmp_buf env;

void with_setjmp(int n) {
  if (setjmp(env))
    return;
  for (int i = 0; i < n; i++)
    // CHECK: tier-remark-batch.c:[[@LINE+1]]:5: remark: '__defer' uses a pooled record: it is in a loop{{$}}
    __defer f(i);
}
