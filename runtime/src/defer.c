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
 *    into it. It is also on the thread's chain, below. The push is inline
 *    in cdefer_abi.h for the common case (a record on the free list, a
 *    context that fits, a frame of this thread's); everything else calls
 *    __cdefer_push_slow, here, which does the same and more.
 *
 *  - A batch (in the frame) and a batch chunk (runtime-owned, chunk.c)
 *    hold many runs of one `__defer` in a loop behind one record each; a
 *    chunk is a pooled record here, and its snapshots run one at a time,
 *    newest first (run_chunk, __cdefer_frame_take).
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
 * __cdefer_push finds the thread through one _Thread_local access (the
 * initial-exec __cdefer_self, which cdefer_abi.h declares for it) and saves
 * it in the frame, so __cdefer_return needs none.
 *
 * The run stays out of line: an inline run of pooled records in
 * __cdefer_frame_exit (which every function with a runtime-tier `__defer`
 * carries, twice under -fexceptions) measured slower per record than this
 * loop and about doubled those functions' code, frame-allocated-only ones
 * included. __cdefer_return keeps the common case short instead: one
 * compare per record for its kind, the checks as compares against values it
 * loads anyway, and the thread's peak pending count brought up to date once
 * per call rather than at each push.
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
  const struct __cdefer_pool_record *r = t->__head;
  for (size_t n = 0; r != NULL && n < t->__pending; r = r->__link, n++)
    if (r->__frame == frame)
      return r->__pub.__site;
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
                 frame->__pooled, plural, t->__pending);
}

/* One line on stderr for pooled record r, whose deferred calls will never
 * run, naming where it was registered; why_their/why_its end the sentence
 * for several calls (a batch chunk) or one. Called by report_stale and
 * __cdefer_drop_unwound, before they give the record back. */
static void report_lost(const struct __cdefer_pool_record *r, const char *why_their,
                        const char *why_its) {
  int where_len;
  const char *site = r->__pub.__site;
  const char *fn = __cdefer_site_function(site, &where_len);
  size_t calls = __cdefer_record_calls(r);
  const char *at_least = __cdefer_record_calls_may_be_more(r) ? "at least " : "";
  if (calls != 1)
    fprintf(stderr, "cdefer: %s%zu deferred calls registered at %.*s in %s() will not run: %s\n",
            at_least, calls, where_len, site != NULL ? site : "?", fn, why_their);
  else if (*at_least)
    fprintf(stderr, "cdefer: at least 1 deferred call registered at %.*s in %s() will not run: %s\n",
            where_len, site != NULL ? site : "?", fn, why_its);
  else
    fprintf(stderr, "cdefer: deferred call registered at %.*s in %s() will not run: %s\n",
            where_len, site != NULL ? site : "?", fn, why_its);
}

/* Called by drop for each stale record, before giving it back. */
static void report_stale(const struct __cdefer_pool_record *r) {
  report_lost(r, "their function was left without returning (longjmp?)",
              "its function was left without returning (longjmp?)");
}

/* Called when a returning frame's list holds a pooled record r the frame
 * did not push. The message says "returning with <what> deferred call,
 * registered at <r's site>, on <list> (corrupted frame)" and blames site, the
 * returning frame's, if known: r's site names another function. */
static _Noreturn __attribute__((noinline, cold)) void
foreign_record(const char *site, const struct __cdefer_pool_record *r, const char *what,
               const char *list) {
  int where_len;
  const char *fn = __cdefer_site_function(r->__pub.__site, &where_len);
  __cdefer_fatal(site, "returning with %s deferred call, registered at %.*s in %s(), on %s "
                       "(corrupted frame)",
                 what, where_len, r->__pub.__site != NULL ? r->__pub.__site : "?", fn, list);
}

/* Called by drop and __cdefer_drop_unwound for r, a record on top of t's
 * chain that will never run, after they reported it: unlinks and uncounts
 * it, and gives it back to the pool (or frees a heap record). Its dead frame
 * is not touched. */
static void discard(struct __cdefer_thread *t, struct __cdefer_pool_record *r) {
  __cdefer_note_peak(t);
  t->__head = r->__link;
  t->__pending--;
  t->__dropped++;
  if (CDEFER_UNLIKELY(__cdefer_checked))
    __cdefer_stats_done(r->__pub.__site, 0);
  __cdefer_pool_put(t, r);
}

