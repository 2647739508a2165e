// A long loop's runs past its batch live in batch chunks (cdefer_abi.h), many
// snapshots to a record. A panic takes them one at a time like any other
// pending deferred call (SPEC 4): a run that panics in the middle of a chunk
// is not run again, every other run still runs exactly once, newest first,
// and an outer deferred block recovers. A run in the middle of a chunk can
// recover too; the function then returns normally, its remaining runs, half
// a chunk among them, run first (by the runtime, before the frame's resume
// point).
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <cdefer.h>
#include <stdio.h>

enum { N = 3000 };

static int times_run[N], last = N, out_of_order;
static int panic_at = -1, recover_at = -1;

static void step(int i) {
  times_run[i]++;
  out_of_order += i >= last;
  last = i;
  if (i == recover_at) {
    void *v = cdefer_recover();
    printf("run %d recovers: %s\n", i, v ? (const char *)v : "nothing");
  }
  if (i == panic_at)
    cdefer_panic("from a run in a chunk");
}

static void report(const char *what) {
  int never = 0, once = 0, more = 0;
  for (int i = 0; i < N; i++) {
    never += times_run[i] == 0;
    once += times_run[i] == 1;
    more += times_run[i] > 1;
    times_run[i] = 0;
  }
  printf("%s: %d once, %d never, %d more than once, %d out of order, %zu pending\n", what,
         once, never, more, out_of_order, cdefer_pending());
  last = N;
  out_of_order = 0;
}

static void loop(void) {
  for (int i = 0; i < N; i++)
    __defer step(i);
}

static void loop_then_panic(void) {
  for (int i = 0; i < N; i++)
    __defer step(i);
  cdefer_panic("from the body");
}

static void outer(void (*f)(void)) {
  __defer {
    void *v = cdefer_recover();
    printf("outer recovers: %s\n", v ? (const char *)v : "nothing");
  }
  f();
}

int main(void) {
  // Run 1500 panics while loop's return runs its chunks; the panic runs the
  // 1500 older ones, one at a time.
  panic_at = 1500;
  outer(loop);
  report("panic in a run");
  // CHECK:      outer recovers: from a run in a chunk
  // CHECK-NEXT: panic in a run: 3000 once, 0 never, 0 more than once, 0 out of order, 0 pending
  panic_at = -1;

  // The body panics: the panic runs every run; outer recovers.
  outer(loop_then_panic);
  report("panic in the body");
  // CHECK-NEXT: outer recovers: from the body
  // CHECK-NEXT: panic in the body: 3000 once, 0 never, 0 more than once, 0 out of order, 0 pending

  // Run 2000 recovers the body's panic: loop_then_panic returns normally,
  // and its return runs the 2000 older runs.
  recover_at = 2000;
  outer(loop_then_panic);
  report("recovered in a run");
  // CHECK-NEXT: run 2000 recovers: from the body
  // CHECK-NEXT: outer recovers: nothing
  // CHECK-NEXT: recovered in a run: 3000 once, 0 never, 0 more than once, 0 out of order, 0 pending
  return 0;
}
