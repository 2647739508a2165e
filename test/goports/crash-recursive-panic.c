// Port of Go's src/runtime/crash_test.go TestRecursivePanic,
// TestRecursivePanic2 ... 5 and TestPanicTraceback (programs in
// src/runtime/testdata/testprog/crash.go): what an unrecovered panic prints
// after other panics were raised, recovered or replaced on the way. Go's
// printpanics lists the panics still on the goroutine's panic stack, oldest
// first, each later one indented with a tab, a recovered one marked
// "[recovered]"; panics that were recovered and whose deferred call
// returned are gone and not printed. The printer hook prints the string
// value as Go does; stdout is unbuffered, as Go's is, so that it is not lost
// to abort().
// RUN: %cdefer_cc -O0 %s -o %t0 %cdefer_rt
// RUN: %cdefer_cc -O2 %s -o %t2 %cdefer_rt
// RUN: not --crash %t0 RecursivePanic 2>&1 | FileCheck --match-full-lines --check-prefix=RP1 %s
// RUN: not --crash %t2 RecursivePanic 2>&1 | FileCheck --match-full-lines --check-prefix=RP1 %s
// RUN: not --crash %t0 RecursivePanic2 2>&1 | FileCheck --match-full-lines --check-prefix=RP2 %s
// RUN: not --crash %t2 RecursivePanic2 2>&1 | FileCheck --match-full-lines --check-prefix=RP2 %s
// RUN: not --crash %t0 RecursivePanic3 2>&1 | FileCheck --match-full-lines --check-prefix=RP3 %s
// RUN: not --crash %t2 RecursivePanic3 2>&1 | FileCheck --match-full-lines --check-prefix=RP3 %s
// RUN: not --crash %t0 RecursivePanic4 2>&1 | FileCheck --match-full-lines --check-prefix=RP4 %s
// RUN: not --crash %t2 RecursivePanic4 2>&1 | FileCheck --match-full-lines --check-prefix=RP4 %s
// RUN: not --crash %t0 RecursivePanic5 2>&1 | FileCheck --match-full-lines --check-prefix=RP5 %s
// RUN: not --crash %t2 RecursivePanic5 2>&1 | FileCheck --match-full-lines --check-prefix=RP5 %s
// RUN: not --crash %t0 PanicTraceback 2>&1 | FileCheck --match-full-lines --check-prefix=PT %s
// RUN: not --crash %t2 PanicTraceback 2>&1 | FileCheck --match-full-lines --check-prefix=PT %s
#include <cdefer.h>
#include <stdio.h>
#include <string.h>

static void print_string(FILE *out, void *value) { fputs((const char *)value, out); }
static void println(void *v) { puts(v ? (const char *)v : "<nil>"); }

static char wrapped[64];

static void rp1_inner(void) {
  __defer {
    void *err = cdefer_recover();
    if (err != NULL) {
      snprintf(wrapped, sizeof wrapped, "wrap: %s", (const char *)err);
      cdefer_panic(wrapped);
    }
  }
  cdefer_panic("bad");
}

static void rp1_outer(void) {
  __defer { println(cdefer_recover()); }
  volatile char x[8192];
  x[0] = 0;
  (void)x[0];
  rp1_inner();
}

// RP1:      wrap: bad
// RP1-NEXT: panic: again
// RP1-NEXT: cdefer: panic began at {{.*}} in RecursivePanic()
// RP1-NEXT: cdefer: the panic was not recovered; aborting
static void RecursivePanic(void) {
  rp1_outer();
  cdefer_panic("again");
}

static void rp2_inner(void) {
  __defer { cdefer_panic("second panic"); }
  __defer { println(cdefer_recover()); }
  cdefer_panic("first panic");
}

static void rp2_outer(void) {
  __defer { println(cdefer_recover()); }
  rp2_inner();
}

// Same as RecursivePanic, but do the first recover and the second panic in
// separate defers, and make sure they are executed in the correct order.
// RP2:      first panic
// RP2-NEXT: second panic
// RP2-NEXT: panic: third panic
// RP2-NEXT: cdefer: panic began at {{.*}} in RecursivePanic2()
static void RecursivePanic2(void) {
  rp2_outer();
  cdefer_panic("third panic");
}

static void rp3_func1(void) {
  __defer { cdefer_recover(); }
  cdefer_panic("second panic");
}

// Make sure that the first panic finished as a panic, even though the
// second panic was recovered
// RP3:      panic: first panic
// RP3-NEXT: cdefer: panic began at {{.*}} in RecursivePanic3()
static void RecursivePanic3(void) {
  __defer rp3_func1();
  cdefer_panic("first panic");
}

// A single defer recovers one panic but starts another panic. If the second
// panic is never recovered, then the recovered first panic will still
// appear on the panic stack (labeled '[recovered]').
// RP4:      panic: first panic [recovered]
// RP4-NEXT: 	panic: second panic
// RP4-NEXT: cdefer: panic began at {{.*}} in RecursivePanic4()
static void RecursivePanic4(void) {
  __defer {
    cdefer_recover();
    cdefer_panic("second panic");
  }
  cdefer_panic("first panic");
}

__attribute__((noinline)) static void three(void) {
  __defer {}
  __defer { println(cdefer_recover()); }
  __defer {
    println(cdefer_recover());
    cdefer_panic("second panic");
  }
  cdefer_panic("first panic");
}

__attribute__((noinline)) static void two(void) {
  __defer {}
  three();
}

__attribute__((noinline)) static void one(void) { two(); }

// A deferred call higher up the stack (in two), and in the current function
// (three) a deferred call recovers while another one is still to run.
// RP5:      first panic
// RP5-NEXT: second panic
// RP5-NEXT: panic: third panic
// RP5-NEXT: cdefer: panic began at {{.*}} in RecursivePanic5()
static void RecursivePanic5(void) {
  one();
  cdefer_panic("third panic");
}

static void pt2(void) {
  __defer { cdefer_panic("panic pt2"); }
  cdefer_panic("hello");
}

static void pt1(void) {
  __defer { cdefer_panic("panic pt1"); }
  pt2();
}

// PT:      panic: hello
// PT-NEXT: 	panic: panic pt2
// PT-NEXT: 	panic: panic pt1
// PT-NEXT: cdefer: panic began at {{.*}} in pt1()
static void PanicTraceback(void) { pt1(); }

int main(int argc, char **argv) {
  setvbuf(stdout, NULL, _IONBF, 0);
  cdefer_set_panic_printer(print_string);
  static const struct {
    const char *name;
    void (*fn)(void);
  } tests[] = {
      {"RecursivePanic", RecursivePanic},   {"RecursivePanic2", RecursivePanic2},
      {"RecursivePanic3", RecursivePanic3}, {"RecursivePanic4", RecursivePanic4},
      {"RecursivePanic5", RecursivePanic5}, {"PanicTraceback", PanicTraceback},
  };
  for (size_t i = 0; i < sizeof tests / sizeof tests[0]; i++)
    if (argc > 1 && strcmp(argv[1], tests[i].name) == 0)
      tests[i].fn();
  puts("no panic");
  return 0;
}
