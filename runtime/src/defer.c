/*===- defer.c - registering and running deferred calls ------------------===*
 *
 * How the runtime tiers of `__defer` work. (Open-coded functions keep their
 * deferred statements in the function itself and never call the runtime.)
 *
 * Each thread has a chain of records, singly linked, newest first. A record
 * is one pending execution of a `__defer`: the deferred statement, outlined
 * by the plugin into fn(void *ctx); a copy of its context (the callee and
 * arguments of a call, evaluated when the `__defer` ran, or pointers to the
 * variables a block names); the frame that pushed it; and the site string
 * "file:line:function" for messages.
 *
 * A function with a runtime-tier `__defer` has a hidden local
 * struct __cdefer_frame, zeroed at entry. Each executed `__defer` calls
 * __cdefer_push; every exit of the function calls __cdefer_return through the
 * frame's cleanup, if the frame pushed anything. Calls nest, so (barring
 * longjmp, below) the records of one call are contiguous on the chain and
 * above those of its callers:
 *
 *   head -> [h#2] -> [h#1] -> [f#3] -> [f#2] -> [f#1] -> (f's callers' records)
 *                             ^ h's __mark              ^ f's __mark
 *
 * (f called g, which deferred nothing and has no frame, which called h.)
 * At its first push a frame notes the head it found (__mark); it counts its
 * records on the chain (__pending). __cdefer_return runs that many, newest
 * first, and must then find the head back at __mark. Records are keyed by the
 * frame that owns them, as Go's are by stack pointer.
 *
 * A function left by longjmp (SPEC 2.8) runs no defers: its records stay on
 * the chain, above those of the frame the longjmp lands in, and that frame
 * may push more on top of them (A pushes a#1, calls B, which pushes b#1 and
 * longjmps back into A, which pushes a#2):
 *
 *   head -> [a#2] -> [b#1] -> [a#1] -> (A's callers' records)
 *                                      ^ A's __mark
 *
 * When a frame returns, every function it called has ended, so a record
 * above its __mark that it does not own can never run: it is stale. (Records
 * pushed on another stack by coroutines that switch stacks are not
 * supported.) So __cdefer_return walks from the head down to __mark, running
 * its own records newest first (a#2, a#1) and dropping each stale one (b#1)
 * where it finds it: unlinked, reported on stderr with one line naming its
 * site, given back to the pool, uncounted from the thread; its dead frame is
 * not touched. A stale record under a frame's __mark (its function longjmp'd
 * into the frame before the frame's first push) is left for a caller's
 * return to drop, or for the thread's teardown to report. Everything else
 * that is not as expected on the way down is fatal: the chain ending, or
 * reaching __mark, while the frame still counts records; records of the
 * frame left over; the head not back at __mark.
 *
 * A record is unlinked, and both counts decremented, before its fn runs: the
 * deferred code may call functions that defer (their frames push and pop
 * above, on a consistent chain), and a panic started from it will find
 * exactly the records still to run. The record goes back to the pool only
 * after fn returns, because ctx points into it.
 *
 * Records come from a per-thread pool (pool.c): a free list of fixed-size
 * records carved from malloc'd chunks, so a thread in its steady state calls
 * neither malloc nor free. A context too big for a pool record gets a record
 * of its own from malloc, freed after it runs. Running out of memory is fatal:
 * a deferred call is never lost for want of memory.
 *
 * No lock anywhere: a chain, its pool and its counters belong to one thread.
 * __cdefer_push finds the thread through one _Thread_local access and saves
 * it in the frame, so __cdefer_return needs none.
 *
 * Nothing runs deferred calls on exit(), _Exit(), abort(), a longjmp out of
 * a frame, or a crash (Go's os.Exit). The records of a frame left by longjmp
 * are reported when a frame below it returns, as above. A thread that ends
 * with records on its chain (pthread_exit, or a longjmp whose records no
 * returning frame reached) is reported on stderr when it is torn down
 * (thread.c), and the records are dropped with its pool.
 *===----------------------------------------------------------------------===*/
#include "internal.h"

#include <stdio.h>
#include <string.h>

/* Where a frame's records begin, for messages when the chain is not what the
 * frame expects: the site of the frame's newest record still on the chain,
 * or NULL. Looks at no more records than the thread has, in case the chain is
 * corrupted into a cycle. */
static const char *frame_site(const struct __cdefer_thread *t,
                              const struct __cdefer_frame *frame) {
  const struct __cdefer_record *r = t->head;
  for (size_t n = 0; r != NULL && n < t->pending; r = r->link, n++)
    if (r->frame == frame)
      return r->site;
  return NULL;
}

/* Called by drop_stale when the returning frame still counts records of its
 * own but the walk down the chain found none where one must be: the chain
 * ended (top is NULL), it reached the frame's __mark (top is the mark), or
 * the thread counts no more records than the frame does (so top, not the
 * frame's, cannot be on the chain). All are corruption, and fatal. ran_site
 * is the site of the frame's record that ran last, or NULL: it names the
 * function when none of the frame's records is left on the chain. */
static _Noreturn __attribute__((noinline, cold)) void
lost_records(const struct __cdefer_thread *t, const struct __cdefer_frame *frame,
             const struct __cdefer_record *top, const char *ran_site) {
  const char *site = frame_site(t, frame);
  if (site == NULL)
    site = ran_site;
  const char *plural = frame->__pending == 1 ? "" : "s";
  if (top == NULL)
    __cdefer_fatal(site,
                   "returning with %zu deferred call%s still counted but the thread's chain "
                   "is empty (corrupted frame)",
                   frame->__pending, plural);
  if (top == frame->__mark)
    __cdefer_fatal(site,
                   "returning with %zu deferred call%s still counted but the chain is back "
                   "where the frame found it (corrupted frame)",
                   frame->__pending, plural);
  __cdefer_fatal(site,
                 "returning with %zu deferred call%s still counted, under another frame's, but "
                 "the thread counts only %zu on its chain (corrupted frame or chain)",
                 frame->__pending, plural, t->pending);
}

