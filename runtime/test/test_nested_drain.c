/* Deferred code that itself defers: while a frame's records are being run,
 * each one calls functions with frames of their own, which push and run
 * above the parent's remaining records. The parent's record is off the
 * chain before its fn starts, so the chain is consistent throughout.
 *
 *   parent        pooled records only, three levels deep
 *   mixed_parent  both tiers: a frame-allocated record run by
 *                 __cdefer_frame_exit itself, above two pooled ones, and one
 *                 run by __cdefer_return, between them; each calls a child
 *                 with both tiers and callees of both tiers */
#include "unit.h"

#include <string.h>

static char trail[256];
static size_t ntrail;

static void append(void *ctx) {
  trail[ntrail++] = *(char *)ctx;
}

/* A function with defers, called from deferred code: `__defer append(c)`,
 * `__defer append(c + 1)`, then a callee that defers too. */
static void grandchild(char c) {
  FRAME(f);
  __cdefer_push(&f, append, &c, sizeof c, SITE("grandchild"));
}
static void child(char c, size_t parent_left) {
  FRAME(f);
  /* The parent's record that called us is already off the chain. */
  CHECK_EQ(cdefer_pending(), parent_left);
  __cdefer_push(&f, append, &c, sizeof c, SITE("child"));
  c++;
  __cdefer_push(&f, append, &c, sizeof c, SITE("child"));
  CHECK_EQ(cdefer_pending(), parent_left + 2);
  grandchild('.');
  CHECK_EQ(cdefer_pending(), parent_left + 2);
}

/* The parent's deferred statement: `__defer child(letter, i)`. */
struct parent_ctx {
  char letter;
  size_t index;
};
static void run_child(void *ctx) {
  struct parent_ctx *p = ctx;
  child(p->letter, p->index);
}

/* A deferred statement whose body itself has a deferred call in a nested
 * frame that runs a deferred call of its own: three levels deep. */
static void deep(void *ctx) {
  (void)ctx;
  FRAME(f);
  struct parent_ctx p = {'x', cdefer_pending()};
  __cdefer_push(&f, run_child, &p, sizeof p, SITE("deep"));
}

static void parent(void) {
  FRAME(f);
  __cdefer_push(&f, deep, NULL, 0, SITE("parent"));
  for (size_t i = 0; i < 3; i++) {
    struct parent_ctx p = {(char)('a' + 2 * i), i + 1};
    __cdefer_push(&f, run_child, &p, sizeof p, SITE("parent"));
  }
  CHECK_EQ(cdefer_pending(), 4);
}

/* A child with both tiers: `__defer append(c)` (frame-allocated),
 * `__defer append(c + 1)` (pooled), then a callee with a frame-allocated
 * record only and one with a pooled record only. */
static void frame_grandchild(void) {
  FRAME(f);
  DEFER_FRAME(f, append, char, ':', SITE("frame_grandchild"));
}
static void mixed_child(char c, size_t parent_left) {
  FRAME(f);
  CHECK_EQ(cdefer_pending(), parent_left);
  DEFER_FRAME(f, append, char, c, SITE("mixed_child"));
  char next = (char)(c + 1);
  __cdefer_push(&f, append, &next, sizeof next, SITE("mixed_child"));
  CHECK_EQ(cdefer_pending(), parent_left + 1);
  frame_grandchild();
  grandchild('.');
  CHECK_EQ(cdefer_pending(), parent_left + 1);
}
static void run_mixed_child(void *ctx) {
  struct parent_ctx *p = ctx;
  mixed_child(p->letter, p->index);
}

/* index: how many of the parent's records are still on the chain when the
 * record runs. f2 runs from __cdefer_frame_exit, p2, f1, p1 from
 * __cdefer_return. */
static void mixed_parent(void) {
  FRAME(f);
  struct parent_ctx p1 = {'a', 0};
  __cdefer_push(&f, run_mixed_child, &p1, sizeof p1, SITE("mixed_parent"));
  DEFER_FRAME(f, run_mixed_child, struct parent_ctx, ((struct parent_ctx){'c', 1}),
              SITE("mixed_parent"));
  struct parent_ctx p2 = {'e', 1};
  __cdefer_push(&f, run_mixed_child, &p2, sizeof p2, SITE("mixed_parent"));
  DEFER_FRAME(f, run_mixed_child, struct parent_ctx, ((struct parent_ctx){'g', 2}),
              SITE("mixed_parent"));
  CHECK_EQ(cdefer_pending(), 2);
}

int main(void) {
  parent();
  trail[ntrail] = 0;
  /* Records ran newest first: child('e'), child('c'), child('a'), deep;
   * each child ran grandchild's '.' first, then its own two, newest first. */
  CHECK_EQ(strcmp(trail, ".fe.dc.ba.yx"), 0);
  CHECK_EQ(cdefer_pending(), 0);
  struct cdefer_thread_stats s = unit_stats();
  CHECK_EQ(s.pushed, s.run);
  CHECK_EQ(s.pushed, 4 + 4 * 3 + 1);

  ntrail = 0;
  mixed_parent();
  trail[ntrail] = 0;
  /* Each child ran its callees' ':' and '.', then its own two, newest
   * first; the children ran in the parent's order: g, e, c, a. */
  CHECK_EQ(strcmp(trail, ":.hg:.fe:.dc:.ba"), 0);
  CHECK_EQ(cdefer_pending(), 0);
  struct cdefer_thread_stats s2 = unit_stats();
  CHECK_EQ(s2.pushed, s2.run);
  CHECK_EQ(s2.pushed - s.pushed, 2 + 4 * 2); /* frame-allocated ones are not counted */
  PASS("test_nested_drain");
}
