/*===- chunk.c - batch chunks: a loop's runs past its batch ---------------===*
 *
 * A `__defer` in a loop keeps the first K runs of a call in a batch in the
 * frame (cdefer_abi.h, struct __cdefer_batch). A long loop's runs past those
 * go into batch chunks: 4 KiB blocks, each one runtime-owned record of kind
 * __CDEFER_CHUNK_RECORD that holds as many snapshots of the site as fit
 * (498 of 8 bytes, 62 of 64). The inline __cdefer_push_batch appends a run
 * to the site's newest chunk in place (a compare, the snapshot's stores, a
 * pointer bump, in registers) while the site's window (cdefer_abi.h) is
 * open on it, that is while that chunk is the frame's newest record and has
 * room; everything else comes here, to __cdefer_push_more, which starts
 * chunks and opens the window on them.
 *
 * To the rest of the runtime a chunk is a pool record (defer.c): it is on
 * the frame's list and the thread's chain, counted once on each, keyed by
 * its frame, dropped as stale like any other when its function was left by
 * longjmp. __cdefer_return runs its snapshots newest first: all but the
 * oldest through the chunk's __run, the site's __cdefer_chunkrun_f_N, which
 * the plugin synthesises to call the outlined statement directly (no
 * indirect call per run), then the oldest itself. The chunk stays first on
 * the frame's list and on top of the chain until its last snapshot is taken
 * off, so that a panic in one of them finds the rest where it finds every
 * pending record, and __cdefer_frame_take hands them out one at a time. It
 * goes back here once its last snapshot has run.
 *
 * When to start a chunk: only when the run continues a streak of the site's
 * runs, i.e. the frame's newest record is the site's full batch, its full
 * newest chunk, or a pooled record of the same outlined statement (the
 * site's previous run, which found something else newest). A run that
 * follows another `__defer`'s takes a pooled record, as before chunks: two
 * sites whose runs alternate would otherwise start a 4 KiB chunk per run.
 * A chunk is appended to only while it is the frame's newest record (the
 * batch's rule), so the frame's list keeps every run in LIFO order.
 *
 * Not in checked mode (CDEFER_STATS, CDEFER_MAX_PENDING, stats.c): every run
 * is then a pooled push, counted one by one. The batches are off too there
 * (__cdefer_batches_off), so every run arrives here and goes on to
 * __cdefer_push_slow. Nor for a snapshot bigger than a pool record holds
 * (the plugin gives those no batch).
 *
 * Memory: a thread keeps up to SPARE_CHUNKS_MAX spare chunks (64 KiB) for
 * its next long loops and frees the rest as they are given back; its
 * teardown frees the spares (thread.c), and the chunks still on its chain
 * with its pool (pool.c). Out of memory is fatal, naming the site: a
 * deferred call is never lost.
 *===----------------------------------------------------------------------===*/
#include "internal.h"

#include <string.h>

enum {
  /* 4096 bytes of malloc'd block, less glibc's 16 of bookkeeping. */
  CHUNK_BYTES = 4080,
  SPARE_CHUNKS_MAX = 16
};

_Static_assert(CHUNK_BYTES - sizeof(struct __cdefer_batch_chunk) >=
                   32 * __CDEFER_INLINE_BYTES,
               "a chunk must hold many of the biggest snapshots a batch takes");

/* Called by __cdefer_push_more for a chunk to fill: a spare one, or a new
 * one. Its __pub.__ctx (the first snapshot), __pub.__pooled and __capacity
 * are set; the rest is the caller's. */
static struct __cdefer_batch_chunk *take_chunk(struct __cdefer_thread *t, const char *site) {
  struct __cdefer_batch_chunk *c = t->__spare_chunks;
  if (CDEFER_LIKELY(c != NULL)) {
    t->__spare_chunks = (struct __cdefer_batch_chunk *)(void *)c->__r.__link;
    t->__spare_chunk_count--;
    return c;
  }
  if (!t->__attached)
    __cdefer_thread_attach(t, site);
  c = malloc(CHUNK_BYTES);
  if (c == NULL)
    __cdefer_fatal(site, "out of memory: cannot allocate %d bytes for a loop's deferred calls",
                   (int)CHUNK_BYTES);
  t->__pool_misses++;
  c->__r.__pub.__ctx = c + 1;
  c->__r.__pub.__pooled = __CDEFER_CHUNK_RECORD;
  c->__r.__capacity = CHUNK_BYTES - sizeof *c;
  return c;
}

