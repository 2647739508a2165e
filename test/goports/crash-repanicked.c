// Port of Go's src/runtime/crash_test.go TestRepanickedPanic,
// TestRepanickedMiddlePanic and TestRepanickedPanicSandwich (programs
// RepanickedPanic etc. in src/runtime/testdata/testprog/crash.go): deferred
// code that recovers a panic and panics again with the value it recovered.
// Go (since 1.25) prints such a re-raised panic once, marked
// "[recovered, repanicked]", instead of printing the value twice; a value
// re-raised after another panic came in between (the sandwich) is printed
// again. The printer hook prints the string value as Go does.
// runtime/src/panic.c's unrecovered() prints the chain this way (before,
// it printed Go 1.24's format: the re-raised value twice).
// RUN: %cdefer_cc -O0 %s -o %t0 %cdefer_rt
// RUN: %cdefer_cc -O2 %s -o %t2 %cdefer_rt
// RUN: not --crash %t0 RepanickedPanic 2>&1 | FileCheck --match-full-lines --check-prefix=RP %s
// RUN: not --crash %t2 RepanickedPanic 2>&1 | FileCheck --match-full-lines --check-prefix=RP %s
// RUN: not --crash %t0 RepanickedMiddlePanic 2>&1 | FileCheck --match-full-lines --check-prefix=MID %s
// RUN: not --crash %t2 RepanickedMiddlePanic 2>&1 | FileCheck --match-full-lines --check-prefix=MID %s
// RUN: not --crash %t0 RepanickedPanicSandwich 2>&1 | FileCheck --match-full-lines --check-prefix=SW %s
// RUN: not --crash %t2 RepanickedPanicSandwich 2>&1 | FileCheck --match-full-lines --check-prefix=SW %s
#include <cdefer.h>
#include <stdio.h>
#include <string.h>

static void print_string(FILE *out, void *value) { fputs((const char *)value, out); }

// RP:      panic: message [recovered, repanicked]
// RP-NEXT: cdefer: panic began at {{.*}} in RepanickedPanic()
// RP-NEXT: cdefer: the panic was not recovered; aborting
static void RepanickedPanic(void) {
  __defer { cdefer_panic(cdefer_recover()); }
  cdefer_panic("message");
}

static void mid_inner(void) {
  __defer {
    cdefer_recover();
    cdefer_panic("middle");
  }
  cdefer_panic("inner");
}

static void mid_outer(void) {
  __defer { cdefer_panic(cdefer_recover()); }
  mid_inner();
}

// MID:      panic: inner [recovered]
// MID-NEXT: 	panic: middle [recovered, repanicked]
// MID-NEXT: 	panic: outer
// MID-NEXT: cdefer: panic began at {{.*}} in RepanickedMiddlePanic()
static void RepanickedMiddlePanic(void) {
  __defer {
    cdefer_recover();
    cdefer_panic("outer");
  }
  mid_outer();
}

static void *outer;

static void sandwich_inner(void) {
  __defer {
    outer = cdefer_recover();
    cdefer_panic("inner");
  }
  cdefer_panic("outer");
}

// Panic sandwich: panic("outer") => recovered, panic("inner") =>
// panic(recovered outer panic value). Exercises the edge case where we
// reraise a panic value, but with another panic in the middle.
// SW:      panic: outer [recovered]
// SW-NEXT: 	panic: inner [recovered]
// SW-NEXT: 	panic: outer
// SW-NEXT: cdefer: panic began at {{.*}} in RepanickedPanicSandwich()
static void RepanickedPanicSandwich(void) {
  __defer {
    cdefer_recover();
    cdefer_panic(outer);
  }
  sandwich_inner();
}

int main(int argc, char **argv) {
  cdefer_set_panic_printer(print_string);
  if (argc > 1 && strcmp(argv[1], "RepanickedPanic") == 0)
    RepanickedPanic();
  if (argc > 1 && strcmp(argv[1], "RepanickedMiddlePanic") == 0)
    RepanickedMiddlePanic();
  if (argc > 1 && strcmp(argv[1], "RepanickedPanicSandwich") == 0)
    RepanickedPanicSandwich();
  puts("no panic");
  return 0;
}
