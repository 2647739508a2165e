/*===- defer.c - registering and running deferred calls ------------------===*
 *
 * How the runtime tiers of `__defer` work. (Open-coded functions keep their
 * deferred statements in the function itself and never call the runtime.)
 *
 * A record is one pending execution of a `__defer`: the deferred statement,
 * outlined by the plugin into fn(void *ctx); its context (the callee and
 * arguments of a call, evaluated when the `__defer` ran, or pointers to the
 * variables a block names); and the site string "file:line:function" for
 * messages. A function with a runtime-tier `__defer` has a hidden local
 * struct __cdefer_frame, zeroed at entry, and every record the call
 * registers goes first on the frame's list (__head, linked through
 * __next): newest first, that list is the order they run in, whatever
 * tier each came from.
 *
 *  - A frame-allocated record (a `__defer` that runs at most once per call)
 *    is itself a hidden local of the function, its context another;
 *    __cdefer_push_frame links it inline. The runtime never sees it unless a
 *    pooled record is newer, and then only to run it (__cdefer_return).
 *  - A pooled record (a `__defer` in a loop, or one whose context must be
 *    copied) comes from the thread's pool: __cdefer_push copies the context
 *    into it. It is also on the thread's chain, below.
 *
 * The frame variable's cleanup, the inline __cdefer_frame_exit, runs the
 * frame's list newest first on every exit of the function. It runs the
 * frame-allocated records itself, and hands the rest of the list to
 * __cdefer_return as soon as the newest record is a pooled one.
 *
 * Each thread has a chain of its pooled records, singly linked, newest
 * first; each notes the frame that pushed it. Frame-allocated records are
 * never on it: they live in stack frames that a longjmp may free, and the
 * chain must never point into a dead stack. Calls nest, so (barring
 * longjmp, below) the pooled records of one call are contiguous on the chain
 * and above those of its callers:
 *
 *   head -> [h#2] -> [h#1] -> [f#3] -> [f#2] -> [f#1] -> (f's callers' records)
 *                             ^ h's __mark              ^ f's __mark
 *
 * (f called g, which deferred nothing and has no frame, which called h.)
 * At its first pooled push a frame notes the head it found (__mark) and its
 * thread (__owner); it counts its pooled records (__pooled). As
 * __cdefer_return meets each pooled record on the frame's list, that record
 * must be on top of the chain; when the list is done, nothing must be
 * counted and the head must be back at __mark. Records are keyed by the
 * frame that owns them, as Go's are by stack pointer.
 *
 * A function left by longjmp (SPEC 2.8) runs no defers. Its frame-allocated
 * records die with its stack frame: nothing points to them, and they are
 * never run or reported. Its pooled records stay on the chain, above those
 * of the frame the longjmp lands in, and that frame may push more on top of
 * them (A pushes a#1, calls B, which pushes b#1 and longjmps back into A,
 * which pushes a#2):
 *
 *   head -> [a#2] -> [b#1] -> [a#1] -> (A's callers' records)
 *                                      ^ A's __mark
 *
 * When a frame returns, every function it called has ended, so a record
 * above its __mark that it does not own can never run: it is stale. (Records
 * pushed on another stack by coroutines that switch stacks are not
 * supported.) So when the frame's next pooled record (a#1) is not on top,
 * __cdefer_return drops each stale record above it (b#1): unlinked, reported
 * on stderr with one line naming its site, given back to the pool,
 * uncounted from the thread; its dead frame is compared, never touched. It
 * does the same, once the list is done, with any stale record left above
 * __mark: the frame's oldest deferred code may itself have longjmp'd over a
 * callee that deferred. A stale record under a frame's __mark (its function
 * longjmp'd into the frame before the frame's first pooled push) is left for
 * a caller's return to drop, or for the thread's teardown to report.
 * Everything else that is not as expected is fatal: the chain ending, or
 * reaching __mark, above the frame's record; a record of the frame out of
 * its list's order, or not on its list; another frame's record on the list;
 * the counts disagreeing with the list; __mark not on the chain.
 *
 * A record is unlinked from the frame's list (a pooled one also from the
 * chain, with both counts decremented) before its fn runs: the deferred code
 * may call functions that defer (their frames push and pop above, on a
 * consistent chain), may longjmp out (the frame's remaining records are then
 * those of a function left by longjmp, as above), and a panic started from
 * it will find exactly the records still to run. A pooled record goes back
 * to the pool only after fn returns, because ctx points into it.
 *
 * Pooled records come from a per-thread pool (pool.c): a free list of
 * fixed-size records carved from malloc'd chunks, so a thread in its steady
 * state calls neither malloc nor free. A context too big for a pool record
 * gets a record of its own from malloc, freed after it runs. Running out of
 * memory is fatal: a deferred call is never lost for want of memory.
 *
 * No lock anywhere: a chain, its pool and its counters belong to one thread.
 * __cdefer_push finds the thread through one _Thread_local access and saves
 * it in the frame, so __cdefer_return needs none.
 *
 * Nothing runs deferred calls on exit(), _Exit(), abort(), a longjmp out of
 * a frame, or a crash (Go's os.Exit). The pooled records of a frame left by
 * longjmp are reported when a frame below it returns, as above. A thread
 * that ends with pooled records on its chain (pthread_exit, or a longjmp
 * whose records no returning frame reached) is reported on stderr when it is
 * torn down (thread.c), and the records are dropped with its pool.
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
  const struct __cdefer_pool_record *r = t->head;
  for (size_t n = 0; r != NULL && n < t->pending; r = r->link, n++)
    if (r->frame == frame)
      return r->pub.__site;
  return NULL;
}

/* The site to blame for a corrupted frame: its newest record on the chain,
 * else the site of its record that ran last (ran_site, maybe NULL). */
