/*===- cdefer_abi.h - the internal ABI between the plugins and the runtime -===*
 *
 * INTERNAL. Everything here is spelled `__cdefer_` and may change with any
 * release; user code uses `__defer` (or `defer` via <cdefer.h>) and the
 * `cdefer_` functions of <cdefer.h>, never these names.
 *
 * The compiler plugins inject this file's text into every translation unit
 * (clang: as predefines; gcc: at the start of the unit), so that `__defer`
 * exists without any #include. <cdefer.h> includes it too, so that a file
 * preprocessed without the plugin (`clang -E`, `-save-temps`) still carries
 * the same declarations. The include guard keeps the two from colliding.
 *
 * How a `__defer` becomes code (docs/design.md has the whole story):
 *
 *   __defer S            ==>  for (; __cdefer_marker_requires_the_cdefer_plugin(); ) S
 *
 * The marker loop only exists so that S parses as a statement exactly where
 * the user wrote it (an `else` binds to the user's `if`, diagnostics point at
 * the user's lines). The plugin replaces every marker loop before code
 * generation: S is moved into a synthesised `static void fn(void *ctx)`,
 * where ctx is the snapshot (a call's callee and arguments, evaluated at the
 * `__defer`, or pointers to the variables S names). Then, per function, one
 * of three tiers (SPEC 3):
 *
 *  - open-coded: the function gets a hidden local holding a bit per `__defer`
 *    and the snapshots; its cleanup, synthesised per function, calls each fn
 *    whose bit is set, newest first. Nothing below is used.
 *  - frame-allocated: each `__defer` has a struct __cdefer_record and its
 *    snapshot among the function's hidden locals; __cdefer_push_frame links
 *    the record onto the function's struct __cdefer_frame.
 *  - pooled (a `__defer` that can run more than once per call): __cdefer_push
 *    copies the snapshot into a record from the thread's pool. Its common
 *    case is inline (no call); the rest is __cdefer_push_slow's. In a loop,
 *    the first runs of a call usually go into a batch in the frame instead
 *    (struct __cdefer_batch, below), with no record of their own, and the
 *    runs past it into batch chunks: runtime-owned records that each hold
 *    many snapshots of one site (struct __cdefer_batch_chunk).
 *
 * The frame variable's cleanup, __cdefer_frame_exit, runs the frame's records
 * newest first on every exit, after the return value is computed (in a
 * function whose `__defer`s are all frame-allocated, a cleanup the plugin
 * synthesises: __cdefer_frame_only_unlink). A marker that escapes lowering
 * is a link error naming the plugin.
 *===----------------------------------------------------------------------===*/
#ifndef __CDEFER_ABI_H
#define __CDEFER_ABI_H 1

#define __CDEFER_ABI_VERSION 8

/* A deferred statement, outlined by the plugin; ctx is the snapshot. */
typedef void (*__cdefer_fn_t)(void *__ctx);

struct __cdefer_frame;
struct __cdefer_thread;
struct __cdefer_chunk;
struct __cdefer_batch_chunk;

/* One pending execution of a `__defer`. A frame-allocated record is a hidden
 * local of the function that defers, filled by __cdefer_push_frame; a pooled
 * record is the head of a bigger runtime-owned block (__pooled != 0). */
struct __cdefer_record {
  struct __cdefer_record *__next; /* the same frame's next older record */
  __cdefer_fn_t __fn;             /* the outlined deferred statement */
  void *__ctx;                    /* its snapshot, passed to __fn */
  const char *__site;             /* "file:line:function" of the `__defer` */
  __SIZE_TYPE__ __pooled;         /* one of the kinds below */
};

/* What a record's __pooled says it is. The runtime owns a record exactly
 * when a bit of __CDEFER_RUNTIME_OWNED is set; the others live in the frame
 * and never touch the thread. */
