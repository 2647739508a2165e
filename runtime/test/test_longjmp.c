/* A function left by longjmp runs none of its deferred calls (SPEC 2.8), and
 * the program goes on. Its records stay on the chain until a frame below
 * them returns: that frame runs its own records, newest first, wherever the
 * stale ones sit among them, and drops each stale record above its mark with
 * one line on stderr,
 *
 *   cdefer: deferred call registered at <file:line> in <function>() will not
 *   run: its function was left without returning (longjmp?)
 *
 * giving the record back to the pool (or freeing a heap record) and
 * uncounting it. A stale record under a frame's mark is left for a caller.
 *
 *   interleaved   A pushes a1, B pushes b1 and longjmps into A, A pushes a2:
 *                 A's exit runs a2, reports b1, runs a1
 *   on_top        stale records of two dead frames above all of A's
 *   below         a stale record under a callee's mark: the callee's exit
 *                 leaves it, the caller's exit drops it
 *   mark          a callee longjmps into a frame before its first push, so
 *                 the frame's mark is stale: a caller's exit drops it, or
 *                 (in a thread with nothing below) the thread's teardown
 *                 reports it
 *   in_deferred   deferred code longjmps over a callee that deferred
 *   in_last       the same, from the frame's oldest record (frame-allocated,
 *                 or pooled): the callee's record is the only one left above
 *                 the frame's mark, and is dropped as the frame returns
 *   heap          a stale heap record (big context) is freed (ASan checks)
 *   loop          10000 longjmps: nothing pending, no pool growth, no leak,
 *                 one line per stale record
 *   tiers         both tiers in the frame and in the callee left by
 *                 longjmp: A runs its own records of both tiers in order
 *                 and reports only the callee's pooled one; the callee's
 *                 frame-allocated records vanish with its stack, unreported
 *   frame_only    a callee left by longjmp with frame-allocated records
 *                 only: nothing to report, nothing pending
 *   in_frame_run  deferred code run by __cdefer_frame_exit itself (a
 *                 frame-allocated record) longjmps over a callee that
 *                 deferred: the frame's pooled record under it runs, after
 *                 the report
 *   jump_out      deferred code longjmps out of its frame's run, from
 *                 __cdefer_frame_exit and from __cdefer_return: the frame's
 *                 records still to run are those of a function left by
 *                 longjmp, and the frame below reports the pooled ones
 *
 * Stale records' functions must never run. Sites are literals so that
 * test/runtime/longjmp*.test can match them; everything but the final PASS
 * line goes to stderr, in order ("ran NAME" when a record runs). */
#include "unit.h"

#include <pthread.h>
#include <setjmp.h>
#include <string.h>
#include <unistd.h>

/* The names of the records that ran on this thread, in order. */
static _Thread_local char ran_log[128];

/* A live frame's record: ctx holds its name. */
static void ran(void *ctx) {
  const char *name;
  memcpy(&name, ctx, sizeof name);
  fprintf(stderr, "ran %s\n", name);
  size_t len = strlen(ran_log);
  snprintf(ran_log + len, sizeof ran_log - len, "%s%s", len != 0 ? " " : "", name);
}

static void push_named(struct __cdefer_frame *f, const char *name, const char *site) {
  __cdefer_push(f, ran, &name, sizeof name, site);
}

/* A record of a function left by longjmp. */
static atomic_int stale_ran;
static void must_not_run(void *ctx) {
  (void)ctx;
  atomic_fetch_add(&stale_ran, 1);
}

/* Callees that defer and then longjmp to *env, skipping their frames'
 * cleanups. */
static _Noreturn void bail(jmp_buf *env) {
  FRAME(f);
  __cdefer_push(&f, must_not_run, NULL, 0, "longjmp.c:15:bail");
  longjmp(*env, 1);
}

static _Noreturn void bail_nested(jmp_buf *env) {
  FRAME(f);
  __cdefer_push(&f, must_not_run, NULL, 0, "longjmp.c:16:bail_nested");
  bail(env);
}

static _Noreturn void bail_big(jmp_buf *env) {
  FRAME(f);
  char big[200];
  memset(big, 0x5a, sizeof big);
  __cdefer_push(&f, must_not_run, big, sizeof big, "longjmp.c:17:bail_big");
  longjmp(*env, 1);
}

static void reset(void) {
  ran_log[0] = '\0';
}

/* --- interleaved --------------------------------------------------------- */

static void interleaved(void) {
  FRAME(f);
  jmp_buf env;
  push_named(&f, "a1", "longjmp.c:20:interleaved");
  if (setjmp(env) == 0)
    bail(&env);
  push_named(&f, "a2", "longjmp.c:21:interleaved");
  CHECK_EQ(cdefer_pending(), 3); /* a2, bail's, a1 */
  fprintf(stderr, "interleaved returns\n");
}

