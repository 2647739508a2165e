/* Batch chunks (cdefer_abi.h, struct __cdefer_batch_chunk; runtime/src/
 * chunk.c): a loop's runs past its batch, many snapshots per runtime-owned
 * record. Driven through the ABI exactly as the plugin lowers
 * `for (...) __defer ran(i);`, with a batch of 4.
 *
 *   long_loop    3000 runs: 4 in the batch, the rest in chunks of 996; one
 *                pooled record per chunk; every run once, newest first
 *   lazy         the same with a window that publishes only out of line and
 *                at the exit (a function that is not panic-ready)
 *   interleaved  a run after another `__defer`'s takes a pooled record; the
 *                site's next run starts a new chunk; one LIFO order
 *   take         the panic runtime's __cdefer_frame_take hands the
 *                snapshots out one at a time, newest first; a chunk stays
 *                first on the frame's list and on the thread's chain until
 *                its last one is taken, then is released
 *   spares       a thread keeps at most 16 spare chunks, and repeated long
 *                loops leave nothing pending
 *   longjmp      a function left by longjmp with chunks: its chunks are
 *                dropped as stale, each once, when its caller returns
 *   thread_exit  a thread ends (pthread_exit) with a chunk pending: the
 *                report counts the runs in it, and the chunk is freed */
#include "unit.h"

#include <pthread.h>
#include <setjmp.h>
#include <string.h>

/* The panic runtime's side of defer.c (hidden, but linked in statically). */
int __cdefer_frame_take(struct __cdefer_frame *frame, struct __cdefer_next *out,
                        struct __cdefer_record **release);
void __cdefer_frame_release(struct __cdefer_record *r);

#define CAP 4u
#define PER_CHUNK 996 /* (4080 - 96) / sizeof(int) */

static int expected; /* the run that must come next; -1 once all ran */
static int ran_count;

static void ran(void *ctx) {
  int i = *(const int *)ctx;
  CHECK_EQ(i, expected);
  expected--;
  ran_count++;
}

static void batchrun_ran(void *b) {
  __cdefer_run_batch(b, ran, sizeof(int), 1);
}

static void batchrun_ran_lazy(void *b) {
  __cdefer_run_batch(b, ran, sizeof(int), 0);
}

static void chunkrun_ran(void *c) {
  __cdefer_run_chunk(c, ran, sizeof(int));
}

struct int_batch {
  struct __cdefer_batch h;
  int s[CAP];
};

/* eager: the window publishes at every run (cdefer_abi.h), as in a
 * panic-ready function; else only in __cdefer_push_more and, through its
 * cleanup __cdefer_window_exit, at the exit. */
#define DEFER_BATCHED_AS(frame, batch, window, value, site, eager)                     \
  do {                                                                                 \
    int unit_snap = (value);                                                           \
    __cdefer_push_batch(&(frame), &(batch).h, &(window), (batch).s, CAP,               \
                        (eager) ? batchrun_ran : batchrun_ran_lazy, chunkrun_ran, ran, \
                        &unit_snap, sizeof unit_snap, (site), (eager));                \
  } while (0)
#define DEFER_BATCHED(frame, batch, window, value, site)                               \
  DEFER_BATCHED_AS(frame, batch, window, value, site, 1)

/* --- long_loop ----------------------------------------------------------- */

static void long_loop(int n) {
  ran_count = 0;
  struct int_batch b;
  FRAME(f);
  struct __cdefer_window w = {0};
  for (int i = 0; i < n; i++)
    DEFER_BATCHED(f, b, w, i, SITE("long_loop"));
  size_t past = n > (int)CAP ? (size_t)n - CAP : 0;
  CHECK_EQ(f.__pooled, (past + PER_CHUNK - 1) / PER_CHUNK);
  CHECK_EQ(cdefer_pending(), f.__pooled);
  CHECK_EQ(ran_count, 0);
  expected = n - 1;
}

static void test_long_loop(void) {
  static const int sizes[] = {3000, 5, 4 + PER_CHUNK, 5 + PER_CHUNK, 1};
  for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
    ran_count = 0;
    long_loop(sizes[k]);
    CHECK_EQ(ran_count, sizes[k]);
    CHECK_EQ(expected, -1);
    CHECK_EQ(cdefer_pending(), 0);
  }
}