enum {
  __CDEFER_FRAME_RECORD = 0, /* frame-allocated: lives in the frame */
  __CDEFER_POOL_RECORD = 1,  /* runtime-owned, from the thread's pool */
  __CDEFER_HEAP_RECORD = 2,  /* runtime-owned, malloc'd for a big context */
  __CDEFER_BATCH_RECORD = 4, /* in the frame: a struct __cdefer_batch */
  __CDEFER_CHUNK_RECORD = 8, /* runtime-owned: a struct __cdefer_batch_chunk */
  __CDEFER_RUNTIME_OWNED =
      __CDEFER_POOL_RECORD | __CDEFER_HEAP_RECORD | __CDEFER_CHUNK_RECORD
};

/* One per call of a function with a runtime-tier `__defer`: a hidden local,
 * zero-initialised at entry. Every record the call registers, of either
 * runtime tier, is on __head's list, newest first: that list is the order
 * they run in. Pooled records are also on the thread's chain (see
 * runtime/src/defer.c); __mark, __owner and __pooled belong to that. */
struct __cdefer_frame {
  struct __cdefer_record *__head;  /* newest pending record of this call */
  void *__mark;                    /* thread chain head before the first pooled push */
  struct __cdefer_thread *__owner; /* the thread that made the first pooled push */
  __SIZE_TYPE__ __pooled;          /* pooled records on __head's list */
};

/* A runtime-owned record, public so that the inline __cdefer_push can fill
 * one. The context follows this header: a pool record is
 * __CDEFER_RECORD_BYTES long in all, so it holds __CDEFER_INLINE_BYTES of
 * context (64 on LP64); a bigger context gets a record of its own from
 * malloc (a "heap record"). The runtime sets __pub.__ctx (to the context),
 * __pub.__pooled (to the kind) and __capacity once, when it makes the
 * record; a push fills in the rest. */
struct __cdefer_pool_record {
  struct __cdefer_record __pub; /* __next links the frame's list */
  /* The next older record on the thread's chain; in the pool, the next free
   * one. */
  struct __cdefer_pool_record *__link;
  /* The frame that pushed it: compared, never dereferenced, since the frame
   * is dead if its function was left by longjmp. */
  struct __cdefer_frame *__frame;
  /* Context bytes it can hold: __CDEFER_INLINE_BYTES, or for a heap record
   * the size of the context it was made for. */
  __SIZE_TYPE__ __capacity;
};

#define __CDEFER_RECORD_BYTES ((__SIZE_TYPE__)128)
#define __CDEFER_INLINE_BYTES                                                          \
  (__CDEFER_RECORD_BYTES - sizeof(struct __cdefer_pool_record))

/* Everything the runtime knows about one thread: its chain of pooled
 * records, its pool, its counters. Zero is the initial state. The inline
 * __cdefer_push touches __head, __free, __pending and __pushed; the rest is
 * the runtime's. Frame-allocated records never touch it.
 *
 * The counters are those cdefer_thread_stats reports, or what it derives
 * them from (runtime/src/thread.c): a pool hit is a push that was neither a
 * miss nor a heap fallback; a record that ran is one pushed, no longer
 * pending, and not dropped as stale; and the peak is brought up to date
 * where records leave the chain rather than at each push (defer.c). */
struct __cdefer_thread {
  struct __cdefer_pool_record *__head; /* newest record on the chain; 0 when empty */
  struct __cdefer_pool_record *__free; /* the pool's free list (pool records only) */
  __SIZE_TYPE__ __pending;             /* records on the chain */
  /* Not next to __pending, which would tempt the compiler into one vector
   * add for both of the push's increments (three instructions, not two). */
  __extension__ __UINT64_TYPE__ __peak_pending; /* the most pending, until the last update */
  __extension__ __UINT64_TYPE__ __pushed;
  __extension__ __UINT64_TYPE__ __pool_misses;
  __extension__ __UINT64_TYPE__ __heap_fallbacks;
  __extension__ __UINT64_TYPE__ __dropped; /* stale records dropped */
  struct __cdefer_chunk *__chunks; /* every chunk the pool carved, newest first */
  __SIZE_TYPE__ __chunk_records;   /* how many records the next chunk will hold */
  int __attached;                  /* the thread's teardown is registered */
  /* Checked mode (CDEFER_STATS, CDEFER_MAX_PENDING): the free records, kept
   * off __free so that the inline push always takes the slow path. */
  struct __cdefer_pool_record *__stash;
  /* Free batch chunks (runtime/src/chunk.c), linked through __r.__link, and
   * how many there are. */
  struct __cdefer_batch_chunk *__spare_chunks;
  __SIZE_TYPE__ __spare_chunk_count;
};

