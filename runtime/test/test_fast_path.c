/* The pooled tier's push is inline (cdefer_abi.h): with the plugin's
 * constant size and function it pops a record from the thread's free list,
 * fills it and links it without a call. Everything else falls back to
 * __cdefer_push_slow, and the records run in __cdefer_return, which must not
 * care which path pushed them. Each case pushes the way plugin code does,
 * with a constant sizeof, and checks the exact order the records ran in:
 *
 *   inline       contexts of 0 to __CDEFER_INLINE_BYTES bytes (64 on LP64,
 *                named for that): each push
 *                takes a record off the free list, with no miss and no heap
 *                record, fills it (frame, site, context) and puts it on the
 *                chain; the frame's first push sets its mark and owner
 *   refill       a frame pushes one record more than the free list holds:
 *                that push refills the pool (a miss), the next ones are
 *                inline again; a callee whose first push finds the free list
 *                empty gets its mark and owner from the slow path
 *   heap         contexts one byte too big for a pool record, between
 *                inline pushes and a frame-allocated record
 *   stale        a callee pushes inline and longjmps: its record is on top
 *                of the caller's at the caller's exit (with and without a
 *                newer frame-allocated record first), or between two of
 *                them; the caller's run in order and the stale one is
 *                reported, not run
 *   nested       deferred code whose callee defers: the running record is
 *                off the chain, the callee's mark is the caller's next one
 *   peak         the peak, brought up to date where records leave the chain
 *                rather than at each push, is exact (in a fresh thread)
 *   symbol       __cdefer_push is also a symbol, a full push, for code that
 *                does not see the inline one (the GCC plugin)
 *
 * stale's reports go to stderr, which test/runtime/fast-path*.test checks;
 * everything else is checked here. */
#include "unit.h"

#include <pthread.h>
#include <setjmp.h>
#include <stdalign.h>
#include <stdint.h>
#include <string.h>

/* The names of the records that ran, in order. */
static _Thread_local char ran_log[512];

static void reset(void) {
  ran_log[0] = '\0';
}

static void log_name(const char *name) {
  size_t len = strlen(ran_log);
  snprintf(ran_log + len, sizeof ran_log - len, "%s%s", len != 0 ? " " : "", name);
}

/* A record whose context is its name. */
static void ran(void *ctx) {
  const char *name;
  memcpy(&name, ctx, sizeof name);
  log_name(name);
}

/* `__defer ran(name)` as the plugin lowers it when pooled. */
#define PUSH_NAMED(frame, name, site)                                                  \
  do {                                                                                 \
    const char *unit_name = (name);                                                    \
    __cdefer_push(&(frame), ran, &unit_name, sizeof unit_name, (site));                \
  } while (0)

/* A context of N bytes (N >= 2), struct sized_TAG: a size byte, N - 2
 * pattern bytes, a name index. */
static const char *const sized_names[] = {"s0", "s1", "s7", "s8", "s24", "s63", "s64",
                                          "h1", "h2"};
static unsigned char pattern(size_t size, size_t i) {
  return (unsigned char)(size * 13 + i * 5 + 3);
}
#define SIZED(TAG, N)                                                                  \
  struct sized_##TAG {                                                                 \
    unsigned char bytes[N];                                                            \
  };                                                                                   \
  static void ran_sized_##TAG(void *ctx) {                                             \
    const unsigned char *p = ctx;                                                      \
    CHECK((uintptr_t)ctx % alignof(max_align_t) == 0);                                 \
    CHECK_EQ(p[0], (unsigned char)(N));                                                \
    for (size_t i = 1; i + 1 < (N); i++)                                               \
      CHECK_EQ(p[i], pattern(N, i));                                                   \
    log_name(sized_names[p[(N) - 1]]);                                                 \
  }                                                                                    \
  static struct sized_##TAG make_sized_##TAG(unsigned char name) {                     \
    struct sized_##TAG s;                                                              \
    s.bytes[0] = (unsigned char)(N);                                                   \
    for (size_t i = 1; i + 1 < (N); i++)                                               \
      s.bytes[i] = pattern(N, i);                                                      \
    s.bytes[(N) - 1] = name;                                                           \
    return s;                                                                          \
  }
