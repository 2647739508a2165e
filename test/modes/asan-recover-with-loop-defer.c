// BUG (panic lowering / loop batches, under AddressSanitizer): a function
// with a `__defer` in a loop whose deferred code recovers a panic crashes
// when it then returns, built with -fsanitize=address at -O1 or above:
//   AddressSanitizer: SEGV on unknown address 0x000000000000 ... WRITE
// in the function itself, at its closing brace: ASan's epilogue, after the
// __builtin_longjmp to the resume point, reads a frame slot that holds 0.
// -O0 works, as do the same function without the loop and the same program
// without ASan. Found by the asan mode pass of scripts/run-lit.sh
// (panic/loop-batch-runs-each-once.c, expected to fail under asan for this
// reason). Remove both XFAILs when this passes.
//
// Under the GCC plugin (which does not batch a loop's runs) it passes.
// XFAIL: !cdefer-gcc
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O1 -fsanitize=address %s -o %t %cdefer_rt
// RUN: %t | FileCheck --match-full-lines %s
#include <cdefer.h>
#include <stdio.h>

static void note(int i) { printf("run %d\n", i); }

static int loop_then_panic(void) {
  __defer { printf("recovered: %s\n", (const char *)cdefer_recover()); }
  for (int i = 0; i < 2; i++)
    __defer note(i);
  cdefer_panic("boom");
  return 1;
}

int main(void) {
  printf("returned %d\n", loop_then_panic());
  return 0;
}
// CHECK:      run 1
// CHECK-NEXT: run 0
// CHECK-NEXT: recovered: boom
// CHECK-NEXT: returned 0