/* The calling thread's state, defined by the runtime. initial-exec: the
 * inline __cdefer_push reads it at every pooled `__defer`, and the default
 * model would make that a call to __tls_get_addr in a shared object. The
 * price is a slot of static TLS (the runtime's own accesses pay it anyway).
 * __thread rather than _Thread_local: C89 and C++ take it too. */
extern __thread struct __cdefer_thread __cdefer_self
    __attribute__((__tls_model__("initial-exec")));

/* The out-of-line push, and the whole of it: called by __cdefer_push for
 * every case but the common one (the pool is empty, the context too big for a
 * pool record, the frame another thread's, fn null), with its arguments. The
 * runtime also exports it as `__cdefer_push`, for code that declares the
 * ABI itself instead of including this header (the GCC plugin). */
extern void __cdefer_push_slow(struct __cdefer_frame *__frame, __cdefer_fn_t __fn,
                               const void *__ctx, __SIZE_TYPE__ __size,
                               const char *__site);

/* Where a pooled `__defer` executes: copies size bytes of ctx into a record
 * from this thread's pool (or the heap, if it is too big) and puts it first
 * on frame's list and on the thread's chain. site is a string literal
 * "file:line:function". The plugin passes a constant size and a function
 * for fn, so after inlining the tests on them fold away and the copy is a
 * few moves: what is left is a pop from the free list, the stores that fill
 * and link the record, and three counters. */
static __inline__ __attribute__((__unused__)) void
__cdefer_push(struct __cdefer_frame *__frame, __cdefer_fn_t __fn, const void *__ctx,
              __SIZE_TYPE__ __size, const char *__site) {
  struct __cdefer_thread *__t = &__cdefer_self;
  struct __cdefer_pool_record *__r = __t->__free;
  if (__builtin_expect(__r == 0 || __size > __CDEFER_INLINE_BYTES || __fn == 0, 0))
    goto __slow;
  if (__builtin_expect(__frame->__owner != __t, 0)) {
    if (__frame->__owner != 0)
      goto __slow;
    /* The frame's first pooled push: whatever is on the chain now is its
     * callers' (or stale), and must be the head again when it returns. */
    __frame->__mark = __t->__head;
    __frame->__owner = __t;
  }
  __t->__free = __r->__link;
  if (__size != 0)
    __builtin_memcpy(__r + 1, __ctx, __size);
  __r->__frame = __frame;
  __r->__pub.__fn = __fn;
  __r->__pub.__site = __site;
  __r->__link = __t->__head;
  __t->__head = __r;
  __r->__pub.__next = __frame->__head;
  __frame->__head = &__r->__pub;
  __frame->__pooled++;
  __t->__pending++;
  __t->__pushed++;
  return;
__slow:
  __cdefer_push_slow(__frame, __fn, __ctx, __size, __site);
}

/* Called by __cdefer_frame_exit when the frame's newest record is pooled, or
 * when its list is empty but __pooled is nonzero (corruption): runs the
 * frame's records, newest first, and checks the thread's chain is back where
 * the frame found it. */
extern void __cdefer_return(struct __cdefer_frame *__frame);

/* Where a frame-allocated `__defer` executes: links the function's own record
 * for that `__defer` (which runs at most once per call) onto the frame. No
 * call, no thread-local access, no copy: ctx is the function's hidden
 * snapshot, alive until the function returns. */
static __inline__ __attribute__((__always_inline__, __unused__)) void
__cdefer_push_frame(struct __cdefer_frame *__frame, struct __cdefer_record *__r,
                    __cdefer_fn_t __fn, void *__ctx, const char *__site) {
  __r->__fn = __fn;
  __r->__ctx = __ctx;
  __r->__site = __site;
  __r->__pooled = __CDEFER_FRAME_RECORD;
  __r->__next = __frame->__head;
  __frame->__head = __r;
}

