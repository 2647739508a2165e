/* Batches (cdefer_abi.h, struct __cdefer_batch): the snapshots of a loop's
 * `__defer` kept in the frame while the batch is the frame's newest record
 * and has room; every other run takes a pooled record. Driven through the
 * ABI exactly as the plugin lowers `for (...) __defer ran(i);`.
 *
 *   overflow     more runs than the batch holds: the first cap in the batch,
 *                the rest in a batch chunk above it; all run once, newest
 *                first
 *   interleaved  another record linked after the batch's first run (which
 *                closes the site's window): the site's next run is pooled,
 *                the ones after it go into a batch chunk, so the order holds
 *   relinked     while its snapshots run, the batch is back first on the
 *                frame's list until its last one is taken off (a panic
 *                in one finds the rest there)
 *   repeated     a thousand calls: each starts with an empty batch; nothing
 *                is left pending */
#include "unit.h"

#include <string.h>

static char ran_log[512];

/* The snapshots batch b holds (it is linked at its first run). */
static size_t batch_runs(const struct __cdefer_batch *b) {
  return (size_t)(b->__put - b->__first) / b->__stride;
}
static struct __cdefer_frame *watched;     /* relinked: the frame to look at */
static struct __cdefer_batch *watched_batch;

static void ran(void *ctx) {
  int i = *(const int *)ctx;
  size_t len = strlen(ran_log);
  snprintf(ran_log + len, sizeof ran_log - len, "%s%d", len != 0 ? " " : "", i);
  if (watched != NULL) {
    /* This snapshot is off the batch already; the batch is first on the
     * list exactly while others remain. */
    CHECK_EQ(batch_runs(watched_batch), (size_t)i);
    CHECK_EQ(watched->__head == &watched_batch->__rec, i != 0);
  }
}

static void ran_name(void *ctx) {
  const char *name = *(const char **)ctx;
  size_t len = strlen(ran_log);
  snprintf(ran_log + len, sizeof ran_log - len, "%s%s", len != 0 ? " " : "", name);
}

/* The plugin's synthesised run functions for the site. */
static void batchrun_ran(void *b) {
  __cdefer_run_batch(b, ran, sizeof(int), 1);
}

static void chunkrun_ran(void *c) {
  __cdefer_run_chunk(c, ran, sizeof(int));
}

struct int_batch {
  struct __cdefer_batch h;
  int s[4];
};

#define CAP 4u

#define DEFER_BATCHED(frame, batch, window, value, site)                               \
  do {                                                                                 \
    int unit_snap = (value);                                                           \
    __cdefer_push_batch(&(frame), &(batch).h, &(window), (batch).s, CAP, batchrun_ran, \
                        chunkrun_ran, ran, &unit_snap, sizeof unit_snap, (site), 1);   \
  } while (0)

static void reset(void) {
  ran_log[0] = '\0';
}

/* --- overflow ------------------------------------------------------------ */

static void overflow(int n) {
  struct int_batch b;
  FRAME(f);
  struct __cdefer_window w = {0};
  for (int i = 0; i < n; i++)
    DEFER_BATCHED(f, b, w, i, SITE("overflow"));
  CHECK_EQ(w.__put == NULL ? 0 : batch_runs(&b.h), n < (int)CAP ? (size_t)n : CAP);
  /* The runs past the batch: one batch chunk (test_chunk.c). */
  CHECK_EQ(f.__pooled, n > (int)CAP ? 1u : 0u);
  CHECK_EQ(cdefer_pending(), f.__pooled);
  CHECK_EQ(ran_log[0], '\0');
}

static void test_overflow(void) {
  reset();
  overflow(6);
  CHECK_EQ(strcmp(ran_log, "5 4 3 2 1 0"), 0);
  reset();
  overflow(4);
  CHECK_EQ(strcmp(ran_log, "3 2 1 0"), 0);
  reset();
  overflow(1);
  CHECK_EQ(strcmp(ran_log, "0"), 0);
  reset();
  overflow(0);
  CHECK_EQ(ran_log[0], '\0');
  CHECK_EQ(cdefer_pending(), 0);
}

/* --- interleaved --------------------------------------------------------- */

static void interleaved(void) {
  struct int_batch b;
  struct __cdefer_record other;
  const char *other_name = "x";
  FRAME(f);
  struct __cdefer_window w = {0};
  DEFER_BATCHED(f, b, w, 0, SITE("interleaved"));
  DEFER_BATCHED(f, b, w, 1, SITE("interleaved"));
  __cdefer_push_frame(&f, &other, ran_name, &other_name, SITE("interleaved"));
  __cdefer_window_close(&w);
  DEFER_BATCHED(f, b, w, 2, SITE("interleaved"));
  DEFER_BATCHED(f, b, w, 3, SITE("interleaved"));
  CHECK_EQ(batch_runs(&b.h), 2);
  CHECK_EQ(f.__pooled, 2);
}

static void test_interleaved(void) {
  reset();
  interleaved();
  CHECK_EQ(strcmp(ran_log, "3 2 x 1 0"), 0);
  CHECK_EQ(cdefer_pending(), 0);
}

/* --- relinked ------------------------------------------------------------ */

static void relinked(void) {
  struct int_batch b;
  FRAME(f);
  struct __cdefer_window w = {0};
  watched = &f;
  watched_batch = &b.h;
  for (int i = 0; i < 3; i++)
    DEFER_BATCHED(f, b, w, i, SITE("relinked"));
}

static void test_relinked(void) {
  reset();
  relinked();
  watched = NULL;
  CHECK_EQ(strcmp(ran_log, "2 1 0"), 0);
}

/* --- repeated ------------------------------------------------------------ */

static void test_repeated(void) {
  for (int k = 0; k < 1000; k++) {
    reset();
    overflow(8 - k % 9);
  }
  CHECK_EQ(strcmp(ran_log, "7 6 5 4 3 2 1 0"), 0);
  CHECK_EQ(cdefer_pending(), 0);
}

int main(void) {
  test_overflow();
  test_interleaved();
  test_relinked();
  test_repeated();
  PASS("test_batch");
}
