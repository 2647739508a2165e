/*===- internal.h - what the runtime's files share ------------------------===*
 *
 * Not installed. The runtime-owned record, the per-thread state and giving
 * a record back to the pool live here so that defer.c can inline them;
 * defer.c's opening comment explains how they fit together, pool.c's the
 * memory layout.
 *
 * Every name here is either `__cdefer_` with hidden visibility (one shared
 * object never sees another's runtime internals) or static.
 *===----------------------------------------------------------------------===*/
#ifndef CDEFER_INTERNAL_H
#define CDEFER_INTERNAL_H

#include "cdefer.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#define CDEFER_HIDDEN __attribute__((visibility("hidden")))
#define CDEFER_API __attribute__((visibility("default")))
#define CDEFER_LIKELY(x) __builtin_expect(!!(x), 1)
#define CDEFER_UNLIKELY(x) __builtin_expect(!!(x), 0)

/* A runtime-owned record is a struct __cdefer_pool_record (cdefer_abi.h):
 * every record with __pub.__pooled != 0 is one. __pub comes first, so
 * &r->__pub is what goes on the frame's list and __cdefer_pooled_of gets the
 * whole record back; the context follows the header. Pool records
 * (__CDEFER_POOL_RECORD) are __CDEFER_RECORD_BYTES long and hold up to
 * __CDEFER_INLINE_BYTES of context; a bigger context gets a record of its
 * own from malloc (__CDEFER_HEAP_RECORD), exactly as long as it needs. For
 * both, __pub.__ctx points at the context, and it, __pub.__pooled and
 * __capacity are set once when the record is made (pool.c), since nothing
 * changes them. */
_Static_assert(offsetof(struct __cdefer_pool_record, __pub) == 0,
               "a pooled record's public part must come first, for __cdefer_pooled_of");

/* The runtime-owned record whose public part is r (r->__pooled != 0). */
static inline struct __cdefer_pool_record *__cdefer_pooled_of(struct __cdefer_record *r) {
  return (struct __cdefer_pool_record *)(void *)r;
}

/* Where r's context starts: right after its header (the inline
 * __cdefer_push copies to the same place). */
static inline unsigned char *__cdefer_payload(struct __cdefer_pool_record *r) {
  return (unsigned char *)(r + 1);
}

/* 128 bytes: two cache lines, a multiple of any max_align_t. On LP64 the
 * header takes 64 (the public record's 40, then link, frame and capacity),
 * leaving 64 for the context: a call's callee and up to seven pointer-sized
 * arguments. */
_Static_assert(sizeof(struct __cdefer_pool_record) % _Alignof(max_align_t) == 0,
               "a pooled record's context, right after its header, must be aligned for "
               "max_align_t");
_Static_assert(__CDEFER_RECORD_BYTES % _Alignof(max_align_t) == 0,
               "pool records must keep their payloads aligned for max_align_t");
_Static_assert(__CDEFER_INLINE_BYTES >= 5 * sizeof(void *),
               "a call form with a callee and four pointer arguments must fit inline");
_Static_assert(sizeof(void *) != 8 || __CDEFER_INLINE_BYTES == 64,
               "pool.c's comment and test_large.c expect 64 inline bytes on LP64");

/* The calling thread's state, struct __cdefer_thread (cdefer_abi.h), is
 * __cdefer_self, defined in thread.c: a _Thread_local that plugin-compiled
 * code reads too (the inline __cdefer_push), so it is exported. Only pooled
 * records (of either kind) ever touch it: frame-allocated ones stay between
 * their frame and __cdefer_frame_exit. */

/* pool.c: the slow paths of taking a record (the fast one, popping t->__free,
 * is inline in __cdefer_push), and giving everything back. The first two
 * return a record whose __pub.__ctx, __pub.__pooled and __capacity are set. */
CDEFER_HIDDEN struct __cdefer_pool_record *__cdefer_pool_refill(struct __cdefer_thread *t,
                                                                const char *site)
    __attribute__((cold, noinline));
CDEFER_HIDDEN struct __cdefer_pool_record *
__cdefer_heap_record(struct __cdefer_thread *t, size_t size, const char *site)
    __attribute__((cold, noinline));
CDEFER_HIDDEN void __cdefer_pool_destroy(struct __cdefer_thread *t);

/* defer.c: one record at a time, for the panic runtime (panic.c). */
CDEFER_HIDDEN int __cdefer_frame_take(struct __cdefer_frame *frame, struct __cdefer_next *out,
                                      struct __cdefer_record **release);
CDEFER_HIDDEN void __cdefer_frame_release(struct __cdefer_record *r);
CDEFER_HIDDEN void __cdefer_drop_unwound(const void *chain, const void *own);

/* thread.c: registers the calling thread's teardown; called from the slow
 * paths above, since a thread's first push always takes one of them. */
CDEFER_HIDDEN void __cdefer_thread_attach(struct __cdefer_thread *t, const char *site);

/* function_of.c: the start of the function holding the code that the
 * return address ra returns to, or 0 if no unwind information covers it. */