/* A pooled `__defer` in a loop (a batched site) keeps the runs of one call
 * in its function's frame while they are consecutive, as a batch: an array
 * of K snapshots (the plugin chooses K from the snapshot's size) behind one
 * record of kind __CDEFER_BATCH_RECORD on the frame's list. Once the batch
 * is full, a run that continues a streak of the site's runs goes into a
 * batch chunk (below), a runtime-owned record of many snapshots; a run
 * interleaved with other defers takes a pooled record as before. A batch or
 * chunk is only ever appended to while nothing was linked after it, so the
 * frame's list keeps every run in order.
 *
 * Where the site's next run goes in place is its window (struct
 * __cdefer_window): a hidden local of the function that only the inline
 * functions below are given, so that the optimiser keeps it in registers
 * across the loop instead of loading and storing it at every run. A run
 * appends at __put while __put != __end. A window is open (__put != __end)
 * only while its record is the frame's newest: the out-of-line path opens
 * it only then, and the plugin closes the other batched sites' windows at
 * every `__defer` of the function (__cdefer_window_close), which is every
 * way a record gets linked after it.
 *
 * The record says how many snapshots it holds in its own __put, which the
 * window publishes (*__pub = __put). In a panic-ready function every run
 * publishes ("eager"): a panic may take the frame's runs
 * (__cdefer_frame_take) at any call; so does one with a cleanup hook, whose
 * hook runs the records before a window's cleanup could publish. In any
 * other function the
 * window publishes only when the runtime is next to read the record: in
 * __cdefer_push_more, and at the function's exit, as the window's cleanup
 * (__cdefer_window_exit, which runs before the frame's, normal exit and
 * unwinding alike). A function left without returning (longjmp,
 * pthread_exit, a panic through code without exceptions) leaves the count of
 * its newest batch or chunk as last published: the report of its calls that
 * will never run says "at least" that many. The plugin declares, among
 * f's hidden locals,
 *
 *   struct __cdefer_batch_f_N { struct __cdefer_batch __h;
 *                               struct __cdefer_ctx_f_N __s[K]; } __cdefer_batch_I;
 *   static void __cdefer_batchrun_f_N(void *b)    (the batch record's fn)
 *   { __cdefer_run_batch(b, __cdefer_f_N, sizeof(struct __cdefer_ctx_f_N), eager); }
 *   static void __cdefer_chunkrun_f_N(void *c)    (each of its chunks' __run)
 *   { __cdefer_run_chunk(c, __cdefer_f_N, sizeof(struct __cdefer_ctx_f_N)); }
 *   ... the frame variable ...
 *   struct __cdefer_window __cdefer_win_I = {0}   (the call's first run is next)
 *       __attribute__((cleanup(__cdefer_window_exit)));   (not when eager)
 *
 * (for a snapshot of no bytes, `unsigned char __s[K]` and 0: a run is then
 * one byte of address, never written) and at the `__defer`,
 * __cdefer_push_batch, followed by __cdefer_window_close of each other
 * batched site. The batch's fields past __rec are set at its first run of a
 * call (__frame, __fn and __stride only when eager); the panic runtime reads
 * them to run one snapshot at a time. */
struct __cdefer_batch {
  struct __cdefer_record __rec;   /* on the frame's list while it holds a snapshot */
  struct __cdefer_frame *__frame; /* the frame it is on */
  unsigned char *__first;         /* its oldest snapshot: the array */
  __cdefer_fn_t __fn;             /* the outlined statement each one runs */
  unsigned char *__put;           /* past its newest snapshot */
  __SIZE_TYPE__ __stride;         /* bytes per snapshot, at least 1 */
};

/* A runtime-owned record that holds many snapshots of one `__defer`: where
 * the runs of a loop go once the site's batch is full, while they stay
 * consecutive. It is a pool record to the runtime (on the frame's list and
 * the thread's chain, counted once on each, whatever it holds), of kind
 * __CDEFER_CHUNK_RECORD, with __r.__pub.__fn the outlined statement and
 * __r.__pub.__ctx its first snapshot; the snapshots follow this header,
 * oldest first, __stride bytes apart. The runtime makes a chunk in
 * __cdefer_push_more, with its first snapshot, and opens the site's window
 * on it; runs are then appended in place by __cdefer_push_batch. */
