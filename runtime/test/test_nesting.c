/* Caller and callee each run only their own records: a callee's return
 * leaves the caller's pending, and the caller's return runs them after all
 * of the callee's have run. */
#include "unit.h"

#include <string.h>

static char trail[128];
static size_t ntrail;

/* ctx is the letter and digit to append, like `__defer note('a', 1)`. */
struct note {
  char letter;
  char digit;
};
static void note(void *ctx) {
  struct note *n = ctx;
  trail[ntrail++] = n->letter;
  trail[ntrail++] = n->digit;
}

static void push_note(struct __cdefer_frame *f, char letter, char digit, const char *site) {
  struct note n = {letter, digit};
  __cdefer_push(f, note, &n, sizeof n, site);
}

static size_t pending_below_leaf; /* set by caller: records of leaf's callers */

static void leaf(void) {
  FRAME(f);
  push_note(&f, 'c', '1', SITE("leaf"));
  push_note(&f, 'c', '2', SITE("leaf"));
  CHECK_EQ(cdefer_pending(), pending_below_leaf + 2);
}

/* No `__defer`, so no frame: the plugin leaves such functions alone. */
static void plain(void) {
  leaf();
}

static void callee(void) {
  FRAME(f);
  push_note(&f, 'b', '1', SITE("callee"));
  CHECK(f.__mark != NULL); /* the caller's records are below */
  push_note(&f, 'b', '2', SITE("callee"));
  push_note(&f, 'b', '3', SITE("callee"));
  plain();
  CHECK_EQ(memcmp(trail + ntrail - 4, "c2c1", 4), 0); /* leaf ran its own, only */
  CHECK_EQ(cdefer_pending(), pending_below_leaf);
}

static void caller(void) {
  FRAME(f);
  push_note(&f, 'a', '1', SITE("caller"));
  CHECK(f.__mark == NULL); /* first frame on this thread's chain */
  push_note(&f, 'a', '2', SITE("caller"));
  pending_below_leaf = 5;
  callee();
  CHECK_EQ(ntrail, 10);
  CHECK_EQ(memcmp(trail, "c2c1b3b2b1", 10), 0);
  CHECK_EQ(cdefer_pending(), 2);
  CHECK_EQ(f.__pooled, 2);
  push_note(&f, 'a', '3', SITE("caller"));
  pending_below_leaf = 6;
  callee(); /* a second call gets a fresh frame */
  CHECK_EQ(cdefer_pending(), 3);
}

int main(void) {
  caller();
  CHECK_EQ(cdefer_pending(), 0);
  trail[ntrail] = 0;
  CHECK_EQ(strcmp(trail, "c2c1b3b2b1c2c1b3b2b1a3a2a1"), 0);
  struct cdefer_thread_stats s = unit_stats();
  CHECK_EQ(s.pushed, 13);
  CHECK_EQ(s.run, 13);
  CHECK_EQ(s.peak_pending, 8);
  PASS("test_nesting");
}