SIZED(7, 7)
SIZED(8, 8)
SIZED(24, 24)
SIZED(63, __CDEFER_INLINE_BYTES - 1)
SIZED(64, __CDEFER_INLINE_BYTES)     /* the most a pool record holds */
SIZED(65, __CDEFER_INLINE_BYTES + 1) /* the least that needs a heap record */

/* `__defer` with no context: the plugin passes a null ctx and size 0. */
static void ran_s0(void *ctx) {
  CHECK(ctx != NULL); /* the record's own (empty) payload */
  log_name("s0");
}
static unsigned char one_byte;
static void ran_s1(void *ctx) {
  CHECK_EQ(*(unsigned char *)ctx, 0xa5);
  one_byte = 0;
  log_name("s1");
}

/* How many records the calling thread's free list holds. */
static size_t free_records(void) {
  size_t n = 0;
  for (const struct __cdefer_pool_record *r = __cdefer_self.__free; r != NULL; r = r->__link)
    n++;
  return n;
}

/* The frame's newest record, which must be a pool record that frame pushed
 * with site, on top of the thread's chain. */
static void check_top(const struct __cdefer_frame *f, const char *site) {
  const struct __cdefer_pool_record *r = (const void *)f->__head;
  CHECK(r != NULL);
  CHECK_EQ(r->__pub.__pooled, __CDEFER_POOL_RECORD);
  CHECK_EQ(r->__capacity, __CDEFER_INLINE_BYTES);
  CHECK(r->__frame == f);
  CHECK(r->__pub.__ctx == (const void *)(r + 1));
  CHECK(strcmp(r->__pub.__site, site) == 0);
  CHECK(__cdefer_self.__head == r);
}

/* Pushes and returns once, so that the thread has a pool. */
static void warm_up(void) {
  FRAME(f);
  PUSH_NAMED(f, "warm", SITE("warm_up"));
}

/* --- inline ------------------------------------------------------------- */

static void inline_pushes(const struct __cdefer_pool_record *callers_top) {
  FRAME(f);
  size_t free0 = free_records();
  CHECK(free0 >= 7);

  __cdefer_push(&f, ran_s0, NULL, 0, "fast.c:10:inline_pushes");
  check_top(&f, "fast.c:10:inline_pushes");
  CHECK(f.__owner == &__cdefer_self); /* the first push made it the frame's */
  CHECK(f.__mark == callers_top);

  one_byte = 0xa5;
  __cdefer_push(&f, ran_s1, &one_byte, sizeof one_byte, "fast.c:11:inline_pushes");
  one_byte = 0; /* the record has its own copy */
  check_top(&f, "fast.c:11:inline_pushes");
  struct sized_7 c7 = make_sized_7(2);
  __cdefer_push(&f, ran_sized_7, &c7, sizeof c7, "fast.c:12:inline_pushes");
  struct sized_8 c8 = make_sized_8(3);
  __cdefer_push(&f, ran_sized_8, &c8, sizeof c8, "fast.c:13:inline_pushes");
  struct sized_24 c24 = make_sized_24(4);
  __cdefer_push(&f, ran_sized_24, &c24, sizeof c24, "fast.c:14:inline_pushes");
  struct sized_63 c63 = make_sized_63(5);
  __cdefer_push(&f, ran_sized_63, &c63, sizeof c63, "fast.c:15:inline_pushes");
  struct sized_64 c64 = make_sized_64(6);
  __cdefer_push(&f, ran_sized_64, &c64, sizeof c64, "fast.c:16:inline_pushes");
  memset(&c64, 0, sizeof c64);
  check_top(&f, "fast.c:16:inline_pushes");

  CHECK(f.__mark == callers_top); /* set once */
  CHECK_EQ(f.__pooled, 7);
  CHECK_EQ(free_records(), free0 - 7);
}

static void inline_caller(void) {
  FRAME(f);
  PUSH_NAMED(f, "c1", SITE("inline_caller"));
  inline_pushes((const void *)f.__head);
  CHECK_EQ(strcmp(ran_log, "s64 s63 s24 s8 s7 s1 s0"), 0);
  reset();
}