/* --- lazy ---------------------------------------------------------------- */

/* long_loop with a window that publishes lazily, as the plugin lowers a
 * function that is not panic-ready: the window is declared after the frame,
 * so that its cleanup publishes before the frame's runs the records. */
static void lazy_loop(int n) {
  struct int_batch b;
  FRAME(f);
  struct __cdefer_window w __attribute__((cleanup(__cdefer_window_exit))) = {0};
  for (int i = 0; i < n; i++)
    DEFER_BATCHED_AS(f, b, w, i, SITE("lazy_loop"), 0);
  size_t past = n > (int)CAP ? (size_t)n - CAP : 0;
  CHECK_EQ(f.__pooled, (past + PER_CHUNK - 1) / PER_CHUNK);
  CHECK_EQ(ran_count, 0);
  expected = n - 1;
}

static void test_lazy(void) {
  static const int sizes[] = {3000, 5, 4 + PER_CHUNK, 5 + PER_CHUNK, 4, 1, 0};
  for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
    ran_count = 0;
    lazy_loop(sizes[k]);
    CHECK_EQ(ran_count, sizes[k]);
    CHECK_EQ(expected, -1);
    CHECK_EQ(cdefer_pending(), 0);
  }
}

/* --- interleaved --------------------------------------------------------- */

static int order[64], order_len;

static void logged(void *ctx) {
  order[order_len++] = *(const int *)ctx;
}

static void batchrun_logged(void *b) {
  __cdefer_run_batch(b, logged, sizeof(int), 1);
}

static void chunkrun_logged(void *c) {
  __cdefer_run_chunk(c, logged, sizeof(int));
}

static void interleaved(void) {
  struct int_batch b;
  struct __cdefer_record other;
  int other_value = 100;
  FRAME(f);
  struct __cdefer_window w = {0};
  for (int i = 0; i < 10; i++) {
    int v = i;
    __cdefer_push_batch(&f, &b.h, &w, b.s, CAP, batchrun_logged, chunkrun_logged, logged,
                        &v, sizeof v, SITE("interleaved"), 1);
  }
  CHECK_EQ(f.__pooled, 1); /* runs 4..9: one chunk */
  __cdefer_push_frame(&f, &other, logged, &other_value, SITE("interleaved"));
  __cdefer_window_close(&w);
  for (int i = 10; i < 15; i++) {
    int v = i;
    __cdefer_push_batch(&f, &b.h, &w, b.s, CAP, batchrun_logged, chunkrun_logged, logged,
                        &v, sizeof v, SITE("interleaved"), 1);
  }
  CHECK_EQ(f.__pooled, 3); /* run 10 pooled, 11..14 a new chunk */
}

static void test_interleaved(void) {
  order_len = 0;
  interleaved();
  static const int want[] = {14, 13, 12, 11, 10, 100, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0};
  CHECK_EQ(order_len, sizeof want / sizeof *want);
  for (int i = 0; i < order_len; i++)
    CHECK_EQ(order[i], want[i]);
  CHECK_EQ(cdefer_pending(), 0);
}

/* --- take ---------------------------------------------------------------- */

static void take(void) {
  struct int_batch b;
  FRAME(f);
  struct __cdefer_window w = {0};
  int n = (int)CAP + PER_CHUNK + 10; /* the batch, a full chunk, 10 in another */
  for (int i = 0; i < n; i++)
    DEFER_BATCHED(f, b, w, i, SITE("take"));
  CHECK_EQ(f.__pooled, 2);
  struct __cdefer_record *newest = f.__head;
  CHECK_EQ(newest->__pooled, __CDEFER_CHUNK_RECORD);
  expected = n - 1;
  struct __cdefer_next next;
  struct __cdefer_record *release;
  for (int i = n - 1; i >= 0; i--) {
    CHECK(__cdefer_frame_take(&f, &next, &release));
    /* A chunk leaves the list with its last snapshot, and only then is
     * given to release; the batch is the frame's, never released. */
    int last_of_chunk = i == (int)CAP + PER_CHUNK || i == (int)CAP;
    CHECK_EQ(release != NULL, last_of_chunk);
    CHECK_EQ(f.__head == newest, !last_of_chunk && i > (int)CAP + PER_CHUNK);
    CHECK_EQ(next.__fn, ran);
    next.__fn(next.__ctx);
    if (release != NULL)
      __cdefer_frame_release(release);
    CHECK_EQ(cdefer_pending(), i > (int)CAP + PER_CHUNK ? 2u : i > (int)CAP ? 1u : 0u);
  }
  CHECK(!__cdefer_frame_take(&f, &next, &release));
  CHECK_EQ(f.__pooled, 0);
}