static void test_interleaved(void) {
  struct cdefer_thread_stats s0 = unit_stats();
  reset();
  interleaved();
  CHECK(strcmp(ran_log, "a2 a1") == 0);
  CHECK_EQ(cdefer_pending(), 0);
  struct cdefer_thread_stats s1 = unit_stats();
  CHECK_EQ(s1.pushed - s0.pushed, 3);
  CHECK_EQ(s1.run - s0.run, 2);
}

/* --- on_top -------------------------------------------------------------- */

static void on_top(void) {
  FRAME(f);
  jmp_buf env;
  push_named(&f, "a1", "longjmp.c:25:on_top");
  push_named(&f, "a2", "longjmp.c:26:on_top");
  if (setjmp(env) == 0)
    bail_nested(&env);
  CHECK_EQ(cdefer_pending(), 4);
  fprintf(stderr, "on_top returns\n");
}

static void test_on_top(void) {
  struct cdefer_thread_stats s0 = unit_stats();
  reset();
  on_top();
  CHECK(strcmp(ran_log, "a2 a1") == 0);
  CHECK_EQ(cdefer_pending(), 0);
  struct cdefer_thread_stats s1 = unit_stats();
  CHECK_EQ(s1.pushed - s0.pushed, 4);
  CHECK_EQ(s1.run - s0.run, 2);
}

/* --- below --------------------------------------------------------------- */

static void pushes_two(void) {
  FRAME(f);
  push_named(&f, "f1", "longjmp.c:30:pushes_two");
  push_named(&f, "f2", "longjmp.c:31:pushes_two");
}

static void below(void) {
  FRAME(f);
  jmp_buf env;
  push_named(&f, "o1", "longjmp.c:32:below");
  if (setjmp(env) == 0)
    bail(&env);
  fprintf(stderr, "below calls pushes_two\n");
  pushes_two(); /* its mark is bail's record: it must leave it alone */
  CHECK(strcmp(ran_log, "f2 f1") == 0);
  CHECK_EQ(cdefer_pending(), 2); /* bail's, o1 */
  fprintf(stderr, "below returns\n");
}

static void test_below(void) {
  reset();
  below();
  CHECK(strcmp(ran_log, "f2 f1 o1") == 0);
  CHECK_EQ(cdefer_pending(), 0);
}

/* --- mark ---------------------------------------------------------------- */

/* bail pushes before this frame's first push, so the frame's mark is bail's
 * record; this frame's exit runs c2, c1 and leaves it. */
static void late_first_push(void) {
  FRAME(f);
  jmp_buf env;
  if (setjmp(env) == 0)
    bail(&env);
  push_named(&f, "c1", "longjmp.c:40:late_first_push");
  push_named(&f, "c2", "longjmp.c:41:late_first_push");
  fprintf(stderr, "late_first_push returns\n");
}

static void mark_caller(void) {
  FRAME(f);
  push_named(&f, "p1", "longjmp.c:42:mark_caller");
  late_first_push();
  CHECK(strcmp(ran_log, "c2 c1") == 0);
  CHECK_EQ(cdefer_pending(), 2); /* bail's, p1 */
  fprintf(stderr, "mark_caller returns\n");
}

static void test_mark(void) {
  reset();
  mark_caller();
  CHECK(strcmp(ran_log, "c2 c1 p1") == 0);
  CHECK_EQ(cdefer_pending(), 0);
}

/* Nothing below late_first_push: bail's record stays until the thread ends,
 * and its teardown reports it. */
static void *mark_thread(void *arg) {
  (void)arg;
  late_first_push();
  CHECK(strcmp(ran_log, "c2 c1") == 0);
  CHECK_EQ(cdefer_pending(), 1);
  fprintf(stderr, "mark_thread ends\n");
  return NULL;
}

static void test_mark_thread(void) {
  pthread_t t;
  CHECK_EQ(pthread_create(&t, NULL, mark_thread, NULL), 0);
  CHECK_EQ(pthread_join(t, NULL), 0);
  fprintf(stderr, "joined mark_thread\n");
}

/* --- in_deferred --------------------------------------------------------- */

/* Deferred code that longjmps over a callee that deferred: the callee's
 * record lands on top of the frame's records still to run. */
static void deferred_bails(void *ctx) {
  (void)ctx;
  jmp_buf env;
  fprintf(stderr, "ran deferred_bails\n");
  if (setjmp(env) == 0)
    bail(&env);
}