struct __cdefer_batch_chunk {
  struct __cdefer_pool_record __r;
  unsigned char *__put;   /* past its newest snapshot */
  unsigned char *__end;   /* __put once the chunk is full */
  __SIZE_TYPE__ __stride; /* bytes per snapshot, at least 1 (snapshots of 0 bytes count) */
  /* The site's __cdefer_chunkrun_f_N: runs every snapshot but the oldest,
   * newest first, calling the outlined statement directly. (Also keeps the
   * header's size a multiple of max_align_t, so that the snapshots after it
   * are aligned.) */
  __cdefer_fn_t __run;
};

/* A batched site's append window; see above. All zero at the call's entry:
 * __put is 0 until the call's first run of the site links its batch. */
struct __cdefer_window {
  unsigned char *__put;  /* where the site's next run goes in place */
  unsigned char *__end;  /* __put when none can: the record is full, or not the newest */
  unsigned char **__pub; /* the __put of the batch or chunk the window is on */
};

/* Nonzero when the runtime counts every push (CDEFER_STATS,
 * CDEFER_MAX_PENDING; runtime/src/stats.c): no batch is linked, and every
 * run goes to __cdefer_push_more, which pushes it pooled. */
extern unsigned __cdefer_batches_off;

/* Called by __cdefer_push_batch for every run its window does not take in
 * place (the window is full or closed) but its first run of a call, with
 * a copy of the window: publishes the window's count, then continues a
 * streak of the site's runs in a new batch chunk and opens the window on
 * it, or pushes a pooled record and leaves the window closed
 * (runtime/src/chunk.c). */
extern void __cdefer_push_more(struct __cdefer_frame *__frame, struct __cdefer_window *__w,
                               __cdefer_fn_t __fn, const void *__ctx, __SIZE_TYPE__ __size,
                               const char *__site, __cdefer_fn_t __chunkrun);

/* Where a batched `__defer` executes: appends the snapshot in place while
 * the window is open. At the call's first run of the site, links the batch
 * (as the frame's newest record) and opens the window on it; anything else
 * is __cdefer_push_more's, out of line. snaps, cap, batchrun, chunkrun, fn,
 * size, site and eager (publish at every run) are constants of the site; w
 * is the site's window, which nothing but this, __cdefer_window_close and
 * __cdefer_window_exit may be given. */
static __inline__ __attribute__((__always_inline__, __unused__)) void
__cdefer_push_batch(struct __cdefer_frame *__frame, struct __cdefer_batch *__b,
                    struct __cdefer_window *__w, void *__snaps, unsigned __cap,
                    __cdefer_fn_t __batchrun, __cdefer_fn_t __chunkrun, __cdefer_fn_t __fn,
                    const void *__ctx, __SIZE_TYPE__ __size, const char *__site,
                    int __eager) {
  const __SIZE_TYPE__ __stride = __size != 0 ? __size : 1;
  unsigned char *__put = __w->__put;
  if (__builtin_expect(__put == __w->__end, 0)) {
    if (__put != 0 || __cdefer_batches_off) {
      /* Copies of the window and the snapshot, so that neither one's own
       * address escapes: the window then stays in registers, and the
       * snapshot is not stored at every run for the sake of this call. */
      struct __cdefer_window __win = *__w;
      unsigned char __snap[__CDEFER_INLINE_BYTES];
      const void *__arg = __ctx;
      if (__size != 0 && __size <= sizeof __snap) {
        __builtin_memcpy(__snap, __ctx, __size);
        __arg = __snap;
      }
      __cdefer_push_more(__frame, &__win, __fn, __arg, __size, __site, __chunkrun);
      *__w = __win;
      return;
    }
    /* The call's first run of the site. Only a panic reads __frame, __fn
     * and __stride (__cdefer_frame_take), and only when eager. */
    if (__eager) {
      __b->__frame = __frame;
      __b->__fn = __fn;
      __b->__stride = __stride;
    }
    __b->__first = (unsigned char *)__snaps;
    __cdefer_push_frame(__frame, &__b->__rec, __batchrun, __b, __site);
    __b->__rec.__pooled = __CDEFER_BATCH_RECORD;
    __put = (unsigned char *)__snaps;
    __w->__end = __put + __cap * __stride;
    __w->__pub = &__b->__put;
  }
  if (__size != 0)
    __builtin_memcpy(__put, __ctx, __size);
  __put += __stride;
  __w->__put = __put;
  if (__eager)
    *__w->__pub = __put;
}

