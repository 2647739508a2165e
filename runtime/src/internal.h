/*===- internal.h - what the runtime's files share ------------------------===*
 *
 * Not installed. The record, the per-thread state and the pool's fast path
 * live here so that defer.c can inline them; defer.c's opening comment
 * explains how they fit together, pool.c's the memory layout.
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

/* One pending execution of a `__defer`. Pool records are CDEFER_RECORD_BYTES
 * long and hold up to CDEFER_INLINE_BYTES of context; a bigger context gets a
 * record of its own from malloc, exactly as long as it needs. */
struct __cdefer_record {
  struct __cdefer_record *link; /* next older record on the chain; next free record in the pool */
  struct __cdefer_frame *frame; /* the frame that pushed it: only that frame runs it */
  __cdefer_fn_t fn;             /* the outlined deferred statement */
  const char *site;             /* "file:line:function" of the `__defer`, for messages */
  size_t size;                  /* context bytes; > CDEFER_INLINE_BYTES marks a heap record */
  _Alignas(max_align_t) unsigned char payload[]; /* the context, passed to fn */
};

/* 128 bytes: two cache lines, a multiple of any max_align_t. On LP64 the
 * header takes 48 (40 rounded up to max_align_t), leaving 80 for the context:
 * a call's callee and up to nine pointer-sized arguments. */
#define CDEFER_RECORD_BYTES ((size_t)128)
#define CDEFER_INLINE_BYTES (CDEFER_RECORD_BYTES - offsetof(struct __cdefer_record, payload))

_Static_assert(CDEFER_RECORD_BYTES % _Alignof(max_align_t) == 0,
               "pool records must keep their payloads aligned for max_align_t");
_Static_assert(CDEFER_INLINE_BYTES >= 5 * sizeof(void *),
               "a call form with a callee and four pointer arguments must fit inline");

/* Everything the runtime knows about one thread. Zero is the initial state,
 * and the state teardown returns to. */
struct __cdefer_thread {
  struct __cdefer_record *head; /* newest record on the chain; NULL when empty */
  struct __cdefer_record *free; /* the pool's free list (pool records only) */
  size_t pending;               /* records on the chain */
  struct __cdefer_chunk *chunks; /* every chunk the pool carved, newest first */
  size_t chunk_records;         /* how many records the next chunk will hold */
  int attached;                 /* teardown is registered for this thread */
  struct cdefer_thread_stats stats;
};

/* The calling thread's state (thread.c). */
extern CDEFER_HIDDEN _Thread_local struct __cdefer_thread __cdefer_self;

/* pool.c: slow paths of taking a record, and giving everything back. */
CDEFER_HIDDEN struct __cdefer_record *__cdefer_pool_refill(struct __cdefer_thread *t,
                                                           const char *site);
CDEFER_HIDDEN struct __cdefer_record *__cdefer_heap_record(struct __cdefer_thread *t,
                                                           size_t size, const char *site);
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

/* Takes a record for a context of at most CDEFER_INLINE_BYTES. Steady state:
 * one load and one store, no malloc. */
static inline struct __cdefer_record *__cdefer_pool_get(struct __cdefer_thread *t,
                                                        const char *site) {
  struct __cdefer_record *r = t->free;
  if (CDEFER_UNLIKELY(r == NULL))
    return __cdefer_pool_refill(t, site);
  t->free = r->link;
  t->stats.pool_hits++;
  return r;
}

/* Gives back a record that has run (or will never run). */
static inline void __cdefer_pool_put(struct __cdefer_thread *t, struct __cdefer_record *r) {
  if (CDEFER_UNLIKELY(r->size > CDEFER_INLINE_BYTES)) {
    free(r);
    return;
  }
  r->link = t->free;
  t->free = r;
}

#endif /* CDEFER_INTERNAL_H */