static void in_deferred(void) {
  FRAME(f);
  push_named(&f, "d1", "longjmp.c:50:in_deferred");
  __cdefer_push(&f, deferred_bails, NULL, 0, "longjmp.c:51:in_deferred");
  fprintf(stderr, "in_deferred returns\n");
}

static void test_in_deferred(void) {
  reset();
  in_deferred();
  CHECK(strcmp(ran_log, "d1") == 0);
  CHECK_EQ(cdefer_pending(), 0);
}

/* --- in_last ------------------------------------------------------------- */

static void in_last_frame(void) {
  FRAME(f);
  DEFER_FRAME(f, deferred_bails, int, 0, "longjmp.c:52:in_last_frame");
  push_named(&f, "l1", "longjmp.c:53:in_last_frame");
  fprintf(stderr, "in_last_frame returns\n");
}

static void in_last_pooled(void) {
  FRAME(f);
  __cdefer_push(&f, deferred_bails, NULL, 0, "longjmp.c:54:in_last_pooled");
  push_named(&f, "l2", "longjmp.c:55:in_last_pooled");
  fprintf(stderr, "in_last_pooled returns\n");
}

static void test_in_last(void) {
  reset();
  in_last_frame();
  CHECK(strcmp(ran_log, "l1") == 0);
  CHECK_EQ(cdefer_pending(), 0);
  in_last_pooled();
  CHECK(strcmp(ran_log, "l1 l2") == 0);
  CHECK_EQ(cdefer_pending(), 0);
}

/* --- heap ---------------------------------------------------------------- */

static void heap(void) {
  FRAME(f);
  jmp_buf env;
  push_named(&f, "h1", "longjmp.c:55:heap");
  if (setjmp(env) == 0)
    bail_big(&env);
  fprintf(stderr, "heap returns\n");
}

static void test_heap(void) {
  struct cdefer_thread_stats s0 = unit_stats();
  reset();
  heap();
  CHECK(strcmp(ran_log, "h1") == 0);
  CHECK_EQ(cdefer_pending(), 0);
  struct cdefer_thread_stats s1 = unit_stats();
  CHECK_EQ(s1.heap_fallbacks - s0.heap_fallbacks, 1);
  CHECK_EQ(s1.run - s0.run, 1);
}

/* --- loop ---------------------------------------------------------------- */

enum { LOOP_ITERATIONS = 10000 };
static unsigned long loop_runs;
static void count_run(void *ctx) {
  (void)ctx;
  loop_runs++;
}

/* One pool record and one heap record left by longjmp, between two of the
 * frame's own. */
static _Noreturn void bail_mixed(jmp_buf *env) {
  FRAME(f);
  char big[100] = {0};
  __cdefer_push(&f, must_not_run, NULL, 0, "longjmp.c:60:bail_mixed");
  __cdefer_push(&f, must_not_run, big, sizeof big, "longjmp.c:61:bail_mixed");
  longjmp(*env, 1);
}

static void churn(void) {
  FRAME(f);
  jmp_buf env;
  __cdefer_push(&f, count_run, NULL, 0, "longjmp.c:62:churn");
  if (setjmp(env) == 0)
    bail_mixed(&env);
  __cdefer_push(&f, count_run, NULL, 0, "longjmp.c:63:churn");
}

