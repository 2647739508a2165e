/*===- pool.c - the per-thread record pool --------------------------------===*
 *
 * Pooled records are __CDEFER_RECORD_BYTES = 128 bytes: on LP64 a 64-byte
 * header (struct __cdefer_pool_record of cdefer_abi.h: the public struct
 * __cdefer_record the frame's list links, 40 bytes; then the chain link, the
 * owning frame and the record's capacity), then
 * __CDEFER_INLINE_BYTES = 64 bytes of context, aligned for max_align_t. That
 * holds a call's callee and seven pointer-sized arguments, or a block's
 * pointers to eight variables; a typical `__defer fclose(f)` needs 16.
 *
 * The pool is a free list of such records, carved from chunks. A thread's
 * first chunk holds 32 records (4 KiB); each further chunk doubles, up to
 * 1023 records (just under 128 KiB), so a thread that piles up N pending
 * records makes O(log N) small mallocs and then O(N / 1023) big ones. (1023,
 * not 1024: glibc serves a chunk this big with mmap, rounded up to pages,
 * and 1024 records plus the chunk's header and malloc's would take a 33rd
 * page, 3% more memory per record; bench/memory measured it.) Chunks are never
 * returned while the thread lives: the pool is as big as the thread's peak
 * number of pending records, and every pending record costs 128 bytes plus
 * 16 bytes of chunk header per chunk (under 1 byte per record in large
 * chunks). The thread's teardown frees everything.
 *
 * A context bigger than 64 bytes gets a heap record: malloc of the 64-byte
 * header plus the context, freed as soon as it has run. Those are not pooled
 * (their sizes vary and they are rare); each one counts as a heap fallback.
 * To the ABI both kinds are "pooled" (__pooled != 0): runtime-owned, on the
 * thread's chain; __pooled tells them apart (__CDEFER_POOL_RECORD,
 * __CDEFER_HEAP_RECORD). So are batch chunks (__CDEFER_CHUNK_RECORD), which
 * chunk.c makes and keeps apart from this pool.
 *
 * A record's __pub.__ctx (its payload), __pub.__pooled and __capacity never
 * change, so they are set here, once, when the record is carved or
 * allocated, and never by a push.
 *===----------------------------------------------------------------------===*/
#include "internal.h"

#include <stdint.h>

enum { FIRST_CHUNK_RECORDS = 32, MAX_CHUNK_RECORDS = 1023 };

struct __cdefer_chunk {
  struct __cdefer_chunk *next;
  _Alignas(max_align_t) unsigned char records[]; /* records * __CDEFER_RECORD_BYTES */
};

/* Makes a record of kind (__CDEFER_POOL_RECORD or __CDEFER_HEAP_RECORD)
 * for capacity bytes of context out of raw memory: what never changes is set
 * once. */
static struct __cdefer_pool_record *init_record(void *slot, size_t kind, size_t capacity) {
  struct __cdefer_pool_record *r = slot;
  r->__pub.__ctx = __cdefer_payload(r);
  r->__pub.__pooled = kind;
  r->__capacity = capacity;
  return r;
}

/* Called by __cdefer_push's slow path when the free list is empty: carves a
 * new chunk into the free list and returns its first record. On a thread's first
 * pooled push this is where its teardown gets registered. */
CDEFER_HIDDEN struct __cdefer_pool_record *__cdefer_pool_refill(struct __cdefer_thread *t,
                                                                const char *site) {
  if (!t->__attached)
    __cdefer_thread_attach(t, site);

  size_t n = t->__chunk_records ? t->__chunk_records : FIRST_CHUNK_RECORDS;
  size_t bytes = offsetof(struct __cdefer_chunk, records) + n * __CDEFER_RECORD_BYTES;
  struct __cdefer_chunk *c = malloc(bytes);
  if (c == NULL)
    __cdefer_fatal(site, "out of memory: cannot allocate %zu bytes for %zu deferred-call "
                         "records",
                   bytes, n);
  c->next = t->__chunks;
  t->__chunks = c;
  t->__chunk_records = 2 * n < MAX_CHUNK_RECORDS ? 2 * n : MAX_CHUNK_RECORDS;
  t->__pool_misses++;

  /* Record 0 is returned; 1..n-1 go on the free list in address order, so
   * the next pushes walk the chunk forwards. */
  struct __cdefer_pool_record **list = __cdefer_free_list(t);
  struct __cdefer_pool_record *next = *list;
  for (size_t i = n - 1; i > 0; i--) {
    struct __cdefer_pool_record *r = init_record(c->records + i * __CDEFER_RECORD_BYTES,
                                                 __CDEFER_POOL_RECORD, __CDEFER_INLINE_BYTES);
    r->__link = next;
    next = r;
  }
  *list = next;
  return init_record(c->records, __CDEFER_POOL_RECORD, __CDEFER_INLINE_BYTES);
}

/* Called by __cdefer_push's slow path for a context bigger than a pool
 * record holds. */
CDEFER_HIDDEN struct __cdefer_pool_record *
__cdefer_heap_record(struct __cdefer_thread *t, size_t size, const char *site) {
  if (!t->__attached)
    __cdefer_thread_attach(t, site);

  size_t header = sizeof(struct __cdefer_pool_record);
  if (size > SIZE_MAX - header)
    __cdefer_fatal(site, "deferred call context of %zu bytes is too big", size);
  void *block = malloc(header + size);
  if (block == NULL)
    __cdefer_fatal(site, "out of memory: cannot allocate %zu bytes for a deferred call's "
                         "context",
                   header + size);
  t->__heap_fallbacks++;
  return init_record(block, __CDEFER_HEAP_RECORD, size);
}

/* Called by the thread's teardown, after any report: frees the heap records
 * and batch chunks still on the chain, the spare batch chunks, and every
 * chunk the pool carved (which holds the pool records, pending or free). The
 * caller resets the rest of the state. */
CDEFER_HIDDEN void __cdefer_pool_destroy(struct __cdefer_thread *t) {
  struct __cdefer_pool_record *r = t->__head;
  for (size_t n = 0; r != NULL && n < t->__pending; n++) {
    struct __cdefer_pool_record *older = r->__link;
    if (r->__pub.__pooled != __CDEFER_POOL_RECORD)
      free(r);
    r = older;
  }
  __cdefer_chunk_destroy(t);
  t->__head = NULL;
  t->__free = NULL;
  t->__stash = NULL;
  for (struct __cdefer_chunk *c = t->__chunks, *next; c != NULL; c = next) {
    next = c->next;
    free(c);
  }
  t->__chunks = NULL;
}