/* Emitted by the plugin after every `__defer` of a function with batched
 * sites, for each batched site but the one that executed: a record was
 * linked after the site's, which must not be appended to any more. */
static __inline__ __attribute__((__always_inline__, __unused__)) void
__cdefer_window_close(struct __cdefer_window *__w) {
  __w->__end = __w->__put;
}

/* The cleanup of a window that does not publish at every run: publishes
 * its count before the frame's cleanup (declared before it) runs the
 * records. Once: the window publishes nothing after it. */
static __inline__ __attribute__((__always_inline__, __unused__)) void
__cdefer_window_exit(struct __cdefer_window *__w) {
  if (__w->__pub != 0)
    *__w->__pub = __w->__put;
  __w->__pub = 0;
}

/* The body of a batch record's fn, called (like any frame record's fn) after
 * the record was unlinked from the frame's list: runs the batch's snapshots
 * newest first. When eager (in a panic-ready function or one with cleanup
 * hooks), each is taken off (__put moved back) before it runs, and the
 * record goes back first on the frame's list while snapshots remain, so that
 * a panic in one of them finds the rest where __cdefer_frame_take finds
 * every pending record; __put stays in a register between the calls all
 * the same, since whatever else takes a snapshot off (a panic that reaches
 * the frame) never returns here. Otherwise nothing reads the batch once its
 * run has begun (it is the frame's, and only a panic-ready frame's records
 * are taken by a panic), and the loop only calls. On entry __put > __first:
 * a batch is on the list only then. */
static __inline__ __attribute__((__always_inline__, __unused__)) void
__cdefer_run_batch(void *__p, __cdefer_fn_t __fn, __SIZE_TYPE__ __size, int __eager) {
  struct __cdefer_batch *__b = (struct __cdefer_batch *)__p;
  unsigned char *__first = __b->__first, *__q = __b->__put;
  struct __cdefer_frame *__frame;
  if (!__eager) {
    do {
      __q -= __size != 0 ? __size : 1;
      __fn(__size != 0 ? __q : 0);
    } while (__q != __first);
    return;
  }
  __frame = __b->__frame;
  __b->__rec.__next = __frame->__head;
  __frame->__head = &__b->__rec;
  for (;;) {
    __q -= __size != 0 ? __size : 1;
    __b->__put = __q;
    if (__q == __first)
      __frame->__head = __b->__rec.__next;
    __fn(__size != 0 ? __q : 0);
    if (__q == __first)
      return;
  }
}

/* The body of a batch chunk's __run, called by the runtime (run_chunk,
 * runtime/src/defer.c) with the chunk first on the frame's list and on top
 * of the thread's chain, holding at least one snapshot: runs all but the
 * oldest, newest first, each taken off (__put moved back) before it runs;
 * the runtime takes the chunk off both and runs the oldest. As in
 * __cdefer_run_batch, __put stays in a register between the calls. */
static __inline__ __attribute__((__always_inline__, __unused__)) void
__cdefer_run_chunk(void *__p, __cdefer_fn_t __fn, __SIZE_TYPE__ __size) {
  struct __cdefer_batch_chunk *__c = (struct __cdefer_batch_chunk *)__p;
  unsigned char *__first = (unsigned char *)__c->__r.__pub.__ctx, *__q = __c->__put;
  while ((__q -= __size != 0 ? __size : 1) != __first) {
    __c->__put = __q;
    __fn(__size != 0 ? __q : 0);
  }
}