static void test_take(void) {
  ran_count = 0;
  take();
  CHECK_EQ(expected, -1);
  CHECK_EQ(ran_count, (int)CAP + PER_CHUNK + 10);
}

/* --- spares -------------------------------------------------------------- */

static void test_spares(void) {
  ran_count = 0;
  long_loop(20 * PER_CHUNK); /* 20 chunks */
  CHECK_EQ(ran_count, 20 * PER_CHUNK);
  CHECK_EQ(__cdefer_self.__spare_chunk_count, 16);
  for (int k = 0; k < 100; k++)
    long_loop(3 * PER_CHUNK);
  CHECK_EQ(__cdefer_self.__spare_chunk_count, 16);
  CHECK_EQ(cdefer_pending(), 0);
}

/* --- longjmp ------------------------------------------------------------- */

static int caller_ran;

static void caller_record(void *ctx) {
  (void)ctx;
  caller_ran++;
}

static void left_by_longjmp(jmp_buf *env) {
  struct int_batch b;
  FRAME(f);
  struct __cdefer_window w = {0};
  for (int i = 0; i < 2 * PER_CHUNK; i++)
    DEFER_BATCHED(f, b, w, i, SITE("left_by_longjmp"));
  CHECK_EQ(f.__pooled, 2); /* 996 and 992 runs */
  longjmp(*env, 1);
}

/* A pushes a pooled record, calls B, which fills its batch and two chunks
 * and longjmps back into A: A's return drops B's chunks (one line each on
 * stderr), which are above its record, and runs its record. B's batch
 * vanishes with its frame, unreported. */
static void caller(void) {
  FRAME(f);
  jmp_buf env;
  int value = 0;
  __cdefer_push(&f, caller_record, &value, sizeof value, SITE("caller"));
  if (setjmp(env) == 0)
    left_by_longjmp(&env);
  CHECK_EQ(cdefer_pending(), 3);
  fprintf(stderr, "caller returns\n");
}

static void test_longjmp(void) {
  struct cdefer_thread_stats s0 = unit_stats();
  ran_count = 0;
  caller();
  CHECK_EQ(caller_ran, 1);
  CHECK_EQ(ran_count, 0);
  CHECK_EQ(cdefer_pending(), 0);
  struct cdefer_thread_stats s1 = unit_stats();
  CHECK_EQ(s1.pushed - s0.pushed, 3);
  CHECK_EQ(s1.run - s0.run, 1);
}

/* --- thread_exit --------------------------------------------------------- */

static void chunks_then_exit(void) {
  struct int_batch b;
  FRAME(f);
  struct __cdefer_window w = {0};
  for (int i = 0; i < (int)CAP + 500; i++)
    DEFER_BATCHED(f, b, w, i, SITE("chunks_then_exit"));
  CHECK_EQ(cdefer_pending(), 1);
  fflush(stdout);
  pthread_exit(NULL);
}

static void *thread_main(void *arg) {
  (void)arg;
  chunks_then_exit();
  return NULL;
}

static void test_thread_exit(void) {
  ran_count = 0;
  pthread_t t;
  CHECK_EQ(pthread_create(&t, NULL, thread_main, NULL), 0);
  CHECK_EQ(pthread_join(t, NULL), 0);
  CHECK_EQ(ran_count, 0);
  fprintf(stderr, "joined\n");
}

int main(void) {
  test_long_loop();
  test_lazy();
  test_interleaved();
  test_take();
  test_spares();
  test_longjmp();
  test_thread_exit();
  PASS("test_chunk");
}
