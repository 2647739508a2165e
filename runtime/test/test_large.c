/* Contexts of every size arrive intact and aligned; those too big for a pool
 * record (a 4 KiB one, for instance) take the heap fallback and are freed
 * after they run (the ASan build checks for leaks). */
#include "unit.h"

#include <stdalign.h>
#include <stdint.h>
#include <string.h>

enum { BIG = 4096, MAX_SWEEP = 256 };

static unsigned char pattern(size_t size, size_t i) {
  return (unsigned char)(size * 31 + i * 7 + 1);
}

/* Each context starts with its size, then the pattern for that size. */
static size_t checked;
static size_t bad;
static void verify(void *ctx) {
  if ((uintptr_t)ctx % alignof(max_align_t) != 0)
    bad++;
  size_t size;
  memcpy(&size, ctx, sizeof size);
  const unsigned char *p = ctx;
  for (size_t i = sizeof size; i < size; i++)
    if (p[i] != pattern(size, i))
      bad++;
  checked++;
}

static void push_sized(struct __cdefer_frame *f, size_t size) {
  unsigned char buf[BIG];
  memcpy(buf, &size, sizeof size);
  for (size_t i = sizeof size; i < size; i++)
    buf[i] = pattern(size, i);
  __cdefer_push(f, verify, buf, size, SITE("push_sized"));
  memset(buf, 0xee, sizeof buf); /* the record has its own copy */
}

static void one_big(void) {
  FRAME(f);
  push_sized(&f, BIG);
}

/* Every size from a pointer to MAX_SWEEP bytes, inline and heap mixed in
 * one frame, run in LIFO order with each context intact. */
static void sweep(void) {
  FRAME(f);
  for (size_t size = sizeof(size_t); size <= MAX_SWEEP; size++)
    push_sized(&f, size);
}

int main(void) {
  struct cdefer_thread_stats s0 = unit_stats();
  one_big();
  struct cdefer_thread_stats s1 = unit_stats();
  CHECK_EQ(checked, 1);
  CHECK_EQ(bad, 0);
  CHECK_EQ(s1.heap_fallbacks - s0.heap_fallbacks, 1);
  CHECK_EQ(s1.pool_hits + s1.pool_misses, s0.pool_hits + s0.pool_misses);

  checked = 0;
  sweep();
  struct cdefer_thread_stats s2 = unit_stats();
  size_t n = MAX_SWEEP - sizeof(size_t) + 1;
  CHECK_EQ(checked, n);
  CHECK_EQ(bad, 0);
  /* Some sizes fit a pool record (at least a callee and four pointers;
   * exactly 64 bytes on LP64, runtime/src/pool.c), the rest went to the
   * heap. */
  size_t heap = s2.heap_fallbacks - s1.heap_fallbacks;
  size_t pooled = (s2.pool_hits + s2.pool_misses) - (s1.pool_hits + s1.pool_misses);
  CHECK_EQ(heap + pooled, n);
  CHECK(pooled >= 5 * sizeof(void *) - sizeof(size_t) + 1);
  if (sizeof(void *) == 8)
    CHECK_EQ(pooled, 64 - sizeof(size_t) + 1);
  CHECK(heap > 0);
  CHECK_EQ(cdefer_pending(), 0);
  PASS("test_large");
}
