// Found by test/fuzz/oracle.py (seed 5154, a panic-mode program: every Clang
// configuration printed garbage for a deferred call's view of a VLA).
// BUG (panic runtime / Clang panic lowering, not fixed yet): after a
// recovery, the deferred statements of the recovering function that had not
// run yet see its VLAs (and alloca() memory) already freed. The runtime's
// stop() (runtime/src/panic.c) longjmps to the function's resume point
// (`if (__builtin_setjmp(__cdefer_pf.__jb)) return __cdefer_rv;`, placed at
// entry by plugin/clang/LoweringPanic.cpp) and the remaining deferred code
// runs on that normal exit; but __builtin_longjmp restores the stack
// pointer of the setjmp, taken before the VLA was allocated, so the VLA's
// storage is below the stack pointer and the next call overwrites it.
// Running the recovering frame's remaining deferred statements in stop(),
// before the longjmp (while the stack is intact, as for the deferred
// statement that recovered), would fix it. SPEC 2.5 / semantics.md: a VLA
// of the outermost block is alive when deferred code runs
// (test/run/vla-outermost-block.c checks it for normal returns).
// Seed 5349 shows the same root cause under -fsanitize=address: a function
// with a VLA that recovers dies with a SEGV (a write to address 0) at its
// closing brace, in ASan's dynamic-alloca bookkeeping, after the resume.
// XFAIL: *
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
