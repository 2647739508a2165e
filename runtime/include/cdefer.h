/*===- cdefer.h - the cdefer runtime API ----------------------------------===*
 *
 * cdefer gives C Go's `defer`: `__defer S` runs the statement S when the
 * enclosing function returns, last registered first. The compiler plugin
 * defines `__defer` by itself; include this header for the `cdefer_`
 * functions below, or to write `defer` (define CDEFER_SHORT_NAMES first).
 * Open-coded functions need no runtime; link with -lcdefer when any function
 * uses a runtime tier (frame-allocated or pooled, SPEC 3).
 *
 *   #define CDEFER_SHORT_NAMES
 *   #include <cdefer.h>
 *
 *   int copy(const char *from, const char *to) {
 *     FILE *in = fopen(from, "r");
 *     if (!in) return -1;
 *     defer fclose(in);
 *     ...
 *   }
 *
 * Every `cdefer_` function is about the calling thread only: each thread has
 * its own deferred calls, and the runtime takes no lock.
 *===----------------------------------------------------------------------===*/
#ifndef CDEFER_H
#define CDEFER_H 1

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#include "cdefer_abi.h"

#ifdef CDEFER_SHORT_NAMES
#define defer __defer
#endif

/* Counters of the pooled tier's work on one thread, since the thread's first
 * pooled deferred call. Open-coded and frame-allocated deferred calls never
 * touch the thread: neither these counters nor cdefer_pending() count them.
 * Every push is exactly one of a pool hit, a pool miss or a heap fallback. */
struct cdefer_thread_stats {
  uint64_t pushed;         /* pooled deferred calls registered */
  uint64_t run;            /* pooled deferred calls run */
  uint64_t pool_hits;      /* pushes served from the thread's record pool */
  uint64_t pool_misses;    /* pushes that found the pool empty and malloc'd a chunk of records */
  uint64_t heap_fallbacks; /* pushes whose context was too big for a pool record: one malloc each */
  uint64_t peak_pending;   /* most pooled deferred calls pending at once */
};

size_t cdefer_pending(void); /* The calling thread's pooled deferred calls not yet run. */
void cdefer_thread_stats(struct cdefer_thread_stats *out); /* The calling thread's counters. */

#ifdef __cplusplus
}
#endif

#endif /* CDEFER_H */
