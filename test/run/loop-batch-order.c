// A `__defer` in a loop keeps its first runs of a call in a batch in the
// function's frame (cdefer_abi.h, struct __cdefer_batch) and takes pooled
// records only for runs past the batch's size or interleaved with other
// defers. Whichever storage each run lands in, every run happens once, in
// reverse order of registration (SPEC 2.3), with the arguments it was
// deferred with (SPEC 2.4). The same output under every tier.
// RUN: %cdefer_cc -Werror %{cdefer_arg}Wno-loop -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror %{cdefer_arg}Wno-loop -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static char out[4096];
static int used;

static void note(const char *tag, int i) {
  used += snprintf(out + used, sizeof out - (size_t)used, "%s%d ", tag, i);
}

static void flush(const char *what) {
  printf("%s: %s\n", what, out);
  used = 0;
  out[0] = 0;
}

// More runs than any batch holds (at most 32): the newest ones are pooled,
// above the batch, and run first.
static void long_loop(void) {
  for (int i = 0; i < 40; i++)
    __defer note("", i);
}

// Two sites in one loop body: after the first iteration neither batch is the
// frame's newest record when its site runs again.
static void two_sites(void) {
  for (int i = 0; i < 3; i++) {
    __defer note("a", i);
    __defer note("b", i);
  }
}

// A straight-line defer on each side of the loop, and the loop's site run
// again after another defer (nested loops).
static void around(void) {
  __defer note("first", 0);
  for (int o = 0; o < 2; o++) {
    for (int i = 0; i < 3; i++)
      __defer note("in", o * 10 + i);
    __defer note("mid", o);
  }
  __defer note("last", 0);
}

// A backward goto makes a loop too.
static void backward_goto(void) {
  int i = 0;
again:
  __defer note("g", i);
  if (++i < 4)
    goto again;
}

// The block form names the variable: every run reads its value at return.
static void block_form(void) {
  int shared = 0;
  for (int i = 0; i < 3; i++) {
    __defer { note("s", shared); }
    shared += 10;
  }
}

int main(void) {
  long_loop();
  flush("long_loop");
  // CHECK: long_loop: 39 38 37 36 35 34 33 32 31 30 29 28 27 26 25 24 23 22 21 20 19 18 17 16 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0 {{$}}
  two_sites();
  flush("two_sites");
  // CHECK-NEXT: two_sites: b2 a2 b1 a1 b0 a0 {{$}}
  around();
  flush("around");
  // CHECK-NEXT: around: last0 mid1 in12 in11 in10 mid0 in2 in1 in0 first0 {{$}}
  backward_goto();
  flush("backward_goto");
  // CHECK-NEXT: backward_goto: g3 g2 g1 g0 {{$}}
  block_form();
  flush("block_form");
  // CHECK-NEXT: block_form: s30 s30 s30 {{$}}
  return 0;
}
