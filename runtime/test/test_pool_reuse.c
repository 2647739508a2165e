/* After warm-up the pool serves every push: a million further push/return
 * cycles, in several shapes, allocate nothing. */
#include "unit.h"

static unsigned long runs;
static void count(void *ctx) {
  runs += *(unsigned char *)ctx;
}

/* n pushes in a loop, like `for (...) __defer count(1);` */
static void loop(int n) {
  FRAME(f);
  unsigned char one = 1;
  for (int i = 0; i < n; i++)
    __cdefer_push(&f, count, &one, sizeof one, SITE("loop"));
}

/* depth nested calls with per pushes each. */
static void nest(int depth, int per) {
  FRAME(f);
  unsigned char one = 1;
  for (int i = 0; i < per; i++)
    __cdefer_push(&f, count, &one, sizeof one, SITE("nest"));
  if (depth > 1)
    nest(depth - 1, per);
}

/* The same mix of shapes each round; 1000 rounds push a million records. */
static void round_of_1000(void) {
  for (int i = 0; i < 10; i++)
    loop(1); /* 10 */
  loop(90);  /* 100 */
  loop(300); /* 400 */
  nest(50, 4); /* 600 */
  loop(400); /* 1000 */
}

int main(void) {
  round_of_1000(); /* warm-up: the pool grows to the peak, 400 records */
  struct cdefer_thread_stats warm = unit_stats();
  CHECK_EQ(warm.pushed, 1000);
  CHECK_EQ(warm.peak_pending, 400);
  CHECK(warm.pool_misses > 0);

  runs = 0;
  for (int i = 0; i < 1000; i++)
    round_of_1000();
  struct cdefer_thread_stats s = unit_stats();
  CHECK_EQ(runs, 1000000);
  CHECK_EQ(s.pushed - warm.pushed, 1000000);
  CHECK_EQ(s.run - warm.run, 1000000);
  CHECK_EQ(s.pool_hits - warm.pool_hits, 1000000);
  CHECK_EQ(s.pool_misses, warm.pool_misses);
  CHECK_EQ(s.heap_fallbacks, 0);
  CHECK_EQ(s.peak_pending, 400);

  /* A big context mallocs each time, and does not disturb the pool. */
  static unsigned char big[1000];
  big[0] = 1;
  for (int i = 0; i < 100; i++) {
    FRAME(f);
    __cdefer_push(&f, count, big, sizeof big, SITE("main"));
    __cdefer_push(&f, count, big, 1, SITE("main"));
  }
  struct cdefer_thread_stats after = unit_stats();
  CHECK_EQ(after.heap_fallbacks, 100);
  CHECK_EQ(after.pool_hits - s.pool_hits, 100);
  CHECK_EQ(after.pool_misses, warm.pool_misses);
  CHECK_EQ(runs, 1000200);
  PASS("test_pool_reuse");
}
