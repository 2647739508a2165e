/* The records of one call run newest first, once each, with the context
 * they were pushed with; a frame that pushed nothing costs nothing. */
#define CDEFER_SHORT_NAMES
#include "unit.h"

#include <stdalign.h>
#include <stdint.h>
#include <string.h>

#ifndef defer
#error "CDEFER_SHORT_NAMES must define defer"
#endif

static int order[64];
static int norder;

static void log_id(void *ctx) {
  CHECK((uintptr_t)ctx % alignof(max_align_t) == 0);
  order[norder++] = *(int *)ctx;
}

/* Twelve `__defer`s of one loop, then return. */
static void twelve(void) {
  FRAME(f);
  for (int i = 0; i < 12; i++) {
    __cdefer_push(&f, log_id, &i, sizeof i, SITE("twelve"));
    CHECK_EQ(f.__pooled, (size_t)i + 1);
  }
  CHECK_EQ(cdefer_pending(), 12);
}

/* The call form of `__defer sum4(a, b, c, d)`: callee and four pointer
 * arguments, 40 bytes on LP64, evaluated at the `__defer`. */
static long total;
static void sum4(long *a, long *b, long *c, long *d) {
  total = *a + *b + *c + *d;
}
struct call4 {
  void (*callee)(long *, long *, long *, long *);
  long *a, *b, *c, *d;
};
static void run_call4(void *ctx) {
  struct call4 *c = ctx;
  c->callee(c->a, c->b, c->c, c->d);
}

static long v[5] = {1, 10, 100, 1000, 10000};

static void call_form(void) {
  FRAME(f);
  struct call4 ctx = {sum4, &v[0], &v[1], &v[2], &v[3]};
  __cdefer_push(&f, run_call4, &ctx, sizeof ctx, SITE("call_form"));
  /* The snapshot is taken at the push: changing ctx now changes nothing. */
  ctx.d = &v[4];
  ctx.callee = NULL;
}

/* A block that names no variable: an empty context. */
static int empty_runs;
static void count_empty(void *ctx) {
  (void)ctx;
  empty_runs++;
}
static void empty_context(void) {
  FRAME(f);
  __cdefer_push(&f, count_empty, NULL, 0, SITE("empty_context"));
  __cdefer_push(&f, count_empty, NULL, 0, SITE("empty_context"));
}

/* A function that returns early, before any `__defer` ran. */
static int nothing_deferred(int early) {
  FRAME(f);
  if (early)
    return 1;
  int x = 99;
  __cdefer_push(&f, log_id, &x, sizeof x, SITE("nothing_deferred"));
  return 2;
}

int main(void) {
  struct cdefer_thread_stats s0 = unit_stats();
  CHECK_EQ(cdefer_pending(), 0);
  CHECK_EQ(s0.pushed, 0);

  twelve();
  CHECK_EQ(norder, 12);
  for (int i = 0; i < 12; i++)
    CHECK_EQ(order[i], 11 - i);
  CHECK_EQ(cdefer_pending(), 0);

  call_form();
  CHECK_EQ(total, 1111);

  empty_context();
  CHECK_EQ(empty_runs, 2);

  norder = 0;
  CHECK_EQ(nothing_deferred(1), 1);
  CHECK_EQ(norder, 0);
  CHECK_EQ(nothing_deferred(0), 2);
  CHECK_EQ(norder, 1);
  CHECK_EQ(order[0], 99);

  struct cdefer_thread_stats s = unit_stats();
  CHECK_EQ(s.pushed, 12 + 1 + 2 + 1);
  CHECK_EQ(s.run, s.pushed);
  CHECK_EQ(s.heap_fallbacks, 0); /* 40 bytes fit a pool record */
  CHECK_EQ(s.pool_hits + s.pool_misses, s.pushed);
  CHECK_EQ(s.peak_pending, 12);
  CHECK_EQ(cdefer_pending(), 0);
  PASS("test_lifo");
}