/* The cleanup of the hidden frame variable. A frame that registered nothing
 * costs a load and a branch; records that live in the frame (frame-allocated
 * ones and batches) run here, newest first, each unlinked before it runs;
 * the first runtime-owned record hands the rest to the runtime, which also
 * checks the thread's chain. */
static __inline__ __attribute__((__always_inline__, __unused__)) void
__cdefer_frame_exit(struct __cdefer_frame *__frame) {
  struct __cdefer_record *__r;
  while ((__r = __frame->__head) != 0) {
    if (__r->__pooled & __CDEFER_RUNTIME_OWNED) {
      __cdefer_return(__frame);
      return;
    }
    __frame->__head = __r->__next;
    __r->__fn(__r->__ctx);
  }
  if (__frame->__pooled)
    __cdefer_return(__frame); /* reports the corrupted frame */
}

/* The end of the cleanup of a function whose `__defer`s are all
 * frame-allocated (see __cdefer_frame_only_unlink): nothing else can be on
 * its list, and nothing pooled counted, so each record left is simply
 * unlinked and run, newest first; the plugin sets only the frame's __head
 * (to 0) at entry. A test, then the loop: until the list is seen to be
 * empty, the return then has two predecessors, and the optimiser does not
 * sink the return value's computation past the deferred calls. */
static __inline__ __attribute__((__always_inline__, __unused__)) void
__cdefer_frame_only_exit(struct __cdefer_frame *__frame) {
  struct __cdefer_record *__r = __frame->__head;
  if (__r == 0)
    return;
  do {
    __frame->__head = __r->__next;
    __r->__fn(__r->__ctx);
  } while ((__r = __frame->__head) != 0);
}

/* The cleanup the plugin synthesises for a function whose `__defer`s are
 * all frame-allocated does, for each record r, newest first,
 * `if (__cdefer_frame_only_unlink(frame, r)) <r's statement>(r->__ctx);`,
 * a direct call that can be inlined, then __cdefer_frame_only_exit
 * (plugin/clang/LoweringFrameOnly.cpp). Unlinks r if it is the frame's
 * newest record; r's `__defer` may not have executed. */
static __inline__ __attribute__((__always_inline__, __unused__)) int
__cdefer_frame_only_unlink(struct __cdefer_frame *__frame,
                           struct __cdefer_record *__r) {
  if (__frame->__head != __r)
    return 0;
  __frame->__head = __r->__next;
  return 1;
}

/* A local that has a cleanup of its own, declared in a function's outermost
 * block, is alive at every exit (SPEC 2.5), so deferred code must run before
 * that cleanup does. The plugin declares a hook variable pointing at the
 * frame right after such a local; the hook's cleanup runs first and drains
 * the frame, and the frame's own cleanup then finds nothing pending.
 * (Open-coded functions, and those whose `__defer`s are all frame-allocated,
 * get a hook of their own, synthesised with their cleanup.) */
static __inline__ __attribute__((__always_inline__, __unused__)) void
__cdefer_hook_exit(struct __cdefer_frame **__hook) {
  __cdefer_frame_exit(*__hook);
}

/* Panics (SPEC 4; runtime/src/panic.c). A panic-ready function registers a
 * hidden struct __cdefer_pframe with the runtime at entry, so that a panic
 * unwinding through it can run its pending deferred code and, when that code
 * recovers, make it return normally: the plugin emits, right after the
 * frame variable,
 *
 *   __cdefer_pf.__fn = (const void *)f; __cdefer_pf.__frame = &__cdefer_frame;
 *   __cdefer_pf.__step = <open-coded: the function's step function; else 0>;
 *   __cdefer_pframe_push(&__cdefer_pf, __builtin_frame_address(0));
 *   if (__builtin_setjmp(__cdefer_pf.__jb)) {
 *     __cdefer_resumed();
 *     return <the last returned value>;
 *   }
 *
 * and __cdefer_pframe_pop is the registration's cleanup, run after the
 * frame's. Site strings ("file:line:function") carry one more byte after
 * their terminating NUL: 'C' for the call form, 'B' for a deferred block;
 * cdefer_recover needs it to tell who may recover. */

