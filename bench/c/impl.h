/* impl.h - what every case file includes first.
 *
 * A case file holds one benchmarked function, case_fn, in each of the ways
 * bench.py builds it; exactly one IMPL_ macro picks the way:
 *
 *   IMPL_HAND     the floor: the cleanup a C programmer writes by hand
 *   IMPL_CDEFER   __defer, compiled with the plugin (bench.py forces the tier)
 *   IMPL_CLEANUP  __attribute__((cleanup)) variables
 *   IMPL_DEFERTS  Clang's block-scoped _Defer (-fdefer-ts)
 *
 * A case without a way (a loop has no cleanup-attribute equivalent) fails to
 * compile with it, and bench.py does not ask for it.
 */
#ifndef BENCH_IMPL_H
#define BENCH_IMPL_H

#include "sink.h"

#define NOINLINE __attribute__((noinline))

#if defined(IMPL_HAND) + defined(IMPL_CDEFER) + defined(IMPL_CLEANUP) +        \
        defined(IMPL_DEFERTS) != 1
#error "define exactly one of IMPL_HAND, IMPL_CDEFER, IMPL_CLEANUP, IMPL_DEFERTS"
#endif

#ifdef IMPL_DEFERTS
#include <stddefer.h> /* _Defer; needs -fdefer-ts */
#endif

/* Cleanup-attribute helpers: the variable holds what the deferred call needs. */
struct bench_args2 {
  long a, b;
};
struct bench_refs2 {
  long *a, *b;
};
static inline void bench_run_sink0(int *unused) {
  (void)unused;
  sink0();
}
static inline void bench_run_sink2(struct bench_args2 *p) { sink2(p->a, p->b); }
static inline void bench_run_sink2_refs(struct bench_refs2 *p) {
  sink2(*p->a, *p->b);
}

#endif
