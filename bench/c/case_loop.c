/* Case loop<N>: a __defer in a loop of LOOP_N iterations (-DLOOP_N=8, 1024),
 * deferring a call whose argument is read in the loop: every run is recorded
 * when the __defer executes and all of them run, newest first, at the exit.
 * Only cdefer's pooled tier applies; the hand-written floor records the
 * arguments in a local array and runs it backwards. */
#include "impl.h"

#ifndef LOOP_N
#error "compile with -DLOOP_N=<iterations>"
#endif

#if defined(IMPL_HAND)
NOINLINE long case_fn(const long *p, long n) {
  long rec[LOOP_N];
  long k = 0;
  for (long i = 0; i < n && k < LOOP_N; i++)
    rec[k++] = p[i];
  while (k > 0)
    sink1(rec[--k]);
  return n;
}
#elif defined(IMPL_CDEFER)
NOINLINE long case_fn(const long *p, long n) {
  for (long i = 0; i < n; i++)
    __defer sink1(p[i]);
  return n;
}
#else
#error "case_loop has only IMPL_HAND and IMPL_CDEFER"
#endif

long bench_loop_n = LOOP_N; /* external, so case_fn's bound stays unknown */

#define BENCH_CALL(i) ((void)(i), case_fn(sink_data, bench_loop_n))
#include "driver.h"