static const char *blame(const struct __cdefer_thread *t, const struct __cdefer_frame *frame,
                         const char *ran_site) {
  const char *site = frame_site(t, frame);
  return site != NULL ? site : ran_site;
}

/* Called by drop_stale when the returning frame's next pooled record is not
 * on top of the chain, and the walk down the chain found where that record
 * must be something that cannot be stale: the chain ended (top is NULL), it
 * reached the frame's __mark (top is the mark), or the thread counts no more
 * records than the frame does (so top, not the frame's, cannot be on the
 * chain). All are corruption, and fatal. ran_site is the site of the frame's
 * record that ran last, or NULL: it names the function when none of the
 * frame's records is left on the chain. */
static _Noreturn __attribute__((noinline, cold)) void
lost_records(const struct __cdefer_thread *t, const struct __cdefer_frame *frame,
             const struct __cdefer_pool_record *top, const char *ran_site) {
  const char *site = blame(t, frame, ran_site);
  const char *plural = frame->__pooled == 1 ? "" : "s";
  if (top == NULL)
    __cdefer_fatal(site,
                   "returning with %zu deferred call%s still counted but the thread's chain "
                   "is empty (corrupted frame)",
                   frame->__pooled, plural);
  if (top == frame->__mark)
    __cdefer_fatal(site,
                   "returning with %zu deferred call%s still counted but the chain is back "
                   "where the frame found it (corrupted frame)",
                   frame->__pooled, plural);
  __cdefer_fatal(site,
                 "returning with %zu deferred call%s still counted, under another frame's, but "
                 "the thread counts only %zu on its chain (corrupted frame or chain)",
                 frame->__pooled, plural, t->pending);
}

/* Called by drop for each stale record, before giving it back: one line on
 * stderr, naming where the record was registered. */
static void report_stale(const struct __cdefer_pool_record *r) {
  int where_len;
  const char *site = r->pub.__site;
  const char *fn = __cdefer_site_function(site, &where_len);
  fprintf(stderr,
          "cdefer: deferred call registered at %.*s in %s() will not run: its function was "
          "left without returning (longjmp?)\n",
          where_len, site != NULL ? site : "?", fn);
}

/* Called when a returning frame's list holds a pooled record r the frame
 * did not push. The message says "returning with <what> deferred call,
 * registered at <r's site>, on <list> (corrupted frame)" and blames site, the
 * returning frame's, if known: r's site names another function. */