static void test_loop(void) {
  churn(); /* warms the pool up */
  CHECK_EQ(cdefer_pending(), 0);

  /* The reports go to a file, to be counted. */
  FILE *out = tmpfile();
  CHECK(out != NULL);
  fflush(stderr);
  int saved = dup(2);
  CHECK(saved >= 0);
  CHECK_EQ(dup2(fileno(out), 2), 2);

  struct cdefer_thread_stats s0 = unit_stats();
  loop_runs = 0;
  size_t pending_after = 0;
  for (int i = 0; i < LOOP_ITERATIONS; i++) {
    churn();
    pending_after |= cdefer_pending();
  }
  struct cdefer_thread_stats s1 = unit_stats();

  fflush(stderr);
  CHECK_EQ(dup2(saved, 2), 2);
  close(saved);

  CHECK_EQ(pending_after, 0);
  CHECK_EQ(loop_runs, 2 * LOOP_ITERATIONS);
  CHECK_EQ(s1.pushed - s0.pushed, 4 * LOOP_ITERATIONS);
  CHECK_EQ(s1.run - s0.run, 2 * LOOP_ITERATIONS);
  CHECK_EQ(s1.heap_fallbacks - s0.heap_fallbacks, LOOP_ITERATIONS);
  CHECK_EQ(s1.pool_misses, s0.pool_misses); /* stale records went back to the pool */
  CHECK_EQ(s1.peak_pending, s0.peak_pending); /* 4, as the earlier cases: nothing piles up */

  static const char pool_line[] =
      "cdefer: deferred call registered at longjmp.c:60 in bail_mixed() will not run: its "
      "function was left without returning (longjmp?)\n";
  static const char heap_line[] =
      "cdefer: deferred call registered at longjmp.c:61 in bail_mixed() will not run: its "
      "function was left without returning (longjmp?)\n";
  rewind(out);
  char line[256];
  unsigned long lines = 0, pool_lines = 0, heap_lines = 0;
  while (fgets(line, sizeof line, out) != NULL) {
    lines++;
    /* newest first: the heap record, then the pool record */
    if (strcmp(line, lines % 2 == 1 ? heap_line : pool_line) != 0) {
      fprintf(stderr, "unexpected report line %lu: %s", lines, line);
      CHECK(0);
    }
    if (lines % 2 == 1)
      heap_lines++;
    else
      pool_lines++;
  }
  fclose(out);
  CHECK_EQ(lines, 2 * LOOP_ITERATIONS);
  CHECK_EQ(heap_lines, LOOP_ITERATIONS);
  CHECK_EQ(pool_lines, LOOP_ITERATIONS);
  fprintf(stderr, "loop: %d iterations, %lu report lines\n", LOOP_ITERATIONS, lines);
}

/* --- tiers -------------------------------------------------------------- */

/* Deferred code of a frame-allocated record of a function left by longjmp:
 * must never run. */
static _Noreturn void bail_tiers(jmp_buf *env) {
  FRAME(f);
  DEFER_FRAME(f, must_not_run, int, 0, "longjmp.c:70:bail_tiers");
  __cdefer_push(&f, must_not_run, NULL, 0, "longjmp.c:71:bail_tiers");
  DEFER_FRAME(f, must_not_run, int, 0, "longjmp.c:72:bail_tiers");
  longjmp(*env, 1);
}

static void tiers(void) {
  jmp_buf env;
  FRAME(f);
  DEFER_FRAME(f, ran, const char *, "fa1", "longjmp.c:73:tiers");
  push_named(&f, "a1", "longjmp.c:74:tiers");
  if (setjmp(env) == 0)
    bail_tiers(&env);
  DEFER_FRAME(f, ran, const char *, "fa2", "longjmp.c:75:tiers");
  push_named(&f, "a2", "longjmp.c:76:tiers");
  DEFER_FRAME(f, ran, const char *, "fa3", "longjmp.c:77:tiers");
  CHECK_EQ(cdefer_pending(), 3); /* a2, bail_tiers' pooled one, a1 */
  fprintf(stderr, "tiers returns\n");
}

static void test_tiers(void) {
  struct cdefer_thread_stats s0 = unit_stats();
  reset();
  tiers();
  CHECK(strcmp(ran_log, "fa3 a2 fa2 a1 fa1") == 0);
  CHECK_EQ(cdefer_pending(), 0);
  struct cdefer_thread_stats s1 = unit_stats();
  CHECK_EQ(s1.pushed - s0.pushed, 3);
  CHECK_EQ(s1.run - s0.run, 2);
}

/* --- frame_only ---------------------------------------------------------- */

static _Noreturn void bail_frame_only(jmp_buf *env) {
  FRAME(f);
  DEFER_FRAME(f, must_not_run, int, 0, "longjmp.c:80:bail_frame_only");
  DEFER_FRAME(f, must_not_run, int, 0, "longjmp.c:81:bail_frame_only");
  longjmp(*env, 1);
}

static void frame_only(void) {
  jmp_buf env;
  FRAME(f);
  push_named(&f, "o1", "longjmp.c:82:frame_only");
  DEFER_FRAME(f, ran, const char *, "fo1", "longjmp.c:83:frame_only");
  if (setjmp(env) == 0)
    bail_frame_only(&env);
  CHECK_EQ(cdefer_pending(), 1);
  fprintf(stderr, "frame_only returns\n");
}

static void test_frame_only(void) {
  reset();
  frame_only();
  CHECK(strcmp(ran_log, "fo1 o1") == 0);
  CHECK_EQ(cdefer_pending(), 0);
}

/* --- in_frame_run -------------------------------------------------------- */

/* A frame-allocated record's deferred code: runs from
 * __cdefer_frame_exit, longjmps over bail, whose pooled record lands on
 * top of the frame's pooled one. */
static void deferred_bails_frame(void *ctx) {
  (void)ctx;
  jmp_buf env;
  fprintf(stderr, "ran deferred_bails_frame\n");
  if (setjmp(env) == 0)
    bail(&env);
}

