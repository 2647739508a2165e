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
 * frame's cleanup, if the frame pushed anything. Calls nest, so the records
 * of one call are contiguous on the chain and above those of its callers:
 *
 *   head -> [h#2] -> [h#1] -> [f#3] -> [f#2] -> [f#1] -> (f's callers' records)
 *                             ^ h's __mark              ^ f's __mark
 *
 * (f called g, which deferred nothing and has no frame, which called h.)
 * At its first push a frame notes the head it found (__mark); it counts its
 * records on the chain (__pending). __cdefer_return pops exactly that many,
 * newest first, and must then find the head back at __mark. Records are
 * keyed by the frame that owns them, as Go's are by stack pointer: if the
 * record on top belongs to another frame, some callee was left without
 * returning (longjmp over it; pthread_exit below it) and never ran its defers.
 * Running the caller's records from underneath it would break LIFO and leave
 * the chain holding records of dead frames, so that is fatal, naming the
 * function.
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
 * a deferred call is never dropped.
 *
 * No lock anywhere: a chain, its pool and its counters belong to one thread.
 * __cdefer_push finds the thread through one _Thread_local access and saves
 * it in the frame, so __cdefer_return needs none.
 *
 * Nothing runs deferred calls on exit(), _Exit(), abort(), a longjmp out of
 * a frame, or a crash (Go's os.Exit). A thread that ends with records on its
 * chain is reported on stderr when it is torn down (thread.c), and the
 * records are dropped with its pool.
 *===----------------------------------------------------------------------===*/
#include "internal.h"

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

/* __cdefer_return found a record it does not own on top (or none at all). */
static _Noreturn __attribute__((noinline, cold)) void
not_on_top(const struct __cdefer_thread *t, const struct __cdefer_frame *frame,
           const struct __cdefer_record *top, const char *ran_site) {
  const char *site = frame_site(t, frame);
  if (site == NULL)
    site = ran_site;
  if (top == NULL)
    __cdefer_fatal(site,
                   "returning with %zu deferred call%s still counted but the thread's chain "
                   "is empty (corrupted frame)",
                   frame->__pending, frame->__pending == 1 ? "" : "s");
  int where_len;
  const char *fn = __cdefer_site_function(top->site, &where_len);
  __cdefer_fatal(site,
                 "returning with another frame's deferred call on top of this frame's "
                 "(registered at %.*s in %s(); that function was left without running its "
                 "defers, e.g. by longjmp, or a frame is corrupted)",
                 where_len, top->site, fn);
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
 * function whose frame pushed, after the return value is computed.
 *
 * On entry: frame->__pending > 0; frame->__owner is the calling thread,
 * whose chain holds the frame's __pending records on top, with __mark under
 * them. Runs them newest first; on return __pending is 0 and the chain is
 * as the frame found it. Anything else is fatal. */
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
      not_on_top(t, frame, r, ran_site);
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