static _Noreturn __attribute__((noinline, cold)) void
foreign_record(const char *site, const struct __cdefer_pool_record *r, const char *what,
               const char *list) {
  int where_len;
  const char *fn = __cdefer_site_function(r->pub.__site, &where_len);
  __cdefer_fatal(site, "returning with %s deferred call, registered at %.*s in %s(), on %s "
                       "(corrupted frame)",
                 what, where_len, r->pub.__site != NULL ? r->pub.__site : "?", fn, list);
}

/* Called by drop_stale and drop_stale_to_mark for r, a stale record on top
 * of t's chain: unlinks and uncounts it, reports it, and gives it back to
 * the pool (or frees a heap record). Its dead frame is not touched. */
static void drop(struct __cdefer_thread *t, struct __cdefer_pool_record *r) {
  t->head = r->link;
  t->pending--;
  t->dropped++;
  report_stale(r);
  __cdefer_pool_put(t, r);
}

/* Called by __cdefer_return, off its fast path, when the frame's next
 * record pr (a pooled one, just unlinked from the frame's list) is not on
 * top of the chain, is not the frame's, or is not counted.
 *
 * On entry: t is the frame's thread, the calling one. Every record above pr
 * on the chain is stale (see the opening comment): drops each (drop),
 * newest first. Returns when pr, the frame's and counted, is the head.
 * Anything else is fatal: the chain ending or reaching __mark first
 * (lost_records), a record of this frame above pr (the list and the chain
 * disagree), pr another frame's, or the frame counting no pooled record. */
static __attribute__((noinline, cold)) void
drop_stale(struct __cdefer_thread *t, const struct __cdefer_frame *frame,
           const struct __cdefer_pool_record *pr, const char *ran_site) {
  if (frame->__pooled == 0)
    __cdefer_fatal(pr->frame == frame ? pr->pub.__site : blame(t, frame, ran_site),
                   "returning with more deferred calls on the frame's list than the frame "
                   "counted (corrupted frame)");
  for (;;) {
    struct __cdefer_pool_record *r = t->head;
    if (r == NULL || r == frame->__mark)
      lost_records(t, frame, r, ran_site);
    if (r == pr) {
      if (pr->frame != frame)
        foreign_record(blame(t, frame, ran_site), pr, "another frame's", "this frame's list");
      return;
    }
    if (r->frame == frame)
      __cdefer_fatal(r->pub.__site,
                     "the frame's deferred calls are on the thread's chain in another order "
                     "than on the frame's list (corrupted frame or chain)");
    /* r is not the frame's, and the frame's own records are below it: the
     * thread must count at least one more record than the frame does. */
    if (t->pending <= frame->__pooled)
      lost_records(t, frame, r, ran_site);
    drop(t, r);
  }
}

/* Called by __cdefer_return when the frame's list is done but the head is
 * not back at __mark. That is not corruption when the frame's last records
 * to run were deferred code that longjmp'd over callees that deferred (the
 * callees' records are then above the mark, stale), so this checks that the
 * head is above the mark and only stale records lie between, and then drops
 * them as drop_stale does. Anything else is fatal, before anything is
 * dropped: a record of the frame's (on the chain but not on its list), or
 * the chain ending, or the thread counting fewer records, before the mark.
 *
 * On entry: t is the frame's thread, the calling one; frame->__pooled is 0;
 * ran_site is the site of the frame's record that ran last. */
static __attribute__((noinline, cold)) void
drop_stale_to_mark(struct __cdefer_thread *t, const struct __cdefer_frame *frame,
                   const char *ran_site) {
  size_t n = 0;
  for (struct __cdefer_pool_record *r = t->head; r != frame->__mark; r = r->link, n++) {
    if (r == NULL || n == t->pending)
      __cdefer_fatal(ran_site, "after running this frame's deferred calls the chain is not "
                               "where the frame found it (corrupted frame or chain)");
    if (r->frame == frame)
      __cdefer_fatal(r->pub.__site, "returning with deferred calls of the frame on the "
                                    "chain that are not on its list (corrupted frame)");
  }
  while (n-- != 0)
    drop(t, t->head);
}