static void in_frame_run(void) {
  FRAME(f);
  push_named(&f, "e1", "longjmp.c:85:in_frame_run");
  DEFER_FRAME(f, deferred_bails_frame, int, 0, "longjmp.c:86:in_frame_run");
  fprintf(stderr, "in_frame_run returns\n");
}

static void test_in_frame_run(void) {
  reset();
  in_frame_run();
  CHECK(strcmp(ran_log, "e1") == 0);
  CHECK_EQ(cdefer_pending(), 0);
}

/* --- jump_out ------------------------------------------------------------ */

static jmp_buf *jump_out_env;

/* Deferred code that leaves its frame's run by longjmp. */
static void jumps_out(void *ctx) {
  fprintf(stderr, "ran %s, jumps out\n", *(const char **)ctx);
  longjmp(*jump_out_env, 1);
}

/* j1 then k1 jump out of __cdefer_frame_exit's own loop: nothing of the
 * frame's ran before, and j1 is left pending. */
static void jump_from_frame_exit(void) {
  FRAME(f);
  push_named(&f, "j1", "longjmp.c:90:jump_from_frame_exit");
  DEFER_FRAME(f, jumps_out, const char *, "k1", "longjmp.c:91:jump_from_frame_exit");
  DEFER_FRAME(f, ran, const char *, "k2", "longjmp.c:92:jump_from_frame_exit");
  fprintf(stderr, "jump_from_frame_exit returns\n");
}

/* j3 runs, then k3 jumps out of __cdefer_return's loop: j2 and k4 are left,
 * j2 pending. */
static void jump_from_return(void) {
  FRAME(f);
  DEFER_FRAME(f, must_not_run, int, 0, "longjmp.c:93:jump_from_return");
  push_named(&f, "j2", "longjmp.c:94:jump_from_return");
  DEFER_FRAME(f, jumps_out, const char *, "k3", "longjmp.c:95:jump_from_return");
  push_named(&f, "j3", "longjmp.c:96:jump_from_return");
  fprintf(stderr, "jump_from_return returns\n");
}

static void jump_out(void) {
  jmp_buf env;
  volatile int step = 0;
  FRAME(f);
  push_named(&f, "x1", "longjmp.c:97:jump_out");
  jump_out_env = &env;
  setjmp(env);
  if (step == 0) {
    step = 1;
    jump_from_frame_exit();
    CHECK(0); /* not reached: k1 jumps out */
  }
  if (step == 1) {
    step = 2;
    CHECK(strcmp(ran_log, "k2") == 0);
    CHECK_EQ(cdefer_pending(), 2); /* j1, x1 */
    jump_from_return();
    CHECK(0);
  }
  CHECK(strcmp(ran_log, "k2 j3") == 0);
  CHECK_EQ(cdefer_pending(), 3); /* j2, j1, x1 */
  push_named(&f, "x2", "longjmp.c:98:jump_out");
  fprintf(stderr, "jump_out returns\n");
}

static void test_jump_out(void) {
  struct cdefer_thread_stats s0 = unit_stats();
  reset();
  jump_out();
  CHECK(strcmp(ran_log, "k2 j3 x2 x1") == 0);
  CHECK_EQ(cdefer_pending(), 0);
  struct cdefer_thread_stats s1 = unit_stats();
  CHECK_EQ(s1.pushed - s0.pushed, 5);
  CHECK_EQ(s1.run - s0.run, 3); /* j3, x2, x1 */
}

int main(void) {
  fprintf(stderr, "== interleaved\n");
  test_interleaved();
  fprintf(stderr, "== on_top\n");
  test_on_top();
  fprintf(stderr, "== below\n");
  test_below();
  fprintf(stderr, "== mark\n");
  test_mark();
  fprintf(stderr, "== mark_thread\n");
  test_mark_thread();
  fprintf(stderr, "== in_deferred\n");
  test_in_deferred();
  fprintf(stderr, "== in_last\n");
  test_in_last();
  fprintf(stderr, "== heap\n");
  test_heap();
  fprintf(stderr, "== loop\n");
  test_loop();
  fprintf(stderr, "== tiers\n");
  test_tiers();
  fprintf(stderr, "== frame_only\n");
  test_frame_only();
  fprintf(stderr, "== in_frame_run\n");
  test_in_frame_run();
  fprintf(stderr, "== jump_out\n");
  test_jump_out();
  CHECK_EQ(atomic_load(&stale_ran), 0);
  CHECK_EQ(cdefer_pending(), 0);
  PASS("test_longjmp");
}
