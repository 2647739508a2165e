/* Frame-allocated records alone: __cdefer_push_frame links each onto the
 * frame, and __cdefer_frame_exit runs them newest first, once each, with
 * their snapshots, without the runtime. The thread's state does not change:
 * nothing pending, no counter moves, the frame never gets a thread or a
 * mark.
 *
 *   three        three records run newest first
 *   conditional  a record whose `__defer` did not execute does not run; an
 *                early return runs only what was linked before it
 *   repeated     a thousand calls: each call's records are its own
 *   hook         a local with a cleanup of its own, then the plugin's hook:
 *                the hook drains the frame while the local is alive, and
 *                the frame's own cleanup then runs nothing */
#include "unit.h"

#include <string.h>

/* The names of the records that ran, in order. */
static char ran_log[256];

static void ran(void *ctx) {
  const char *name = *(const char **)ctx;
  size_t len = strlen(ran_log);
  snprintf(ran_log + len, sizeof ran_log - len, "%s%s", len != 0 ? " " : "", name);
}

static void reset(void) {
  ran_log[0] = '\0';
}

/* Nothing may reach the thread's state. */
static void check_untouched(void) {
  struct cdefer_thread_stats s = unit_stats();
  CHECK_EQ(cdefer_pending(), 0);
  CHECK_EQ(s.pushed, 0);
  CHECK_EQ(s.run, 0);
  CHECK_EQ(s.pool_hits + s.pool_misses + s.heap_fallbacks, 0);
  CHECK_EQ(s.peak_pending, 0);
}

/* --- three --------------------------------------------------------------- */

static void three(void) {
  FRAME(f);
  DEFER_FRAME(f, ran, const char *, "f1", SITE("three"));
  DEFER_FRAME(f, ran, const char *, "f2", SITE("three"));
  DEFER_FRAME(f, ran, const char *, "f3", SITE("three"));
  CHECK(f.__head != NULL);
  CHECK_EQ(f.__head->__pooled, 0);
  CHECK_EQ(f.__pooled, 0);
  CHECK(f.__owner == NULL);
  CHECK(f.__mark == NULL);
  CHECK_EQ(cdefer_pending(), 0);
  CHECK_EQ(ran_log[0], '\0');
}

static void test_three(void) {
  reset();
  three();
  CHECK_EQ(strcmp(ran_log, "f3 f2 f1"), 0);
  check_untouched();
}

/* --- conditional --------------------------------------------------------- */

/* `if (a) __defer ran("a"); __defer ran("b"); if (early) return;
 *  __defer ran("c");`: the plugin declares every record at entry and links
 * one only where its `__defer` executes. */
static int conditional(int a, int early) {
  struct __cdefer_record ra, rb, rc;
  const char *sa = "a", *sb = "b", *sc = "c";
  FRAME(f);
  if (a)
    __cdefer_push_frame(&f, &ra, ran, &sa, SITE("conditional"));
  __cdefer_push_frame(&f, &rb, ran, &sb, SITE("conditional"));
  if (early)
    return 1;
  __cdefer_push_frame(&f, &rc, ran, &sc, SITE("conditional"));
  return 2;
}

static void test_conditional(void) {
  reset();
  CHECK_EQ(conditional(1, 0), 2);
  CHECK_EQ(strcmp(ran_log, "c b a"), 0);
  reset();
  CHECK_EQ(conditional(0, 0), 2);
  CHECK_EQ(strcmp(ran_log, "c b"), 0);
  reset();
  CHECK_EQ(conditional(1, 1), 1);
  CHECK_EQ(strcmp(ran_log, "b a"), 0);
  reset();
  CHECK_EQ(conditional(0, 1), 1);
  CHECK_EQ(strcmp(ran_log, "b"), 0);
  check_untouched();
}

/* --- repeated ------------------------------------------------------------ */

static unsigned long sum;
static void add(void *ctx) {
  sum = sum * 3 + *(unsigned *)ctx; /* order-sensitive */
}

static void twice(unsigned i) {
  FRAME(f);
  DEFER_FRAME(f, add, unsigned, 2 * i, SITE("twice"));
  DEFER_FRAME(f, add, unsigned, 2 * i + 1, SITE("twice"));
}

static void test_repeated(void) {
  unsigned long want = 0;
  sum = 0;
  for (unsigned i = 0; i < 1000; i++) {
    twice(i);
    want = want * 3 + 2 * i + 1;
    want = want * 3 + 2 * i;
  }
  CHECK_EQ(sum, want);
  check_untouched();
}

/* --- hook ---------------------------------------------------------------- */

struct guard {
  const char *name;
  int alive;
};
static void guard_exit(struct guard *g) {
  g->alive = 0;
  size_t len = strlen(ran_log);
  snprintf(ran_log + len, sizeof ran_log - len, " ~%s", g->name);
}

/* Deferred code that needs the guard alive. */
static void use_guard(void *ctx) {
  struct guard *g = *(struct guard **)ctx;
  CHECK(g->alive);
  ran(&g->name);
}

/* `struct guard g __attribute__((cleanup(guard_exit))); __defer
 * use_guard(&g); __defer ran("h2");`: the plugin declares the hook right
 * after g, so the hook's cleanup runs the frame before g's cleanup. */
static void hook(void) {
  FRAME(f);
  struct guard g __attribute__((cleanup(guard_exit))) = {"g", 1};
  struct __cdefer_frame *hook __attribute__((cleanup(__cdefer_hook_exit))) = &f;
  DEFER_FRAME(f, use_guard, struct guard *, &g, SITE("hook"));
  DEFER_FRAME(f, ran, const char *, "h2", SITE("hook"));
  (void)hook;
}

static void test_hook(void) {
  reset();
  hook();
  CHECK_EQ(strcmp(ran_log, "h2 g ~g"), 0);
  check_untouched();
}

int main(void) {
  test_three();
  test_conditional();
  test_repeated();
  test_hook();
  PASS("test_frame_alloc");
}
