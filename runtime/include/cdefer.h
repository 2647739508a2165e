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
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#include "cdefer_abi.h"

#ifdef CDEFER_SHORT_NAMES
#define defer __defer
#endif

/* Counters of the pooled tier's work on one thread, since the thread's first
 * pooled deferred call. Open-coded and frame-allocated deferred calls, and
 * the runs of a loop's `__defer` batched in its function's frame (the first
 * few per call), never touch the thread: neither these counters nor
 * cdefer_pending() count them. A long loop's runs past those go a few
 * hundred to a runtime record (a batch chunk), which counts as one pooled
 * deferred call; CDEFER_STATS (checked mode) counts every run on its own.
 * Every push is exactly one of a pool hit, a pool miss (a new chunk of
 * records, or a new batch chunk) or a heap fallback. */
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

#ifndef CDEFER_NO_PANIC
/* Panics (SPEC 4, Go's panic and recover; docs/semantics.md section 14).
 *
 * cdefer_panic(value) unwinds the calling thread's stack: the pending
 * deferred statements of every function on the way that takes part in
 * panics run, innermost first, last registered first. Every function with a
 * `__defer` in a translation unit that includes this header takes part,
 * unless CDEFER_NO_PANIC is defined before the #include (which also hides
 * this API) or the unit is compiled with -fplugin-arg-cdefer-panic=off;
 * -fplugin-arg-cdefer-panic=on makes units that do not include it take part
 * too. Such units are compiled with exceptions; a function whose deferred
 * code can neither panic nor recover (calls of C library functions) then
 * pays nothing on its normal path, the others register with the runtime (a
 * few instructions per call). Functions compiled with -fexceptions that do
 * not take part also run their deferred statements when a panic unwinds
 * them. When
 * deferred code recovers, the function it belongs to returns normally to its
 * caller, with the value of the `return` statement it was executing, or
 * zero. A panic nobody recovers prints its value and where it began, and
 * aborts. The macro records where the panic began; (cdefer_panic)(v) calls
 * the function, which knows only its caller's address. */
__attribute__((__noreturn__)) void cdefer_panic(void *value);
__attribute__((__noreturn__)) void __cdefer_panic_at(void *value, const char *file, int line,
                                                     const char *func);
#define cdefer_panic(value) __cdefer_panic_at((value), __FILE__, __LINE__, __func__)

/* Stops the calling thread's panic and returns its value, when called
 * directly by the deferred statement the panic is running: by the function
 * a `__defer f(...)` names, or by the code of a deferred block. Otherwise
 * (no panic, a helper of the deferred code, a second call, a panic already
 * recovered) returns NULL. A panic with the value NULL cannot be told from
 * no panic: panic with a non-null value. */
void *cdefer_recover(void);

/* Nonzero while the calling thread has a panic that is neither recovered
 * nor replaced. */
int cdefer_panicking(void);

/* How an unrecovered panic's value is printed (default: as a pointer, %p).
 * Process-wide; NULL restores the default. */
void cdefer_set_panic_printer(void (*printer)(FILE *out, void *value));
#endif /* CDEFER_NO_PANIC */

#ifdef __cplusplus
}
#endif

#endif /* CDEFER_H */
