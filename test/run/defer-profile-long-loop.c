// Checked mode (CDEFER_STATS, CDEFER_MAX_PENDING) counts every run of a
// loop's `__defer`, however long the loop: it turns the loop's batch off, and
// with it the batch chunks that take the runs past the batch otherwise, so
// that every run is one pooled push. A loop of 5000 runs is 5000 pushes,
// 5000 runs, peak 5000; CDEFER_MAX_PENDING stops it at the limit, naming the
// site. Unchecked, the same program runs the same deferred calls.
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O2 %s -o %t %cdefer_rt
// RUN: %t 2>&1 | FileCheck --check-prefix=NONE %s
// RUN: env CDEFER_STATS=1 %t 2>&1 | FileCheck --check-prefix=TEXT %s
// RUN: env CDEFER_MAX_PENDING=4000 not --crash %t 2>&1 | FileCheck --check-prefix=LIMIT %s
#include <stdio.h>

static long runs, sum;

static void count(int i) {
  runs++;
  sum += i;
}

static void long_loop(int n) {
  for (int i = 0; i < n; i++)
    __defer count(i);
}

int main(void) {
  long_loop(5000);
  printf("runs %ld sum %ld\n", runs, sum);
  return 0;
}

// NONE:      runs 5000 sum 12497500
// NONE-NOT:  cdefer

// 5000 records pending at once: pool chunks of 32, 64, ... 1023 records,
// 8 misses.
// TEXT:      runs 5000 sum 12497500
// TEXT-NEXT: cdefer: defer profile: 1 site with pooled deferred calls (open-coded and frame-allocated ones never reach the runtime)
// TEXT-NEXT: cdefer: site function tier pushed run dropped peak/thread pool hits misses   heap
// TEXT-NEXT: cdefer: {{.*}}defer-profile-long-loop.c:{{[0-9]+}} long_loop pool 5000 5000 0 5000 {{[0-9]+}} {{[0-9]+}} 0{{$}}
// TEXT-NOT:  cdefer

// LIMIT:     cdefer: fatal: deferring one more call with CDEFER_MAX_PENDING=4000 already pending on this thread (a '__defer' in a loop that runs away?), in long_loop ({{.*}}defer-profile-long-loop.c:{{[0-9]+}})