/* Called by __cdefer_push when a frame that another thread pushed on pushes
 * on this one. */
static _Noreturn __attribute__((noinline, cold)) void shared_frame(const char *site) {
  __cdefer_fatal(site, "deferring on a frame that another thread started deferring on "
                       "(a frame shared between threads, or a corrupted frame)");
}

/* Copies a context of at most CDEFER_INLINE_BYTES into a pool record without
 * calling memcpy: the size is only known at run time, and for the usual few
 * words two overlapping fixed-size copies (plain loads and stores) beat the
 * call. */
static inline void copy_context(unsigned char *restrict to, const unsigned char *restrict from,
                                size_t size) {
  if (size <= 16) {
    if (size >= 8) {
      __builtin_memcpy(to, from, 8);
      __builtin_memcpy(to + size - 8, from + size - 8, 8);
    } else if (size >= 4) {
      __builtin_memcpy(to, from, 4);
      __builtin_memcpy(to + size - 4, from + size - 4, 4);
    } else if (size != 0) {
      to[0] = from[0];
      to[size / 2] = from[size / 2];
      to[size - 1] = from[size - 1];
    }
  } else if (size <= 32) {
    __builtin_memcpy(to, from, 16);
    __builtin_memcpy(to + size - 16, from + size - 16, 16);
  } else if (size <= 64) {
    __builtin_memcpy(to, from, 32);
    __builtin_memcpy(to + size - 32, from + size - 32, 32);
  } else {
    memcpy(to, from, size); /* pool records bigger than LP64's */
  }
}

/* Puts r, holding its context, first on the thread's chain and on the
 * frame's list, and counts it. */
static inline void link_record(struct __cdefer_thread *t, struct __cdefer_frame *frame,
                               struct __cdefer_pool_record *r, __cdefer_fn_t fn,
                               size_t size, const char *site) {
  r->size = size;
  r->frame = frame;
  r->pub.__fn = fn;
  r->pub.__site = site;
  r->link = t->head;
  t->head = r;
  r->pub.__next = frame->__head;
  frame->__head = &r->pub;
  frame->__pooled++;
  t->pushed++;
  if (++t->pending > t->peak_pending)
    t->peak_pending = t->pending;
}

/* Called by __cdefer_push, with the same arguments and t its thread, when
 * the pool is empty or the context too big for a pool record: the pushes
 * that call malloc. Kept out of __cdefer_push so that its fast path needs no
 * registers saved; a tail call, so the arguments pass straight through. */
static __attribute__((noinline)) void push_malloc(struct __cdefer_frame *frame,
                                                  __cdefer_fn_t fn, const void *ctx,
                                                  size_t size, const char *site,
                                                  struct __cdefer_thread *t) {
  struct __cdefer_pool_record *r;
  if (size <= CDEFER_INLINE_BYTES)
    r = __cdefer_pool_refill(t, site);
  else
    r = __cdefer_heap_record(t, size, site);
  if (size != 0)
    memcpy(r->payload, ctx, size);
  link_record(t, frame, r, fn, size, site);
}

/* The compiler turns each executed pooled `__defer` into a call to this.
 *
 * On entry: frame is the calling function's hidden frame, zeroed at the
 * function's entry and touched since only by __cdefer_push_frame (which
 * links frame-allocated records onto its list) and this function; if
 * frame->__owner is set, this frame made a pooled push before, on that
 * thread. ctx points to size bytes (ctx may be NULL when size is 0): the
 * context the plugin built for fn, copied here, so it may die as soon as
 * this returns. site is a string literal "file:line:function".
 *
 * This is the hot path of a loop's `__defer`: one thread-local access, a
 * pool pop, a copy of a few words, two list pushes and three counters, with
 * every slow case out of line. */
