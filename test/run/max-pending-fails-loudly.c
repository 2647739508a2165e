// CDEFER_MAX_PENDING=N: a thread that has N pooled deferred calls pending
// and defers one more ends the process at that push, naming the site,
// instead of letting a runaway loop of `__defer` eat memory. The N runs
// before it were registered (the loop's batch is off in this mode) and,
// like everything else on abort, do not run.
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O2 %s -o %t %cdefer_rt
// RUN: %t 5 | FileCheck --check-prefix=OK %s
// RUN: env CDEFER_MAX_PENDING=5 %t 5 | FileCheck --check-prefix=OK %s
// RUN: env CDEFER_MAX_PENDING=5 not --crash %t 6 2>&1 | FileCheck --check-prefix=FAIL %s
// RUN: env CDEFER_MAX_PENDING=abc not --crash %t 1 2>&1 | FileCheck --check-prefix=BAD %s
#include <stdio.h>
#include <stdlib.h>

static void ran(int i) { printf("ran %d\n", i); }

static void runaway(int n) {
  for (int i = 0; i < n; i++) {
    printf("deferring %d\n", i);
    fflush(stdout);
    __defer ran(i); // FAIL-DAG: cdefer: fatal: deferring one more call with CDEFER_MAX_PENDING=5 already pending on this thread (a '__defer' in a loop that runs away?), in runaway ({{.*}}max-pending-fails-loudly.c:[[@LINE]])
  }
}

int main(int argc, char **argv) {
  runaway(argc > 1 ? atoi(argv[1]) : 0);
  puts("returned");
  return 0;
}

// OK:      deferring 4
// OK-NEXT: ran 4
// OK:      ran 0
// OK-NEXT: returned

// FAIL-DAG: deferring 5
// FAIL-NOT: ran
// FAIL-NOT: returned

// BAD: cdefer: fatal: CDEFER_MAX_PENDING=abc is not a positive number