static void test_inline(void) {
  warm_up();
  struct cdefer_thread_stats s0 = unit_stats();
  reset();
  inline_pushes(NULL);
  CHECK_EQ(strcmp(ran_log, "s64 s63 s24 s8 s7 s1 s0"), 0);
  reset();
  inline_caller();
  CHECK_EQ(strcmp(ran_log, "c1"), 0);
  struct cdefer_thread_stats s1 = unit_stats();
  CHECK_EQ(s1.pushed - s0.pushed, 15);
  CHECK_EQ(s1.pool_hits - s0.pool_hits, 15);
  CHECK_EQ(s1.pool_misses, s0.pool_misses);
  CHECK_EQ(s1.heap_fallbacks, s0.heap_fallbacks);
  CHECK_EQ(s1.run - s0.run, 15);
  CHECK_EQ(cdefer_pending(), 0);
}

/* --- refill ------------------------------------------------------------- */

/* The ids of the records that ran, in order (refill's are numbered). */
static int id_log[512];
static size_t id_count;

static void ran_id(void *ctx) {
  int id;
  memcpy(&id, ctx, sizeof id);
  CHECK(id_count < sizeof id_log / sizeof id_log[0]);
  id_log[id_count++] = id;
}

/* Its first push finds the free list empty. */
static void first_push_slow(const struct __cdefer_pool_record *callers_top) {
  FRAME(f);
  CHECK(__cdefer_self.__free == NULL);
  PUSH_NAMED(f, "g1", "fast.c:20:first_push_slow");
  CHECK(f.__owner == &__cdefer_self);
  CHECK(f.__mark == callers_top);
  check_top(&f, "fast.c:20:first_push_slow");
  PUSH_NAMED(f, "g2", "fast.c:21:first_push_slow");
}

/* Pushes records 0..n, one more than the free list holds, then fillers (-1)
 * until it is empty again, then calls first_push_slow. */
static size_t refill(void) {
  FRAME(f);
  size_t n = free_records();
  CHECK(n > 0);
  struct cdefer_thread_stats s0 = unit_stats();
  for (int i = 0; (size_t)i <= n; i++) {
    __cdefer_push(&f, ran_id, &i, sizeof i, "fast.c:22:refill");
    struct cdefer_thread_stats s = unit_stats();
    CHECK_EQ(s.pool_misses - s0.pool_misses, (size_t)i == n); /* the last push refilled */
  }
  check_top(&f, "fast.c:22:refill");
  size_t fillers = free_records();
  CHECK(fillers > 0);
  for (size_t i = 0; i < fillers; i++) {
    int filler = -1;
    __cdefer_push(&f, ran_id, &filler, sizeof filler, "fast.c:23:refill");
  }
  CHECK(__cdefer_self.__free == NULL);
  first_push_slow((const void *)f.__head);
  CHECK_EQ(strcmp(ran_log, "g2 g1"), 0);
  struct cdefer_thread_stats s1 = unit_stats();
  CHECK_EQ(s1.pool_misses - s0.pool_misses, 2);
  CHECK_EQ(s1.pool_hits - s0.pool_hits, n + fillers + 1);
  CHECK_EQ(f.__pooled, n + 1 + fillers);
  CHECK_EQ(id_count, 0);
  return n;
}

static void test_refill(void) {
  reset();
  id_count = 0;
  size_t n = refill();
  /* The fillers, then n down to 0. */
  size_t fillers = id_count - (n + 1);
  for (size_t i = 0; i < fillers; i++)
    CHECK_EQ(id_log[i], -1);
  for (size_t i = 0; i <= n; i++)
    CHECK_EQ(id_log[fillers + i], n - i);
  CHECK_EQ(cdefer_pending(), 0);
  reset();
}

/* --- heap --------------------------------------------------------------- */

static void heap(void) {
  FRAME(f);
  PUSH_NAMED(f, "p1", SITE("heap"));
  struct sized_65 h1 = make_sized_65(7);
  __cdefer_push(&f, ran_sized_65, &h1, sizeof h1, SITE("heap"));
  const struct __cdefer_pool_record *r = (const void *)f.__head;
  CHECK_EQ(r->__pub.__pooled, __CDEFER_HEAP_RECORD);
  CHECK_EQ(r->__capacity, sizeof h1);
  CHECK(r->__frame == &f);
  CHECK(__cdefer_self.__head == r);
  memset(&h1, 0, sizeof h1);
  PUSH_NAMED(f, "p2", SITE("heap"));
  DEFER_FRAME(f, ran, const char *, "f1", SITE("heap"));
  struct sized_65 h2 = make_sized_65(8);
  __cdefer_push(&f, ran_sized_65, &h2, sizeof h2, SITE("heap"));
  CHECK_EQ(f.__pooled, 4);
}

