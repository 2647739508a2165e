// A long loop's runs past its batch go into batch chunks (cdefer_abi.h,
// struct __cdefer_batch_chunk): runtime-owned records of several hundred
// snapshots each, appended to only while they are the frame's newest record.
// Thousands of runs, crossing the batch and several chunks, interleaved with
// a second site and with straight-line defers, still run once each, in
// reverse order of registration (SPEC 2.3), with the values they were
// deferred with (SPEC 2.4). The same output under every tier.
// RUN: %cdefer_cc -Werror %{cdefer_arg}Wno-loop -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror %{cdefer_arg}Wno-loop -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

enum { MAX = 20000 };

// Each `__defer` is preceded by a note of (tag, i); each run notes it as
// it runs. LIFO means the runs are the registrations backwards.
static struct { char tag; int i; } registered[MAX], ran[MAX];
static int n_registered, n_ran;

static void run(char tag, int i) {
  ran[n_ran].tag = tag;
  ran[n_ran++].i = i;
}

static void note(char tag, int i) {
  registered[n_registered].tag = tag;
  registered[n_registered++].i = i;
}

static void check(const char *what) {
  int bad = n_ran != n_registered;
  for (int k = 0; !bad && k < n_ran; k++) {
    int r = n_registered - 1 - k;
    if (ran[k].tag != registered[r].tag || ran[k].i != registered[r].i) {
      printf("%s: run %d is %c%d, expected %c%d\n", what, k, ran[k].tag, ran[k].i,
             registered[r].tag, registered[r].i);
      bad = 1;
    }
  }
  printf("%s: %d registered, %d ran%s\n", what, n_registered, n_ran,
         bad ? "" : ", newest first");
  n_registered = n_ran = 0;
}

// One site, 5000 runs: the batch, then chunks, one after the other.
static void one_site(void) {
  for (int i = 0; i < 5000; i++)
    { note('a', i); __defer run('a', i); }
}

// Straight-line defers around the loop; inside it, a second site every
// 700th run, and a third site in long stretches of its own: each of them
// breaks the first site's streak, and the first site's next runs start a
// new chunk above it.
static void mixed(void) {
  { note('S', 0); __defer run('S', 0); }
  for (int i = 0; i < 3000; i++) {
    { note('a', i); __defer run('a', i); }
    if (i % 700 == 699)
      { note('b', i); __defer run('b', i); }
    if (i >= 1000 && i < 1040)
      for (int j = 0; j < 25; j++)
        { note('c', i * 100 + j); __defer run('c', i * 100 + j); }
  }
  { note('S', 1); __defer run('S', 1); }
}

// Two sites whose runs alternate for thousands of iterations.
static void alternating(void) {
  for (int i = 0; i < 2000; i++) {
    { note('x', i); __defer run('x', i); }
    { note('y', i); __defer run('y', i); }
  }
}

int main(void) {
  one_site();
  check("one_site");
  // CHECK: one_site: 5000 registered, 5000 ran, newest first
  mixed();
  check("mixed");
  // CHECK-NEXT: mixed: 4006 registered, 4006 ran, newest first
  alternating();
  check("alternating");
  // CHECK-NEXT: alternating: 4000 registered, 4000 ran, newest first
  // Called again: the chunks come back from the thread's spares.
  for (int k = 0; k < 3; k++) {
    mixed();
    check("again");
  }
  // CHECK-NEXT: again: 4006 registered, 4006 ran, newest first
  // CHECK-NEXT: again: 4006 registered, 4006 ran, newest first
  // CHECK-NEXT: again: 4006 registered, 4006 ran, newest first
  return 0;
}