CDEFER_API void __cdefer_push(struct __cdefer_frame *frame, __cdefer_fn_t fn,
                              const void *ctx, size_t size, const char *site) {
  struct __cdefer_thread *t = &__cdefer_self;

  if (CDEFER_UNLIKELY(frame->__owner != t)) {
    if (frame->__owner != NULL)
      shared_frame(site);
    /* The frame's first pooled push: whatever is on the chain now is its
     * callers' (or stale), and must be the head again when it returns. */
    frame->__mark = t->head;
    frame->__owner = t;
  }
  if (CDEFER_UNLIKELY(fn == NULL))
    __cdefer_fatal(site, "deferring a null function");

  struct __cdefer_pool_record *r = t->free;
  if (CDEFER_UNLIKELY(r == NULL || size > CDEFER_INLINE_BYTES)) {
    push_malloc(frame, fn, ctx, size, site, t);
    return;
  }
  t->free = r->link;
  copy_context(r->payload, ctx, size);
  link_record(t, frame, r, fn, size, site);
}

/* Called by __cdefer_return for a frame that never made a pooled push but
 * has a pooled record first on its list, or counts some. */
static _Noreturn __attribute__((noinline, cold)) void
never_pushed(const struct __cdefer_frame *frame) {
  /* No site of this frame is known: it ran only frame-allocated records
   * (in __cdefer_frame_exit, which does not say). */
  if (frame->__head != NULL)
    foreign_record(NULL, __cdefer_pooled_of(frame->__head), "a pooled",
                   "the list of a frame that never made a pooled push");
  __cdefer_fatal(NULL,
                 "returning with %zu pooled deferred call%s counted on a frame that never "
                 "made a pooled push (corrupted frame)",
                 frame->__pooled, frame->__pooled == 1 ? "" : "s");
}

/* The cleanup of a frame (__cdefer_frame_exit) calls this at an exit of the
 * function, after the return value is computed, when it meets a pooled
 * record first on the frame's list, or when the list is empty but the
 * frame still counts pooled records. The function's callees have all ended
 * by then, returning or not.
 *
 * On entry: frame->__head lists the records still to run, newest first
 * (frame_exit has run and unlinked any newer frame-allocated ones). If the
 * frame made a pooled push, frame->__owner is the calling thread, whose
 * chain holds, between its head and __mark, the frame's __pooled records in
 * the list's order, possibly mixed with stale records of callees left
 * without returning (longjmp); the frame's deferred code may add more such
 * records as it runs. Runs every record on the list, newest first, and
 * drops the stale ones (drop_stale, drop_stale_to_mark, which report each on
 * stderr); on return the list is empty, __pooled is 0 and the head is back
 * at __mark. Anything else is fatal. Without stale records (the common case)
 * neither is called. */
CDEFER_API void __cdefer_return(struct __cdefer_frame *frame) {
  struct __cdefer_thread *t = frame->__owner;
  const char *ran_site = NULL;

  if (CDEFER_UNLIKELY(t == NULL))
    never_pushed(frame);

  struct __cdefer_record *r;
  while ((r = frame->__head) != NULL) {
    frame->__head = r->__next;
    if (!r->__pooled) {
      ran_site = r->__site;
      r->__fn(r->__ctx);
      continue;
    }
    struct __cdefer_pool_record *pr = __cdefer_pooled_of(r);
    if (CDEFER_UNLIKELY(t->head != pr || pr->frame != frame || frame->__pooled == 0))
      drop_stale(t, frame, pr, ran_site);
    t->head = pr->link;
    t->pending--;
    frame->__pooled--;
    ran_site = r->__site;
    r->__fn(r->__ctx);
    __cdefer_pool_put(t, pr);
  }

  if (CDEFER_UNLIKELY(frame->__pooled != 0))
    __cdefer_fatal(blame(t, frame, ran_site),
                   "returning with %zu deferred call%s still counted but none left on the "
                   "frame's list (corrupted frame)",
                   frame->__pooled, frame->__pooled == 1 ? "" : "s");
  if (CDEFER_UNLIKELY(t->head != frame->__mark))
    drop_stale_to_mark(t, frame, ran_site);
}