/* Called by drop_stale and drop_stale_to_mark for r, a stale record on top
 * of t's chain: reports it and discards it. */
static void drop(struct __cdefer_thread *t, struct __cdefer_pool_record *r) {
  report_stale(r);
  discard(t, r);
}

/* Called when the frame's list holds one more runtime-owned record, pr,
 * than the frame counts (__pooled is 0). */
static _Noreturn __attribute__((noinline, cold)) void
overfull_list(const struct __cdefer_thread *t, const struct __cdefer_frame *frame,
              const struct __cdefer_pool_record *pr, const char *ran_site) {
  __cdefer_fatal(pr->__frame == frame ? pr->__pub.__site : blame(t, frame, ran_site),
                 "returning with more deferred calls on the frame's list than the frame "
                 "counted (corrupted frame)");
}

/* Called by __cdefer_return (take_off_chain), off its fast path, when the
 * frame's next record pr (a pooled one, just unlinked from the frame's list)
 * is not on top of the chain or is not the frame's.
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
    overfull_list(t, frame, pr, ran_site);
  for (;;) {
    struct __cdefer_pool_record *r = t->__head;
    if (r == NULL || r == frame->__mark)
      lost_records(t, frame, r, ran_site);
    if (r == pr) {
      if (pr->__frame != frame)
        foreign_record(blame(t, frame, ran_site), pr, "another frame's", "this frame's list");
      return;
    }
    if (r->__frame == frame)
      __cdefer_fatal(r->__pub.__site,
                     "the frame's deferred calls are on the thread's chain in another order "
                     "than on the frame's list (corrupted frame or chain)");
    /* r is not the frame's, and the frame's own records are below it: the
     * thread must count at least one more record than the frame does. */
    if (t->__pending <= frame->__pooled)
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
  for (struct __cdefer_pool_record *r = t->__head; r != frame->__mark; r = r->__link, n++) {
    if (r == NULL || n == t->__pending)
      __cdefer_fatal(ran_site, "after running this frame's deferred calls the chain is not "
                               "where the frame found it (corrupted frame or chain)");
    if (r->__frame == frame)
      __cdefer_fatal(r->__pub.__site, "returning with deferred calls of the frame on the "
                                    "chain that are not on its list (corrupted frame)");
  }
  while (n-- != 0)
    drop(t, t->__head);
}

/* Called by __cdefer_push_slow when a frame that another thread pushed on
 * pushes on this one. */
static _Noreturn __attribute__((noinline, cold)) void shared_frame(const char *site) {
  __cdefer_fatal(site, "deferring on a frame that another thread started deferring on "
                       "(a frame shared between threads, or a corrupted frame)");
}

/* The inline __cdefer_push (cdefer_abi.h) calls this, with its own
 * arguments, when it cannot do the push itself: the pool is empty, the
 * context is too big for a pool record, the frame is another thread's, or fn
 * is null. It is the whole push, and does every case.
 *
 * On entry: frame is the calling function's hidden frame, zeroed at the
 * function's entry and touched since only by __cdefer_push_frame (which
 * links frame-allocated records onto its list), __cdefer_push and this
 * function; if frame->__owner is set, this frame made a pooled push before,
 * on that thread. ctx points to size bytes (ctx may be NULL when size is 0):
 * the context the plugin built for fn, copied here, so it may die as soon as
 * this returns. site is a string literal "file:line:function".
 *
 * What the record holds and which counters move is exactly what the inline
 * push does; besides, a pool miss or a heap record is counted where it is
 * made (pool.c). */
