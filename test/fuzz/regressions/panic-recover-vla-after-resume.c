// Found by test/fuzz/oracle.py (seed 5154, a panic-mode program: every Clang
// configuration printed garbage for a deferred call's view of a VLA).
// The bug (fixed): after a recovery, the deferred statements of the
// recovering function that had not run yet saw its VLAs (and alloca()
// memory) already freed. The runtime's stop() (runtime/src/panic.c)
// longjmp'd to the function's resume point (a __builtin_setjmp at entry,
// plugin/clang/LoweringPanic.cpp) and the remaining deferred code ran on that
// normal exit, with the stack pointer of the entry: the VLA's storage lay
// below it and the next call overwrote it. stop() now runs the recovering
// frame's remaining deferred statements before the longjmp
// (finish_recovered_frame), while the frame is intact. SPEC 2.5 /
// semantics.md: a VLA of the outermost block is alive when deferred code runs
// (test/run/vla-outermost-block.c checks it for normal returns).
// Seed 5349 showed the same root cause under -fsanitize=address.
// REQUIRES: clang-plugin
// RUN: %clang -fplugin=%cdefer_plugin -I%cdefer_include -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck %s
// RUN: %clang -fplugin=%cdefer_plugin -I%cdefer_include -O0 -fplugin-arg-cdefer-tier=frame %s -o %t1 %cdefer_rt && %t1 | FileCheck %s
// RUN: %clang -fplugin=%cdefer_plugin -I%cdefer_include -O2 -fplugin-arg-cdefer-tier=pool %s -o %t2 %cdefer_rt && %t2 | FileCheck %s
#include <cdefer.h>
#include <stdio.h>
#include <string.h>

static void __attribute__((noinline)) show(unsigned n, const unsigned *a) {
  char scratch[256]; // reuse the stack below the caller's frame
  memset(scratch, 0x5a, sizeof scratch);
  __asm__ volatile("" : : "r"(scratch) : "memory");
  printf("vla[0] = %u of %u\n", a[0], n);
}

static void __attribute__((noinline)) fail(void) { cdefer_panic("boom"); }

static void f(unsigned n) {
  unsigned vla[n];
  vla[0] = 7;
  __defer show(n, vla);
  __defer {
    const char *w = cdefer_recover();
    if (w)
      printf("recovered %s\n", w);
  }
  fail();
}

int main(int argc, char **argv) {
  (void)argv;
  f(argc + 3);
  puts("after");
  // CHECK:      recovered boom
  // CHECK-NEXT: vla[0] = 7 of 4
  // CHECK-NEXT: after
  return 0;
}