static void test_heap(void) {
  struct cdefer_thread_stats s0 = unit_stats();
  reset();
  heap();
  CHECK_EQ(strcmp(ran_log, "h2 f1 p2 h1 p1"), 0);
  struct cdefer_thread_stats s1 = unit_stats();
  CHECK_EQ(s1.heap_fallbacks - s0.heap_fallbacks, 2);
  CHECK_EQ(s1.pool_hits - s0.pool_hits, 2);
  CHECK_EQ(s1.run - s0.run, 4);
  CHECK_EQ(cdefer_pending(), 0);
  reset();
}

/* --- stale -------------------------------------------------------------- */

static atomic_int stale_ran;
static void must_not_run(void *ctx) {
  (void)ctx;
  atomic_fetch_add(&stale_ran, 1);
}

/* Pushes inline, then leaves by longjmp: its record is stale. */
static _Noreturn void bail(jmp_buf *env) {
  FRAME(f);
  const char *ctx = "stale";
  __cdefer_push(&f, must_not_run, &ctx, sizeof ctx, "fast.c:30:bail");
  check_top(&f, "fast.c:30:bail");
  longjmp(*env, 1);
}

/* The stale record on top of all of this frame's at its exit. */
static void stale_on_top(void) {
  FRAME(f);
  jmp_buf env;
  PUSH_NAMED(f, "t1", "fast.c:31:stale_on_top");
  PUSH_NAMED(f, "t2", "fast.c:32:stale_on_top");
  if (setjmp(env) == 0)
    bail(&env);
  CHECK_EQ(cdefer_pending(), 3);
  fprintf(stderr, "stale_on_top returns\n");
}

/* The same under a newer frame-allocated record, which the inline exit runs
 * before it hands the rest to the runtime. */
static void stale_under_frame_record(void) {
  FRAME(f);
  jmp_buf env;
  PUSH_NAMED(f, "u1", "fast.c:33:stale_under_frame_record");
  if (setjmp(env) == 0)
    bail(&env);
  DEFER_FRAME(f, ran, const char *, "uf", "fast.c:34:stale_under_frame_record");
  fprintf(stderr, "stale_under_frame_record returns\n");
}

/* The stale record between two of this frame's. */
static void stale_between(void) {
  FRAME(f);
  jmp_buf env;
  PUSH_NAMED(f, "b1", "fast.c:35:stale_between");
  if (setjmp(env) == 0)
    bail(&env);
  PUSH_NAMED(f, "b2", "fast.c:36:stale_between");
  fprintf(stderr, "stale_between returns\n");
}

static void test_stale(void) {
  struct cdefer_thread_stats s0 = unit_stats();
  reset();
  stale_on_top();
  CHECK_EQ(strcmp(ran_log, "t2 t1"), 0);
  reset();
  stale_under_frame_record();
  CHECK_EQ(strcmp(ran_log, "uf u1"), 0);
  reset();
  stale_between();
  CHECK_EQ(strcmp(ran_log, "b2 b1"), 0);
  reset();
  CHECK_EQ(atomic_load(&stale_ran), 0);
  CHECK_EQ(cdefer_pending(), 0);
  struct cdefer_thread_stats s1 = unit_stats();
  CHECK_EQ(s1.pushed - s0.pushed, 8);
  CHECK_EQ(s1.run - s0.run, 5); /* the three stale ones were dropped */
}

/* --- nested ------------------------------------------------------------- */

static const struct __cdefer_pool_record *expected_mark;

static void callee_defers(void) {
  FRAME(f);
  PUSH_NAMED(f, "n1", SITE("callee_defers"));
  CHECK(f.__mark == expected_mark);
  PUSH_NAMED(f, "n2", SITE("callee_defers"));
  CHECK_EQ(cdefer_pending(), 3); /* its two, and the caller's o1 */
}