/* Called by drop_stale for each stale record it drops, before giving it
 * back: one line on stderr, naming where the record was registered. */
static void report_stale(const struct __cdefer_record *r) {
  int where_len;
  const char *fn = __cdefer_site_function(r->site, &where_len);
  fprintf(stderr,
          "cdefer: deferred call registered at %.*s in %s() will not run: its function was "
          "left without returning (longjmp?)\n",
          where_len, r->site != NULL ? r->site : "?", fn);
}

/* Called by __cdefer_return, off its fast path, when the record on top of
 * the chain (top) is not the returning frame's, or there is none.
 *
 * On entry: t is the frame's thread, the calling one; top is t->head;
 * frame->__pending > 0. Every record between the head and the frame's next
 * own record is stale (see the opening comment): drops each, newest first,
 * by unlinking it, reporting it, giving it back to the pool (or freeing a
 * heap record) and uncounting it from the thread; the dead frame that pushed
 * it is not touched. Returns the frame's next own record, now the head.
 * Fatal (lost_records) if the chain ends or reaches __mark first. */
static __attribute__((noinline, cold)) struct __cdefer_record *
drop_stale(struct __cdefer_thread *t, const struct __cdefer_frame *frame,
           struct __cdefer_record *top, const char *ran_site) {
  struct __cdefer_record *r = top;
  do {
    /* r is not the frame's, and the frame's own records are below it: the
     * thread must count at least one more record than the frame does. */
    if (r == NULL || r == frame->__mark || t->pending <= frame->__pending)
      lost_records(t, frame, r, ran_site);
    t->head = r->link;
    t->pending--;
    report_stale(r);
    __cdefer_pool_put(t, r);
    r = t->head;
  } while (r == NULL || r->frame != frame);
  return r;
}

/* The compiler turns each executed runtime-tier `__defer` into a call to this.
 *
 * On entry: frame is the calling function's hidden frame, zeroed at the
 * function's entry and touched only by the runtime since; if
 * frame->__pending is nonzero this frame pushed on this thread before. ctx
 * points to size bytes (ctx may be NULL when size is 0): the context the
 * plugin built for fn, copied here, so it may die as soon as this returns.
 * site is a string literal "file:line:function". */
CDEFER_API void __cdefer_push(struct __cdefer_frame *frame, __cdefer_fn_t fn,
                              const void *ctx, size_t size, const char *site) {
  struct __cdefer_thread *t = &__cdefer_self;

  if (frame->__pending == 0) {
    frame->__mark = t->head;
    frame->__owner = t;
  } else if (CDEFER_UNLIKELY(frame->__owner != t)) {
    __cdefer_fatal(site, "deferring on a frame that another thread started deferring on "
                         "(a frame shared between threads, or a corrupted frame)");
  }
  if (CDEFER_UNLIKELY(fn == NULL))
    __cdefer_fatal(site, "deferring a null function");

  struct __cdefer_record *r = CDEFER_LIKELY(size <= CDEFER_INLINE_BYTES)
                                  ? __cdefer_pool_get(t, site)
                                  : __cdefer_heap_record(t, size, site);
  r->frame = frame;
  r->fn = fn;
  r->site = site;
  r->size = size;
  if (size != 0)
    memcpy(r->payload, ctx, size);

  r->link = t->head;
  t->head = r;
  frame->__pending++;
  t->stats.pushed++;
  if (++t->pending > t->stats.peak_pending)
    t->stats.peak_pending = t->pending;
}

/* The cleanup of a frame (__cdefer_frame_exit) calls this at every exit of a
 * function whose frame pushed, after the return value is computed; the
 * function's callees have all ended by then, returning or not.
 *
 * On entry: frame->__pending > 0; frame->__owner is the calling thread,
 * whose chain holds, between its head and __mark, the frame's __pending
 * records, newest first, possibly mixed with stale records of callees left
 * without returning (longjmp). Runs the frame's records newest first and
 * drops the stale ones (drop_stale, which reports each on stderr); on return
 * __pending is 0 and the head is back at __mark. Anything else is fatal.
 * Without stale records (the common case) drop_stale is never called. */
CDEFER_API void __cdefer_return(struct __cdefer_frame *frame) {
  struct __cdefer_thread *t = frame->__owner;
  const char *ran_site = NULL;

  if (CDEFER_UNLIKELY(t == NULL))
    __cdefer_fatal(NULL, "returning with %zu deferred calls counted on a frame that never "
                         "deferred (corrupted frame)",
                   frame->__pending);

  while (frame->__pending != 0) {
    struct __cdefer_record *r = t->head;
    if (CDEFER_UNLIKELY(r == NULL || r->frame != frame))
      r = drop_stale(t, frame, r, ran_site);
    t->head = r->link;
    t->pending--;
    frame->__pending--;
    t->stats.run++;
    ran_site = r->site;
    r->fn(r->payload);
    __cdefer_pool_put(t, r);
  }

  if (CDEFER_UNLIKELY(t->head != frame->__mark)) {
    if (t->head != NULL && t->head->frame == frame)
      __cdefer_fatal(t->head->site, "returning with more deferred calls on the chain than "
                                    "the frame counted (corrupted frame)");
    __cdefer_fatal(ran_site, "after running this frame's deferred calls the chain is not "
                             "where the frame found it (corrupted frame or chain)");
  }
}
