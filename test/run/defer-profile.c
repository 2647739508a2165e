// CDEFER_STATS=1 prints, when the program exits, one row per `__defer` site
// the runtime saw: pushes, runs, stale records dropped, the most runs of the
// site pending at once on one thread, and where the records came from (pool
// hits, pool misses: a new chunk of records, heap fallbacks: a context too
// big for a pool record). CDEFER_STATS=json prints the same as JSON,
// CDEFER_STATS_FILE=F writes it to F. Unset, nothing is printed.
// Checked mode turns the loop's batch off, so every run is counted.
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O2 %s -o %t %cdefer_rt
// RUN: %t 2>&1 | FileCheck --check-prefix=NONE %s
// RUN: env CDEFER_STATS=1 %t 2>&1 | FileCheck --check-prefix=TEXT %s
// RUN: env CDEFER_STATS=json %t 2>&1 | FileCheck --check-prefix=JSON %s
// RUN: rm -f %t.json && env CDEFER_STATS=json CDEFER_STATS_FILE=%t.json %t | FileCheck --check-prefix=NONE %s
// RUN: FileCheck --check-prefix=JSON %s < %t.json
#include <pthread.h>
#include <stdio.h>

static void nop(long i) { (void)i; }

struct big {
  long v[12]; // 96 bytes: more than a pool record's 64
};
static void use_big(struct big b) { (void)b; }

static void small_loop(int n) {
  for (int i = 0; i < n; i++)
    __defer nop(i);
}

static void big_loop(int n) {
  struct big b = {{0}};
  for (int i = 0; i < n; i++)
    __defer use_big(b);
}

// Two threads, each with 40 runs pending at once: 80 pushes, peak 40.
static void *worker(void *arg) {
  (void)arg;
  small_loop(40);
  return NULL;
}

int main(void) {
  small_loop(10);
  small_loop(100);
  big_loop(3);
  pthread_t t[2];
  for (int i = 0; i < 2; i++)
    pthread_create(&t[i], NULL, worker, NULL);
  for (int i = 0; i < 2; i++)
    pthread_join(t[i], NULL);
  puts("done");
  return 0;
}

// NONE:     done
// NONE-NOT: cdefer

// The first thread's first chunk holds 32 records, its second 64, its third
// 128: 3 misses for 100 pending at once. Each worker's first chunk is new
// (a miss), its second too: 2 misses each.
// TEXT:      done
// TEXT-NEXT: cdefer: defer profile: 2 sites with pooled deferred calls (open-coded and frame-allocated ones never reach the runtime)
// TEXT-NEXT: cdefer: site function tier pushed run dropped peak/thread pool hits misses   heap
// TEXT-NEXT: cdefer: {{.*}}defer-profile.c:[[#SMALL:]] small_loop pool 190 190 0 100 183 7 0{{$}}
// TEXT-NEXT: cdefer: {{.*}}defer-profile.c:[[#SMALL+6]] big_loop pool 3 3 0 3 0 0 3{{$}}
// TEXT-NOT:  cdefer

// JSON:      {"cdefer_profile":1,
// JSON-SAME: "sites":[
// JSON-NEXT: {"site":"{{.*}}defer-profile.c:[[#SMALL:]]","function":"small_loop","tier":"pool","pushed":190,"run":190,"dropped":0,"pending":0,"peak_pending_per_thread":100,"pool_hits":183,"pool_misses":7,"heap_fallbacks":0},
// JSON-NEXT: {"site":"{{.*}}defer-profile.c:[[#SMALL+6]]","function":"big_loop","tier":"pool","pushed":3,"run":3,"dropped":0,"pending":0,"peak_pending_per_thread":3,"pool_hits":0,"pool_misses":0,"heap_fallbacks":3}
// JSON-NEXT: ]}
