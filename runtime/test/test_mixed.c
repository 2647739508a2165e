/* Frame-allocated and pooled records of one call share the frame's list, and
 * run newest first across both tiers: __cdefer_frame_exit runs the
 * frame-allocated ones until it meets a pooled one, then __cdefer_return runs
 * the rest, frame-allocated ones included. The thread sees only the pooled
 * ones: cdefer_pending() and the counters count those alone.
 *
 *   mixed           f1, then p1 in a loop of three, f2, p2: runs p2 f2 p1.2
 *                   p1.1 p1.0 f1
 *   pooled_under    p1 under f1, f2: frame_exit runs f2 f1, the runtime p1
 *   frame_under     f1 under p1: the runtime runs p1, then f1
 *   late_mark       a frame's mark is the chain's head at its first pooled
 *                   push, not at its first frame-allocated one
 *   nesting         caller and callees with both tiers, and a callee with
 *                   frame-allocated records only, between the caller's
 *   heap            a heap record (big context) between frame-allocated ones
 *   hook            the plugin's cleanup hook drains a frame with both tiers
 *                   before a local's own cleanup; the frame's cleanup then
 *                   finds nothing to run and calls nothing
 *
 * Each checks the exact order in which the records ran. */
#include "unit.h"

#include <string.h>

/* The names of the records that ran, in order. */
static char ran_log[512];

static void ran(void *ctx) {
  const char *name = *(const char **)ctx;
  size_t len = strlen(ran_log);
  snprintf(ran_log + len, sizeof ran_log - len, "%s%s", len != 0 ? " " : "", name);
}

static void reset(void) {
  ran_log[0] = '\0';
}

/* A pooled `__defer ran(name)`. */
static void push_named(struct __cdefer_frame *f, const char *name, const char *site) {
  __cdefer_push(f, ran, &name, sizeof name, site);
}

/* --- mixed --------------------------------------------------------------- */

static const char *const p1_names[] = {"p1.0", "p1.1", "p1.2"};

static void mixed(void) {
  FRAME(f);
  DEFER_FRAME(f, ran, const char *, "f1", SITE("mixed"));
  for (int i = 0; i < 3; i++)
    push_named(&f, p1_names[i], SITE("mixed"));
  DEFER_FRAME(f, ran, const char *, "f2", SITE("mixed"));
  push_named(&f, "p2", SITE("mixed"));
  CHECK_EQ(f.__pooled, 4);
  CHECK_EQ(cdefer_pending(), 4);
}

static void test_mixed(void) {
  struct cdefer_thread_stats s0 = unit_stats();
  reset();
  mixed();
  CHECK_EQ(strcmp(ran_log, "p2 f2 p1.2 p1.1 p1.0 f1"), 0);
  CHECK_EQ(cdefer_pending(), 0);
  struct cdefer_thread_stats s1 = unit_stats();
  CHECK_EQ(s1.pushed - s0.pushed, 4);
  CHECK_EQ(s1.run - s0.run, 4);
  CHECK_EQ(s1.peak_pending, 4);
}

/* --- pooled_under -------------------------------------------------------- */

static void pooled_under(void) {
  FRAME(f);
  push_named(&f, "p1", SITE("pooled_under"));
  DEFER_FRAME(f, ran, const char *, "f1", SITE("pooled_under"));
  DEFER_FRAME(f, ran, const char *, "f2", SITE("pooled_under"));
  CHECK_EQ(f.__pooled, 1);
  CHECK_EQ(cdefer_pending(), 1);
}

static void test_pooled_under(void) {
  struct cdefer_thread_stats s0 = unit_stats();
  reset();
  pooled_under();
  CHECK_EQ(strcmp(ran_log, "f2 f1 p1"), 0);
  CHECK_EQ(cdefer_pending(), 0);
  struct cdefer_thread_stats s1 = unit_stats();
  CHECK_EQ(s1.pushed - s0.pushed, 1);
  CHECK_EQ(s1.run - s0.run, 1);
}

/* --- frame_under --------------------------------------------------------- */

static void frame_under(void) {
  FRAME(f);
  DEFER_FRAME(f, ran, const char *, "f1", SITE("frame_under"));
  push_named(&f, "p1", SITE("frame_under"));
}

static void test_frame_under(void) {
  reset();
  frame_under();
  CHECK_EQ(strcmp(ran_log, "p1 f1"), 0);
  CHECK_EQ(cdefer_pending(), 0);
}

/* --- late_mark ----------------------------------------------------------- */

static void late_mark_callee(void) {
  FRAME(f);
  DEFER_FRAME(f, ran, const char *, "g1", SITE("late_mark_callee"));
  CHECK(f.__owner == NULL); /* a frame-allocated push does not touch the thread */
  CHECK(f.__mark == NULL);
  push_named(&f, "g2", SITE("late_mark_callee"));
  CHECK(f.__owner != NULL);
  CHECK(f.__mark != NULL); /* the caller's p1 */
  CHECK_EQ(cdefer_pending(), 2);
}