CDEFER_HIDDEN void __cdefer_chunk_put(struct __cdefer_thread *t,
                                      struct __cdefer_batch_chunk *c) {
  if (t->__spare_chunk_count >= SPARE_CHUNKS_MAX) {
    free(c);
    return;
  }
  c->__r.__link = (struct __cdefer_pool_record *)(void *)t->__spare_chunks;
  t->__spare_chunks = c;
  t->__spare_chunk_count++;
}

CDEFER_HIDDEN void __cdefer_chunk_destroy(struct __cdefer_thread *t) {
  for (struct __cdefer_batch_chunk *c = t->__spare_chunks, *next; c != NULL; c = next) {
    next = (struct __cdefer_batch_chunk *)(void *)c->__r.__link;
    free(c);
  }
  t->__spare_chunks = NULL;
  t->__spare_chunk_count = 0;
}

/* Whether record r is the batch or chunk that a site's window is on (pub,
 * the window's __pub; 0 before the site's first run of the call). */
static int window_record(const struct __cdefer_record *r, unsigned char *const *pub) {
  if (r->__pooled == __CDEFER_BATCH_RECORD)
    return pub == &((const struct __cdefer_batch *)(const void *)r)->__put;
  if (r->__pooled == __CDEFER_CHUNK_RECORD)
    return pub == &((const struct __cdefer_batch_chunk *)(const void *)r)->__put;
  return 0;
}

/* Whether a run, with outlined statement fn, of the site whose window is w
 * continues a streak of the site's runs: see the opening comment. */
static int continues_streak(const struct __cdefer_frame *frame, const struct __cdefer_window *w,
                            __cdefer_fn_t fn) {
  const struct __cdefer_record *newest = frame->__head;
  if (newest == NULL)
    return 0;
  if (window_record(newest, w->__pub))
    return 1; /* full: the inline push would have taken the run */
  return newest->__pooled == __CDEFER_POOL_RECORD && newest->__fn == fn;
}

/* The inline __cdefer_push_batch (cdefer_abi.h) calls this, with its own
 * arguments and a copy w of the site's window, for a run the window cannot
 * take in place: the window's batch or chunk is full, or something was
 * linked after it (the window is closed); or, in checked mode, every run.
 * Starts a chunk for the run if it continues a streak of the site's runs,
 * and opens w on it; else does a pooled push (__cdefer_push_slow) and
 * leaves w closed. chunkrun is the site's __cdefer_chunkrun_f_N.
 *
 * On entry: as for __cdefer_push_slow; besides, w->__put == w->__end, and
 * w->__put is 0 only in checked mode (the site's first run of the call
 * links its batch inline). w's count may not be published yet (cdefer_abi.h):
 * this publishes it first. */
CDEFER_API void __cdefer_push_more(struct __cdefer_frame *frame, struct __cdefer_window *w,
                                   __cdefer_fn_t fn, const void *ctx, size_t size,
                                   const char *site, __cdefer_fn_t chunkrun) {
  /* The window's record is about to be left behind (or read, below). */
  if (w->__pub != NULL)
    *w->__pub = w->__put;
  if (CDEFER_UNLIKELY(__cdefer_checked) || size > __CDEFER_INLINE_BYTES || fn == NULL ||
      chunkrun == NULL || !continues_streak(frame, w, fn)) {
    __cdefer_push_slow(frame, fn, ctx, size, site);
    return;
  }
  struct __cdefer_thread *t = &__cdefer_self;
  if (frame->__owner != t) {
    if (frame->__owner != NULL) {
      __cdefer_push_slow(frame, fn, ctx, size, site); /* reports the shared frame */
      return;
    }
    /* The frame's first pooled push: as in __cdefer_push. */
    frame->__mark = t->__head;
    frame->__owner = t;
  }
  struct __cdefer_batch_chunk *c = take_chunk(t, site);
  unsigned char *first = c->__r.__pub.__ctx;
  size_t stride = size != 0 ? size : 1;
  c->__stride = stride;
  c->__end = first + c->__r.__capacity / stride * stride;
  c->__run = chunkrun;
  if (size != 0)
    memcpy(first, ctx, size);
  c->__put = first + stride;
  c->__r.__frame = frame;
  c->__r.__pub.__fn = fn;
  c->__r.__pub.__site = site;
  c->__r.__link = t->__head;
  t->__head = &c->__r;
  c->__r.__pub.__next = frame->__head;
  frame->__head = &c->__r.__pub;
  frame->__pooled++;
  t->__pending++;
  t->__pushed++;
  w->__put = c->__put;
  w->__end = c->__end;
  w->__pub = &c->__put;
}
