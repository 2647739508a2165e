/*===- pool.c - the per-thread record pool --------------------------------===*
 *
 * Records are CDEFER_RECORD_BYTES = 128 bytes: a 40-byte header on LP64
 * (chain link, owning frame, fn, site, context size), padded to 48 so the
 * context is aligned for max_align_t, then CDEFER_INLINE_BYTES = 80 bytes of
 * context. That holds a call's callee and nine pointer-sized arguments, or a
 * block's pointers to ten variables; a typical `__defer fclose(f)` needs 16.
 *
 * The pool is a free list of such records, carved from chunks. A thread's
 * first chunk holds 32 records (4 KiB); each further chunk doubles, up to
 * 1024 records (128 KiB), so a thread that piles up N pending records makes
 * O(log N) small mallocs and then O(N / 1024) big ones. Chunks are never
 * returned while the thread lives: the pool is as big as the thread's peak
 * number of pending records, and every pending record costs 128 bytes plus
 * 16 bytes of chunk header per chunk (under 1 byte per record in large
 * chunks). The thread's teardown frees everything.
 *
 * A context bigger than 80 bytes gets a heap record: malloc of the 48-byte
 * header plus the context, freed as soon as it has run. Those are not pooled
 * (their sizes vary and they are rare); each one counts as a heap fallback.
 *===----------------------------------------------------------------------===*/
#include "internal.h"

#include <stdint.h>

enum { FIRST_CHUNK_RECORDS = 32, MAX_CHUNK_RECORDS = 1024 };

struct __cdefer_chunk {
  struct __cdefer_chunk *next;
  _Alignas(max_align_t) unsigned char records[]; /* records * CDEFER_RECORD_BYTES */
};

/* Called by __cdefer_pool_get when the free list is empty: carves a new chunk
 * into the free list and returns its first record. On a thread's first push
 * this is where its teardown gets registered. */
CDEFER_HIDDEN struct __cdefer_record *__cdefer_pool_refill(struct __cdefer_thread *t,
                                                           const char *site) {
  if (!t->attached)
    __cdefer_thread_attach(t, site);

  size_t n = t->chunk_records ? t->chunk_records : FIRST_CHUNK_RECORDS;
  size_t bytes = offsetof(struct __cdefer_chunk, records) + n * CDEFER_RECORD_BYTES;
  struct __cdefer_chunk *c = malloc(bytes);
  if (c == NULL)
    __cdefer_fatal(site, "out of memory: cannot allocate %zu bytes for %zu deferred-call "
                         "records",
                   bytes, n);
  c->next = t->chunks;
  t->chunks = c;
  t->chunk_records = n < MAX_CHUNK_RECORDS ? 2 * n : MAX_CHUNK_RECORDS;
  t->stats.pool_misses++;

  /* Record 0 is returned; 1..n-1 go on the free list in address order, so
   * the next pushes walk the chunk forwards. */
  struct __cdefer_record *next = t->free;
  for (size_t i = n - 1; i > 0; i--) {
    void *slot = c->records + i * CDEFER_RECORD_BYTES;
    struct __cdefer_record *r = slot;
    r->link = next;
    next = r;
  }
  t->free = next;
  return (struct __cdefer_record *)(void *)c->records;
}

/* Called by __cdefer_push for a context bigger than a pool record holds. */
CDEFER_HIDDEN struct __cdefer_record *__cdefer_heap_record(struct __cdefer_thread *t,
                                                           size_t size, const char *site) {
  if (!t->attached)
    __cdefer_thread_attach(t, site);

  size_t header = offsetof(struct __cdefer_record, payload);
  if (size > SIZE_MAX - header)
    __cdefer_fatal(site, "deferred call context of %zu bytes is too big", size);
  struct __cdefer_record *r = malloc(header + size);
  if (r == NULL)
    __cdefer_fatal(site, "out of memory: cannot allocate %zu bytes for a deferred call's "
                         "context",
                   header + size);
  t->stats.heap_fallbacks++;
  return r;
}

/* Called by the thread's teardown, after any report: frees the heap records
 * still on the chain and every chunk (which holds the pool records, pending
 * or free). The caller resets the rest of the state. */
CDEFER_HIDDEN void __cdefer_pool_destroy(struct __cdefer_thread *t) {
  struct __cdefer_record *r = t->head;
  for (size_t n = 0; r != NULL && n < t->pending; n++) {
    struct __cdefer_record *older = r->link;
    if (r->size > CDEFER_INLINE_BYTES)
      free(r);
    r = older;
  }
  t->head = NULL;
  t->free = NULL;
  for (struct __cdefer_chunk *c = t->chunks, *next; c != NULL; c = next) {
    next = c->next;
    free(c);
  }
  t->chunks = NULL;
}
