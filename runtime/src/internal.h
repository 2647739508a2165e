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

/* A runtime-owned record: every record with pub.__pooled != 0 is one of
 * these. pub comes first, so &r->pub is what goes on the frame's list and
 * __cdefer_pooled_of gets the whole record back. Pool records are
 * CDEFER_RECORD_BYTES long and hold up to CDEFER_INLINE_BYTES of context; a
 * bigger context gets a record of its own from malloc ("heap record"),
 * exactly as long as it needs. For both, pub.__ctx points at payload and
 * pub.__pooled is 1, set once when the record is made (pool.c), since
 * nothing changes them. */
struct __cdefer_pool_record {
  struct __cdefer_record pub; /* __next links the frame's list */
  /* The next older record on the thread's chain; in the pool, the next free
   * one. */
  struct __cdefer_pool_record *link;
  /* The frame that pushed it: compared, never dereferenced, since the frame
   * is dead if its function was left by longjmp. */
  struct __cdefer_frame *frame;
  size_t size; /* context bytes; > CDEFER_INLINE_BYTES marks a heap record */
  _Alignas(max_align_t) unsigned char payload[]; /* the context, passed to pub.__fn */
};

_Static_assert(offsetof(struct __cdefer_pool_record, pub) == 0,
               "a pooled record's public part must come first, for __cdefer_pooled_of");

/* The runtime-owned record whose public part is r (r->__pooled != 0). */
static inline struct __cdefer_pool_record *__cdefer_pooled_of(struct __cdefer_record *r) {
  return (struct __cdefer_pool_record *)(void *)r;
}

/* 128 bytes: two cache lines, a multiple of any max_align_t. On LP64 the
 * header takes 64 (the public record's 40, then link, frame and size),
 * leaving 64 for the context: a call's callee and up to seven pointer-sized
 * arguments. */
#define CDEFER_RECORD_BYTES ((size_t)128)
#define CDEFER_INLINE_BYTES                                                            \
  (CDEFER_RECORD_BYTES - offsetof(struct __cdefer_pool_record, payload))

_Static_assert(CDEFER_RECORD_BYTES % _Alignof(max_align_t) == 0,
               "pool records must keep their payloads aligned for max_align_t");
_Static_assert(CDEFER_INLINE_BYTES >= 5 * sizeof(void *),
               "a call form with a callee and four pointer arguments must fit inline");
_Static_assert(sizeof(void *) != 8 || CDEFER_INLINE_BYTES == 64,
               "pool.c's comment and test_large.c expect 64 inline bytes on LP64");

/* Everything the runtime knows about one thread. Zero is the initial state,
 * and the state teardown returns to. Only pooled records (of either kind)
 * ever touch it: frame-allocated ones stay between their frame and
 * __cdefer_frame_exit. */
struct __cdefer_thread {
  struct __cdefer_pool_record *head; /* newest record on the chain; NULL when empty */
  struct __cdefer_pool_record *free; /* the pool's free list (pool records only) */
  size_t pending;                    /* records on the chain */
  struct __cdefer_chunk *chunks;     /* every chunk the pool carved, newest first */
  size_t chunk_records;              /* how many records the next chunk will hold */
  int attached;                      /* teardown is registered for this thread */
  /* The counters cdefer_thread_stats reports. Only those the fast paths
   * cannot avoid are kept: a pool hit is a push that was neither a miss nor a
   * heap fallback, and a record that ran is one pushed, no longer pending,
   * and not dropped as stale (thread.c derives both). */
  uint64_t pushed;
  uint64_t pool_misses;
  uint64_t heap_fallbacks;
  uint64_t dropped; /* stale records dropped (defer.c) */
  uint64_t peak_pending;
};

/* The calling thread's state (thread.c). initial-exec: __cdefer_push reads
 * it on every call, and in a shared library the default model would make
 * that a call to __tls_get_addr. The price is a slot of static TLS, which a
 * libcdefer.so loaded by dlopen takes from glibc's reserve for exactly this
 * (the struct is under 100 bytes). */
extern CDEFER_HIDDEN _Thread_local struct __cdefer_thread __cdefer_self
    __attribute__((tls_model("initial-exec")));

/* pool.c: the slow paths of taking a record (the fast one, popping t->free,
 * is inline in __cdefer_push), and giving everything back. The first two
 * return a record whose pub.__ctx and pub.__pooled are set. */
CDEFER_HIDDEN struct __cdefer_pool_record *__cdefer_pool_refill(struct __cdefer_thread *t,
                                                                const char *site)
    __attribute__((cold, noinline));
CDEFER_HIDDEN struct __cdefer_pool_record *
__cdefer_heap_record(struct __cdefer_thread *t, size_t size, const char *site)
    __attribute__((cold, noinline));
CDEFER_HIDDEN void __cdefer_pool_destroy(struct __cdefer_thread *t);

/* thread.c: registers the calling thread's teardown; called from the slow
 * paths above, since a thread's first push always takes one of them. */
CDEFER_HIDDEN void __cdefer_thread_attach(struct __cdefer_thread *t, const char *site);

/* fatal.c */
CDEFER_HIDDEN _Noreturn void __cdefer_fatal(const char *site, const char *fmt, ...)
    __attribute__((cold, format(printf, 2, 3)));
/* Splits a site "file:line:function" into the function and the length of its
 * "file:line" prefix (0 if the site has no colon). */
CDEFER_HIDDEN const char *__cdefer_site_function(const char *site, int *where_len);

/* Gives back a record that has run (or will never run). */
static inline void __cdefer_pool_put(struct __cdefer_thread *t,
                                     struct __cdefer_pool_record *r) {
  if (CDEFER_UNLIKELY(r->size > CDEFER_INLINE_BYTES)) {
    free(r);
    return;
  }
  r->link = t->free;
  t->free = r;
}

#endif /* CDEFER_INTERNAL_H */
