/* Many threads deferring at once: 8 threads push 100000 pooled records
 * each, in loops across trees of nested frames, each frame with a
 * frame-allocated record under its pooled ones. Every pooled record has an
 * id; each one must run exactly once, in LIFO order within its frame, on the
 * thread that pushed it, and the frame-allocated record after all of them.
 * Runs under TSan too: the runtime takes no lock, so any sharing between
 * threads would be a race. */
#include "unit.h"

#include <pthread.h>
#include <string.h>

enum { THREADS = 8, PER_THREAD = 100000, PER_FRAME = 10, TREE_DEPTH = 5 };

/* runs[id]: how often record id ran. Thread k owns ids
 * [k * PER_THREAD, (k + 1) * PER_THREAD) and is the only one to touch them. */
static unsigned char runs[THREADS * PER_THREAD];

struct worker {
  int index;
  unsigned next_id;  /* next id to push */
  unsigned end_id;
  unsigned out_of_order;
  unsigned wrong_thread;
  unsigned levels;      /* calls of level() */
  unsigned frame_runs;  /* frame-allocated records run */
  struct cdefer_thread_stats stats;
};

struct rec_ctx {
  unsigned id;
  struct worker *w;
  unsigned *frame_last; /* id of the frame's newest record not yet run */
};

static void run_rec(void *ctx) {
  struct rec_ctx *c = ctx;
  runs[c->id]++;
  if (c->id != *c->frame_last)
    c->w->out_of_order++;
  *c->frame_last = c->id - 1; /* ids of one frame are consecutive */
  if (c->id / PER_THREAD != (unsigned)c->w->index)
    c->w->wrong_thread++;
}

/* The frame-allocated record of a level: runs after all of the level's
 * pooled records, which leave *frame_last one below the level's first id. */
struct level_ctx {
  struct worker *w;
  unsigned *frame_last;
  unsigned first_id;
};
static void run_level(void *ctx) {
  struct level_ctx *c = ctx;
  c->w->frame_runs++;
  if (*c->frame_last != c->first_id - 1)
    c->w->out_of_order++;
}

/* One call: defers up to PER_FRAME records in a loop, then calls itself
 * twice, until the thread's ids run out. */
static void level(struct worker *w, int depth) {
  unsigned last; /* declared before the frame: alive while its records run */
  FRAME(f);
  w->levels++;
  last = w->next_id - 1; /* if the loop pushes nothing */
  DEFER_FRAME(f, run_level, struct level_ctx, ((struct level_ctx){w, &last, w->next_id}),
              SITE("level"));
  for (int i = 0; i < PER_FRAME && w->next_id < w->end_id; i++) {
    struct rec_ctx c = {w->next_id, w, &last};
    last = w->next_id++;
    __cdefer_push(&f, run_rec, &c, sizeof c, SITE("level"));
  }
  if (depth + 1 < TREE_DEPTH) {
    level(w, depth + 1);
    level(w, depth + 1);
  }
}

static void *work(void *arg) {
  struct worker *w = arg;
  while (w->next_id < w->end_id)
    level(w, 0);
  cdefer_thread_stats(&w->stats);
  if (cdefer_pending() != 0)
    w->out_of_order++;
  return NULL;
}

int main(void) {
  static struct worker workers[THREADS];
  pthread_t tids[THREADS];
  for (int k = 0; k < THREADS; k++) {
    workers[k].index = k;
    workers[k].next_id = (unsigned)k * PER_THREAD;
    workers[k].end_id = (unsigned)(k + 1) * PER_THREAD;
    CHECK_EQ(pthread_create(&tids[k], NULL, work, &workers[k]), 0);
  }
  for (int k = 0; k < THREADS; k++)
    CHECK_EQ(pthread_join(tids[k], NULL), 0);

  size_t lost = 0, twice = 0;
  for (size_t id = 0; id < THREADS * PER_THREAD; id++) {
    lost += runs[id] == 0;
    twice += runs[id] > 1;
  }
  CHECK_EQ(lost, 0);
  CHECK_EQ(twice, 0);
  for (int k = 0; k < THREADS; k++) {
    struct worker *w = &workers[k];
    CHECK_EQ(w->out_of_order, 0);
    CHECK_EQ(w->wrong_thread, 0);
    CHECK(w->levels > PER_THREAD / PER_FRAME);
    CHECK_EQ(w->frame_runs, w->levels);
    /* Each thread's counters saw its own pooled records only. */
    CHECK_EQ(w->stats.pushed, PER_THREAD);
    CHECK_EQ(w->stats.run, PER_THREAD);
    CHECK_EQ(w->stats.pool_hits + w->stats.pool_misses, PER_THREAD);
    CHECK(w->stats.peak_pending <= PER_FRAME * TREE_DEPTH);
  }
  /* The main thread deferred nothing. */
  CHECK_EQ(unit_stats().pushed, 0);
  PASS("test_threads");
}