CDEFER_API void __cdefer_push_slow(struct __cdefer_frame *frame, __cdefer_fn_t fn,
                                   const void *ctx, size_t size, const char *site) {
  struct __cdefer_thread *t = &__cdefer_self;

  if (frame->__owner != t) {
    if (frame->__owner != NULL)
      shared_frame(site);
    /* The frame's first pooled push: as in __cdefer_push. */
    frame->__mark = t->__head;
    frame->__owner = t;
  }
  if (fn == NULL)
    __cdefer_fatal(site, "deferring a null function");
  if (CDEFER_UNLIKELY(__cdefer_checked))
    __cdefer_stats_limit(t, site);

  struct __cdefer_pool_record *r;
  struct __cdefer_pool_record **free_list = __cdefer_free_list(t);
  enum __cdefer_stats_source how = __CDEFER_FROM_POOL;
  if (size > __CDEFER_INLINE_BYTES) {
    r = __cdefer_heap_record(t, size, site);
    how = __CDEFER_FROM_HEAP;
  } else if (*free_list == NULL) {
    r = __cdefer_pool_refill(t, site);
    how = __CDEFER_FROM_NEW_CHUNK;
  } else {
    r = *free_list;
    *free_list = r->__link;
  }
  if (size != 0)
    memcpy(__cdefer_payload(r), ctx, size);
  r->__frame = frame;
  r->__pub.__fn = fn;
  r->__pub.__site = site;
  r->__link = t->__head;
  t->__head = r;
  r->__pub.__next = frame->__head;
  frame->__head = &r->__pub;
  frame->__pooled++;
  t->__pending++;
  t->__pushed++;
  if (CDEFER_UNLIKELY(__cdefer_checked))
    __cdefer_stats_pushed(site, how);
}

/* __cdefer_push as a symbol as well, for code that calls it without the
 * header's inline definition in view: the GCC plugin declares the runtime's
 * entry points itself unless the unit includes <cdefer.h>. The slow path is
 * a complete push. (The asm label keeps the C name apart from the header's
 * static inline __cdefer_push.) */
CDEFER_API extern void __cdefer_push_symbol(struct __cdefer_frame *frame, __cdefer_fn_t fn,
                                            const void *ctx, size_t size, const char *site)
    __asm__("__cdefer_push") __attribute__((alias("__cdefer_push_slow")));

/* Called by __cdefer_return for each runtime-owned record pr it meets on
 * the frame's list, before running it: takes it off the thread's chain and
 * uncounts it. pr must be on top of the chain, the frame's, and counted; if
 * it is not, drop_stale drops the stale records above it, or ends the
 * process. */
static inline void take_off_chain(struct __cdefer_thread *t, struct __cdefer_frame *frame,
                                  struct __cdefer_pool_record *pr, const char *ran_site) {
  if (CDEFER_UNLIKELY(t->__head != pr || pr->__frame != frame))
    drop_stale(t, frame, pr, ran_site);
  /* Uncounted, and checked in the same step (a subtraction and a branch on
   * its borrow). */
  if (CDEFER_UNLIKELY(__builtin_sub_overflow(frame->__pooled, 1, &frame->__pooled))) {
    frame->__pooled = 0;
    overfull_list(t, frame, pr, ran_site);
  }
  t->__head = pr->__link;
  t->__pending--;
}

/* Called by __cdefer_return for a record on the frame's list whose
 * __pooled is no kind at all. Its site may be as broken as its kind, so the
 * frame's is blamed. */