/* One pending deferred statement, as a step function hands it out. */
struct __cdefer_next {
  __cdefer_fn_t __fn;
  void *__ctx;
  const char *__site;
};

struct __cdefer_pframe {
  void *__jb[5];           /* __builtin_setjmp buffer: where a recovery lands */
  const void *__fn;        /* the registering function: recognises its frame */
  void *__frame;           /* the open-coded hidden local, or the struct __cdefer_frame */
  /* Open-coded: takes the newest pending deferred statement off the frame
   * (clears its bit) into *out; 0 when none is left. Runtime tiers: 0, and
   * the runtime takes records off the struct __cdefer_frame itself. */
  int (*__step)(void *__frame, struct __cdefer_next *__out);
  __SIZE_TYPE__ __depth;   /* registrations below this one */
  void *__chain;           /* the thread's pooled chain at registration */
};

/* fp is the registering function's __builtin_frame_address(0): where its
 * frame is on the real stack, even when a sanitizer keeps its locals (and
 * so __cdefer_pf) elsewhere. Taking it gives the function a frame pointer,
 * so fp is also its frame record (the caller's frame pointer, then the
 * return address, on x86-64), from which a panic finds its caller. */
extern void __cdefer_pframe_push(struct __cdefer_pframe *__pf, void *__fp);
/* The same, for a function whose exception cleanups are only its frame's
 * and its registration's (no cleanup-attribute variables; a unit the plugin
 * compiles with exceptions only for panics): once the runtime has run a
 * panic's share of its deferred code, the unwind skips its landing pad,
 * which would find nothing to do and cost a second unwinder start; and a
 * panic through such frames lying directly one above the other runs them
 * without the unwinder. Not when compiled for LTO: another unit's function
 * inlined into it may bring cleanups of its own. */
extern void __cdefer_pframe_push_skip(struct __cdefer_pframe *__pf, void *__fp);

/* The plugin's spellings of cdefer_recover (runtime/src/panic.c says when
 * each recovers): a call written in a deferred block becomes
 * __cdefer_recover_block(<its outlined function>, <its context>), and
 * `__defer cdefer_recover();` in function f becomes
 * `__defer __cdefer_recover_deferred(f);`. In a panic-ready function, the
 * context of a call-form `__defer` begins with the address of the function
 * it calls. */
extern void *__cdefer_recover_block(const void *__stmt, void *__ctx);
extern void *__cdefer_recover_deferred(const void *__fn);
extern void __cdefer_pframe_pop(struct __cdefer_pframe *__pf);

/* Called only where a recovery lands, after __builtin_setjmp returned 1;
 * returns 0 and does nothing else. Its returns_twice attribute is what
 * matters: clang's __builtin_setjmp (llvm.eh.sjlj.setjmp) does not mark the
 * function as calling a setjmp, so LLVM would share a spill slot between a
 * value the resume path reloads and one stored after the setjmp, and
 * AddressSanitizer would move the frame's locals to a fake stack or a
 * dynamic alloca whose base lives in such a slot; the function then reads
 * garbage after the longjmp. A returns_twice call anywhere in the function
 * turns both off, and on this path it costs the normal path nothing. */
extern int __cdefer_resumed(void) __attribute__((__returns_twice__));

/* Also part of the ABI, though never called by name:
 *   void __cdefer_unwind_resume(struct _Unwind_Exception *exc);  (noreturn)
 * A unit the plugin compiles for panics holds the assembler equate
 * `.set _Unwind_Resume, __cdefer_unwind_resume`, so that the call of
 * _Unwind_Resume that ends each of its landing pads comes to the runtime,
 * which goes on with a panic's walk from there and hands any other
 * exception to _Unwind_Resume (runtime/src/panic.c). */

/* Never defined: the plugin removes every call. An undefined reference to it
 * at link time means a file was compiled without -fplugin=CDefer.so. */
extern int __cdefer_marker_requires_the_cdefer_plugin(void);

#define __defer for (; __cdefer_marker_requires_the_cdefer_plugin();)

#endif /* __CDEFER_ABI_H */
