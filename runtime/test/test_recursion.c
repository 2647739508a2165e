/* Recursion: each of 1000 nested calls of one function has its own frame
 * and defers twice; every level runs its own two records, newest first, as
 * it returns, the deepest level first. */
#include "unit.h"

enum { DEPTH = 1000 };

static int ran[2 * DEPTH];
static int nran;

struct level_ctx {
  int depth;
  int which;
};
static void log_level(void *ctx) {
  struct level_ctx *c = ctx;
  ran[nran++] = 2 * c->depth + c->which;
}

static void rec(int depth) {
  FRAME(f);
  struct level_ctx c = {depth, 0};
  __cdefer_push(&f, log_level, &c, sizeof c, SITE("rec"));
  c.which = 1;
  __cdefer_push(&f, log_level, &c, sizeof c, SITE("rec"));
  if (depth + 1 < DEPTH) {
    rec(depth + 1);
    /* The callee's records all ran; ours are still there. */
    CHECK_EQ(nran, 2 * (DEPTH - depth - 1));
    CHECK_EQ(cdefer_pending(), 2 * (size_t)(depth + 1));
  } else {
    CHECK_EQ(cdefer_pending(), 2 * DEPTH);
  }
}

int main(void) {
  rec(0);
  CHECK_EQ(nran, 2 * DEPTH);
  int ok = 1;
  for (int i = 0; i < 2 * DEPTH; i++)
    ok &= ran[i] == 2 * DEPTH - 1 - i; /* (depth 999, 1), (999, 0), (998, 1), ... */
  CHECK(ok);
  CHECK_EQ(cdefer_pending(), 0);

  struct cdefer_thread_stats s = unit_stats();
  CHECK_EQ(s.pushed, 2 * DEPTH);
  CHECK_EQ(s.run, 2 * DEPTH);
  CHECK_EQ(s.peak_pending, 2 * DEPTH);

  /* Once more: the pool already holds 2000 records. */
  nran = 0;
  rec(0);
  CHECK_EQ(nran, 2 * DEPTH);
  struct cdefer_thread_stats s2 = unit_stats();
  CHECK_EQ(s2.pool_misses, s.pool_misses);
  PASS("test_recursion");
}