static _Noreturn __attribute__((noinline, cold)) void
unknown_kind(const struct __cdefer_thread *t, const struct __cdefer_frame *frame,
             const struct __cdefer_record *r, const char *ran_site) {
  __cdefer_fatal(blame(t, frame, ran_site),
                 "returning with a deferred call of unknown kind %zu on the frame's list "
                 "(corrupted frame)",
                 r->__pooled);
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

static inline __attribute__((always_inline)) void
run_frame_records(struct __cdefer_thread *t, struct __cdefer_frame *frame, int checked);

/* Called by __cdefer_return for a batch chunk it met on the frame's list
 * and unlinked (chunk.c): runs its snapshots newest first, each taken off
 * (__put moved back) before it runs. The chunk goes back first on the
 * frame's list, and stays on top of the chain, while snapshots remain, so
 * that a panic in one of them finds the rest where it finds every pending
 * record; all but the oldest run in the chunk's __run (cdefer_abi.h,
 * __cdefer_run_chunk); before the oldest runs the chunk leaves both, and it
 * goes back to the thread's spares once that has returned. Chunks only exist
 * outside checked mode, so none of this is counted.
 *
 * On entry: as for take_off_chain; c is the frame's and holds at least one
 * snapshot (a chunk is linked with its first). Returns c's site, which the
 * caller cannot read from c once it is given back. */
static __attribute__((noinline)) const char *run_chunk(struct __cdefer_thread *t,
                                                       struct __cdefer_frame *frame,
                                                       struct __cdefer_batch_chunk *c,
                                                       const char *ran_site) {
  struct __cdefer_record *r = &c->__r.__pub;
  const char *site = r->__site;
  unsigned char *first = r->__ctx;
  if (CDEFER_UNLIKELY(c->__put <= first || c->__put > c->__end || c->__run == NULL))
    __cdefer_fatal(r->__site, "a batch chunk of deferred calls that holds none is on the "
                              "frame's list (corrupted frame)");
  frame->__head = r;
  if (c->__put != first + c->__stride)
    c->__run(c);
  c->__put = first;
  frame->__head = r->__next;
  take_off_chain(t, frame, &c->__r, ran_site);
  r->__fn(first);
  __cdefer_chunk_put(t, c);
  return site;
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

  if (CDEFER_UNLIKELY(t == NULL))
    never_pushed(frame);
  __cdefer_note_peak(t);
  /* Two copies of the loop, so that the common one tests nothing per
   * record for checked mode (stats.c). */
  if (CDEFER_UNLIKELY(__cdefer_checked))
    run_frame_records(t, frame, 1);
  else
    run_frame_records(t, frame, 0);
}

/* __cdefer_return's loop: checked says whether each pooled record is
 * counted for the profile and goes back to the stash (stats.c). */
static inline __attribute__((always_inline)) void
run_frame_records(struct __cdefer_thread *t, struct __cdefer_frame *frame, int checked) {
  const char *ran_site = NULL;
  struct __cdefer_pool_record **free_list = checked ? &t->__stash : &t->__free;
  struct __cdefer_record *r;
  while ((r = frame->__head) != NULL) {
    frame->__head = r->__next;
    struct __cdefer_pool_record *pr = __cdefer_pooled_of(r);
    /* The kinds of record, the most common first. */
    if (CDEFER_LIKELY(r->__pooled == __CDEFER_POOL_RECORD)) {
      take_off_chain(t, frame, pr, ran_site);
      ran_site = r->__site;
      if (checked)
        __cdefer_stats_done(ran_site, 1);
      r->__fn(r->__ctx);
      pr->__link = *free_list; /* back to the pool, now that ctx is dead */
      *free_list = pr;
    } else if (r->__pooled == __CDEFER_FRAME_RECORD || r->__pooled == __CDEFER_BATCH_RECORD) {
      /* A batch's fn runs its snapshots (cdefer_abi.h). */
      ran_site = r->__site;
      r->__fn(r->__ctx);
    } else if (r->__pooled == __CDEFER_HEAP_RECORD) {
      take_off_chain(t, frame, pr, ran_site);
      ran_site = r->__site;
      if (checked)
        __cdefer_stats_done(ran_site, 1);
      r->__fn(r->__ctx);
      free(pr);
    } else if (r->__pooled == __CDEFER_CHUNK_RECORD) {
      ran_site = run_chunk(t, frame, __cdefer_chunk_of(pr), ran_site);
    } else {
      unknown_kind(t, frame, r, ran_site);
    }
  }

  if (CDEFER_UNLIKELY(frame->__pooled != 0))
    __cdefer_fatal(blame(t, frame, ran_site),
                   "returning with %zu deferred call%s still counted but none left on the "
                   "frame's list (corrupted frame)",
                   frame->__pooled, frame->__pooled == 1 ? "" : "s");
  if (CDEFER_UNLIKELY(t->__head != frame->__mark))
    drop_stale_to_mark(t, frame, ran_site);
}

/* Called by the panic runtime (panic.c, run_frame) for a panic-ready frame of
 * the runtime tiers, to run its deferred calls one at a time: takes the
 * frame's newest pending deferred call off, exactly as __cdefer_return
 * would before running it, into *out. A record is unlinked from the frame's
 * list and, if runtime-owned, taken off the thread's chain (dropping stale
 * records above it); *release is then the record, for
 * __cdefer_frame_release once the call ran. A batch gives its newest
 * snapshot and stays on the list until its last one is taken (*release is
 * NULL then: its storage is the frame's); so does a batch chunk, which
 * leaves the chain too with its last snapshot and is then *release (the
 * snapshot lives in it). Returns 0 if nothing is pending.
 *
 * On entry: frame belongs to a live function of the calling thread. */
CDEFER_HIDDEN int __cdefer_frame_take(struct __cdefer_frame *frame, struct __cdefer_next *out,
                                      struct __cdefer_record **release) {
  struct __cdefer_record *r = frame->__head;
  *release = NULL;
  if (r == NULL)
    return 0;
  if (r->__pooled == __CDEFER_BATCH_RECORD) {
    struct __cdefer_batch *b = (struct __cdefer_batch *)(void *)r;
    if (CDEFER_UNLIKELY(b->__put <= b->__first))
      __cdefer_fatal(r->__site, "an empty batch of deferred calls is on the frame's list "
                                "(corrupted frame)");
    b->__put -= b->__stride;
    if (b->__put == b->__first)
      frame->__head = r->__next;
    out->__fn = b->__fn;
    out->__ctx = b->__put;
    out->__site = r->__site;
    return 1;
  }
  if (r->__pooled != __CDEFER_FRAME_RECORD) {
    struct __cdefer_thread *t = frame->__owner;
    if (CDEFER_UNLIKELY(t == NULL))
      never_pushed(frame);
    if (r->__pooled == __CDEFER_CHUNK_RECORD) {
      /* Its newest snapshot; the chunk leaves the list and the chain (as in
       * run_chunk) when that is its last. */
      struct __cdefer_batch_chunk *c = __cdefer_chunk_of(__cdefer_pooled_of(r));
      unsigned char *first = r->__ctx;
      if (CDEFER_UNLIKELY(c->__put <= first || c->__put > c->__end))
        __cdefer_fatal(r->__site, "a batch chunk of deferred calls that holds none is on "
                                  "the frame's list (corrupted frame)");
      c->__put -= c->__stride;
      out->__fn = r->__fn;
      out->__ctx = c->__put;
      out->__site = r->__site;
      if (c->__put == first) {
        __cdefer_note_peak(t);
        frame->__head = r->__next;
        take_off_chain(t, frame, &c->__r, NULL);
        *release = r;
      }
      return 1;
    }
    if (CDEFER_UNLIKELY(r->__pooled != __CDEFER_POOL_RECORD &&
                        r->__pooled != __CDEFER_HEAP_RECORD))
      unknown_kind(t, frame, r, NULL);
    __cdefer_note_peak(t);
    frame->__head = r->__next;
    take_off_chain(t, frame, __cdefer_pooled_of(r), NULL);
    if (CDEFER_UNLIKELY(__cdefer_checked))
      __cdefer_stats_done(r->__site, 1);
  } else {
    frame->__head = r->__next;
  }
  out->__fn = r->__fn;
  out->__ctx = r->__ctx;
  out->__site = r->__site;
  *release = r;
  return 1;
}

/* Called by the panic runtime after r (from __cdefer_frame_take) ran: gives
 * a runtime-owned record back, now that its context is dead. */
CDEFER_HIDDEN void __cdefer_frame_release(struct __cdefer_record *r) {
  if (r->__pooled == __CDEFER_FRAME_RECORD)
    return;
  __cdefer_pool_put(&__cdefer_self, __cdefer_pooled_of(r));
}

/* Called by the panic runtime (panic.c) when a panic is recovered in a
 * registered function: every function it called has been unwound, and the
 * pooled records of those that ran no deferred code during the unwind
 * (neither panic-ready nor compiled with -fexceptions) are still on the
 * chain, above chain (the head when the function registered) and mixed with
 * the function's own records (own, its struct __cdefer_frame, or NULL if it
 * has none). Drops them, each with one line on stderr, newest first, down to
 * the first record that is the function's own or chain. */
CDEFER_HIDDEN void __cdefer_drop_unwound(const void *chain, const void *own) {
  struct __cdefer_thread *t = &__cdefer_self;
  struct __cdefer_pool_record *r;
  while ((r = t->__head) != NULL && (const void *)r != chain &&
         (own == NULL || (const void *)r->__frame != own)) {
    report_lost(r,
                "a panic unwound their function, which is not panic-ready and was not "
                "compiled with -fexceptions",
                "a panic unwound its function, which is not panic-ready and was not "
                "compiled with -fexceptions");
    discard(t, r);
  }
}