CDEFER_HIDDEN uintptr_t __cdefer_function_of(uintptr_t ra);
/* function_of.c: the FDE covering pc and its function's start in *start;
 * NULL when this lookup cannot tell (then *start is (uintptr_t)-1) or no FDE
 * covers pc (then it is 0). */
CDEFER_HIDDEN const unsigned char *__cdefer_fde_of(uintptr_t pc, uintptr_t *start);

/* fatal.c */
CDEFER_HIDDEN _Noreturn void __cdefer_fatal(const char *site, const char *fmt, ...)
    __attribute__((cold, format(printf, 2, 3)));
/* Splits a site "file:line:function" into the function and the length of its
 * "file:line" prefix (0 if the site has no colon). */
CDEFER_HIDDEN const char *__cdefer_site_function(const char *site, int *where_len);

/* Brings t's peak up to date. The pushes do not: the number pending only
 * falls where records leave the chain, so each place that takes records off
 * it (__cdefer_return before its first, drop before each) calls this first,
 * and cdefer_thread_stats reads the peak as at least what is pending now.
 * Between those, pending can only have grown, so no maximum is missed. */
static inline void __cdefer_note_peak(struct __cdefer_thread *t) {
  if (t->__pending > t->__peak_pending)
    t->__peak_pending = t->__pending;
}

/* stats.c: checked mode (CDEFER_STATS, CDEFER_MAX_PENDING), set once at
 * load. In it the free list the inline push pops stays empty and free
 * records wait on t->__stash, so that every push takes the slow path. */
CDEFER_HIDDEN extern int __cdefer_checked;
enum __cdefer_stats_source { __CDEFER_FROM_POOL, __CDEFER_FROM_NEW_CHUNK, __CDEFER_FROM_HEAP };
CDEFER_HIDDEN void __cdefer_stats_limit(const struct __cdefer_thread *t, const char *site);
CDEFER_HIDDEN void __cdefer_stats_pushed(const char *site, enum __cdefer_stats_source how);
CDEFER_HIDDEN void __cdefer_stats_done(const char *site, int ran);
CDEFER_HIDDEN void __cdefer_stats_thread_end(void);

/* The list free pool records go back on: the one the inline push pops, or
 * in checked mode the stash. */
static inline struct __cdefer_pool_record **__cdefer_free_list(struct __cdefer_thread *t) {
  return CDEFER_UNLIKELY(__cdefer_checked) ? &t->__stash : &t->__free;
}

/* chunk.c: batch chunks (struct __cdefer_batch_chunk of cdefer_abi.h). */
_Static_assert(sizeof(struct __cdefer_batch_chunk) % _Alignof(max_align_t) == 0,
               "a batch chunk's snapshots, right after its header, must be aligned for "
               "max_align_t");

/* The batch chunk whose pool-record header is r (__pub.__pooled is
 * __CDEFER_CHUNK_RECORD). */
static inline struct __cdefer_batch_chunk *__cdefer_chunk_of(struct __cdefer_pool_record *r) {
  return (struct __cdefer_batch_chunk *)(void *)r;
}

/* The runs a batch chunk holds, not yet run. */
static inline size_t __cdefer_chunk_runs(const struct __cdefer_batch_chunk *c) {
  return (size_t)(c->__put - (const unsigned char *)c->__r.__pub.__ctx) / c->__stride;
}

/* The deferred calls pool record r holds: a batch chunk's runs, or 1. For
 * the reports of calls that will never run. */
/* A batch chunk's count may be short when its function was left without
 * returning: outside panic-ready functions the site's window publishes it
 * lazily (cdefer_abi.h). Reports then say "at least". */
static inline int __cdefer_record_calls_may_be_more(const struct __cdefer_pool_record *r) {
  return r->__pub.__pooled == __CDEFER_CHUNK_RECORD;
}

static inline size_t __cdefer_record_calls(const struct __cdefer_pool_record *r) {
  if (r->__pub.__pooled == __CDEFER_CHUNK_RECORD)
    return __cdefer_chunk_runs((const struct __cdefer_batch_chunk *)(const void *)r);
  return 1;
}

/* Gives back a chunk that has run (or will never run): to the thread's
 * spares, or to malloc when it has enough. */
CDEFER_HIDDEN void __cdefer_chunk_put(struct __cdefer_thread *t, struct __cdefer_batch_chunk *c);
/* Called by the thread's teardown: frees the spare chunks. */
CDEFER_HIDDEN void __cdefer_chunk_destroy(struct __cdefer_thread *t);

/* Gives back a record that has run (or will never run). */
static inline void __cdefer_pool_put(struct __cdefer_thread *t,
                                     struct __cdefer_pool_record *r) {
  if (CDEFER_UNLIKELY(r->__pub.__pooled != __CDEFER_POOL_RECORD)) {
    if (r->__pub.__pooled == __CDEFER_CHUNK_RECORD)
      __cdefer_chunk_put(t, __cdefer_chunk_of(r));
    else
      free(r);
    return;
  }
  struct __cdefer_pool_record **list = __cdefer_free_list(t);
  r->__link = *list;
  *list = r;
}

#endif /* CDEFER_INTERNAL_H */