static void late_mark(void) {
  FRAME(f);
  DEFER_FRAME(f, ran, const char *, "f1", SITE("late_mark"));
  CHECK(f.__owner == NULL);
  push_named(&f, "p1", SITE("late_mark"));
  CHECK(f.__mark == NULL); /* nothing was on the chain */
  late_mark_callee();
  CHECK_EQ(strcmp(ran_log, "g2 g1"), 0);
  CHECK_EQ(cdefer_pending(), 1);
}

static void test_late_mark(void) {
  reset();
  late_mark();
  CHECK_EQ(strcmp(ran_log, "g2 g1 p1 f1"), 0);
  CHECK_EQ(cdefer_pending(), 0);
}

/* --- nesting ------------------------------------------------------------- */

/* Frame-allocated records only: the caller's pooled ones stay pending and
 * untouched. */
static void frame_only(size_t callers_pending) {
  FRAME(f);
  DEFER_FRAME(f, ran, const char *, "c1", SITE("frame_only"));
  DEFER_FRAME(f, ran, const char *, "c2", SITE("frame_only"));
  CHECK_EQ(cdefer_pending(), callers_pending);
}

static void both(void) {
  FRAME(f);
  push_named(&f, "b1", SITE("both"));
  DEFER_FRAME(f, ran, const char *, "b2", SITE("both"));
  frame_only(2);
  CHECK_EQ(strcmp(ran_log, "c2 c1"), 0);
  CHECK_EQ(cdefer_pending(), 2);
  push_named(&f, "b3", SITE("both"));
  CHECK_EQ(cdefer_pending(), 3);
}

static void nesting(void) {
  FRAME(f);
  DEFER_FRAME(f, ran, const char *, "a1", SITE("nesting"));
  push_named(&f, "a2", SITE("nesting"));
  frame_only(1);
  CHECK_EQ(strcmp(ran_log, "c2 c1"), 0);
  CHECK_EQ(cdefer_pending(), 1);
  reset();
  both();
  CHECK_EQ(strcmp(ran_log, "c2 c1 b3 b2 b1"), 0);
  CHECK_EQ(cdefer_pending(), 1);
  reset();
  push_named(&f, "a3", SITE("nesting"));
}

static void test_nesting(void) {
  reset();
  nesting();
  CHECK_EQ(strcmp(ran_log, "a3 a2 a1"), 0);
  CHECK_EQ(cdefer_pending(), 0);
}

/* --- heap ---------------------------------------------------------------- */

struct big {
  const char *name;
  char fill[200];
};
static void ran_big(void *ctx) {
  struct big *b = ctx;
  for (size_t i = 0; i < sizeof b->fill; i++)
    CHECK_EQ(b->fill[i], (char)i);
  ran(&b->name);
}

static void heap(void) {
  FRAME(f);
  DEFER_FRAME(f, ran, const char *, "f1", SITE("heap"));
  struct big b = {"h1", {0}};
  for (size_t i = 0; i < sizeof b.fill; i++)
    b.fill[i] = (char)i;
  __cdefer_push(&f, ran_big, &b, sizeof b, SITE("heap"));
  DEFER_FRAME(f, ran, const char *, "f2", SITE("heap"));
}

static void test_heap(void) {
  struct cdefer_thread_stats s0 = unit_stats();
  reset();
  heap();
  CHECK_EQ(strcmp(ran_log, "f2 h1 f1"), 0);
  struct cdefer_thread_stats s1 = unit_stats();
  CHECK_EQ(s1.heap_fallbacks - s0.heap_fallbacks, 1);
  CHECK_EQ(cdefer_pending(), 0);
}

/* --- hook --------------------------------------------------------------- */

static void log_exit(const char **name) {
  ran(name);
}

/* `const char *g __attribute__((cleanup(log_exit))) = "~g";` then the
 * plugin's hook, then `__defer`s of both tiers. */
static void hook(void) {
  FRAME(f);
  const char *g __attribute__((cleanup(log_exit))) = "~g";
  struct __cdefer_frame *hook __attribute__((cleanup(__cdefer_hook_exit))) = &f;
  push_named(&f, "p1", SITE("hook"));
  DEFER_FRAME(f, ran, const char *, "f1", SITE("hook"));
  push_named(&f, "p2", SITE("hook"));
  (void)hook;
}

static void test_hook(void) {
  struct cdefer_thread_stats s0 = unit_stats();
  reset();
  hook();
  CHECK_EQ(strcmp(ran_log, "p2 f1 p1 ~g"), 0);
  struct cdefer_thread_stats s1 = unit_stats();
  CHECK_EQ(s1.run - s0.run, 2);
  CHECK_EQ(cdefer_pending(), 0);
}

int main(void) {
  test_mixed();
  test_pooled_under();
  test_frame_under();
  test_late_mark();
  test_nesting();
  test_heap();
  test_hook();
  struct cdefer_thread_stats s = unit_stats();
  CHECK_EQ(s.pushed, s.run);
  CHECK_EQ(s.pushed, 4 + 1 + 1 + 2 + 4 + 1 + 2);
  CHECK_EQ(cdefer_pending(), 0);
  PASS("test_mixed");
}