static void deferred_calls(void *ctx) {
  (void)ctx;
  log_name("o2");
  CHECK_EQ(cdefer_pending(), 1); /* o2 itself is off the chain */
  callee_defers();
  CHECK_EQ(cdefer_pending(), 1);
}

static void nested(void) {
  FRAME(f);
  PUSH_NAMED(f, "o1", SITE("nested"));
  expected_mark = (const void *)f.__head; /* o1: under o2, which is running */
  __cdefer_push(&f, deferred_calls, NULL, 0, SITE("nested"));
}

static void test_nested(void) {
  reset();
  nested();
  CHECK_EQ(strcmp(ran_log, "o2 n2 n1 o1"), 0);
  CHECK_EQ(cdefer_pending(), 0);
  reset();
}

/* --- peak --------------------------------------------------------------- */

static void pushes_n(int n, int then) {
  FRAME(f);
  for (int i = 0; i < n; i++)
    PUSH_NAMED(f, "p", SITE("pushes_n"));
  if (then > 0)
    pushes_n(then, 0);
}

static void *peak_thread(void *arg) {
  (void)arg;
  CHECK_EQ(unit_stats().peak_pending, 0);
  pushes_n(5, 3); /* 8 at once */
  CHECK_EQ(unit_stats().peak_pending, 8);
  pushes_n(2, 2);
  CHECK_EQ(unit_stats().peak_pending, 8);
  pushes_n(6, 4); /* 10 at once */
  struct cdefer_thread_stats s = unit_stats();
  CHECK_EQ(s.peak_pending, 10);
  CHECK_EQ(s.pushed, 8 + 4 + 10);
  CHECK_EQ(s.run, s.pushed);
  return NULL;
}

/* A frame still pending: the peak includes what is pending now. */
static void *peak_pending_thread(void *arg) {
  (void)arg;
  FRAME(f);
  for (int i = 0; i < 3; i++)
    PUSH_NAMED(f, "q", SITE("peak_pending_thread"));
  CHECK_EQ(unit_stats().peak_pending, 3);
  pushes_n(1, 0);
  CHECK_EQ(unit_stats().peak_pending, 4);
  return NULL;
}

static void test_peak(void) {
  pthread_t t;
  CHECK_EQ(pthread_create(&t, NULL, peak_thread, NULL), 0);
  CHECK_EQ(pthread_join(t, NULL), 0);
  CHECK_EQ(pthread_create(&t, NULL, peak_pending_thread, NULL), 0);
  CHECK_EQ(pthread_join(t, NULL), 0);
}

/* --- symbol ------------------------------------------------------------- */

/* The exported __cdefer_push, as a unit that does not see the header's
 * inline one calls it. */
extern void push_symbol(struct __cdefer_frame *frame, __cdefer_fn_t fn, const void *ctx,
                        size_t size, const char *site) __asm__("__cdefer_push");

static void symbol(void) {
  FRAME(f);
  const char *y1 = "y1", *y2 = "y2";
  push_symbol(&f, ran, &y1, sizeof y1, "fast.c:40:symbol");
  CHECK(f.__owner == &__cdefer_self);
  CHECK(f.__mark == NULL);
  check_top(&f, "fast.c:40:symbol");
  PUSH_NAMED(f, "i1", SITE("symbol"));
  push_symbol(&f, ran, &y2, sizeof y2, SITE("symbol"));
  CHECK_EQ(f.__pooled, 3);
}

static void test_symbol(void) {
  struct cdefer_thread_stats s0 = unit_stats();
  reset();
  symbol();
  CHECK_EQ(strcmp(ran_log, "y2 i1 y1"), 0);
  struct cdefer_thread_stats s1 = unit_stats();
  CHECK_EQ(s1.pushed - s0.pushed, 3);
  CHECK_EQ(s1.run - s0.run, 3);
  CHECK_EQ(cdefer_pending(), 0);
  reset();
}

int main(void) {
  test_inline();
  test_refill();
  test_heap();
  test_stale();
  test_nested();
  test_peak();
  test_symbol();
  CHECK_EQ(cdefer_pending(), 0);
  PASS("test_fast_path");
}
