// The bug (fixed): a function with a `__defer` in a loop whose deferred
// code recovers a panic crashed when it then returned, built with
// -fsanitize=address at -O1 or above:
//   AddressSanitizer: SEGV on unknown address 0x000000000000 ... WRITE
// at its closing brace. Clang's __builtin_setjmp (the resume point) does not
// mark the function as calling a returns_twice function, so ASan kept the
// frame's locals on its fake stack (or in a dynamic alloca) and LLVM reused
// the spill slot holding that frame's base for a value stored after the
// setjmp; after the longjmp the epilogue read the other value. The resume
// path now calls __cdefer_resumed(), declared returns_twice
// (cdefer_abi.h), which turns both off.
//
// Passes under both plugins.
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
