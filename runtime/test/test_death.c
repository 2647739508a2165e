/* Broken invariants are fatal, with a message naming the function:
 *
 *   test_death miscount  a frame counting fewer records than it has
 *   test_death overcount a frame counting more records than the chain holds
 *   test_death pastmark  a frame counting more records than it has above its
 *                        mark: its caller's record must not be taken for a
 *                        stale one
 *   test_death fewer     a thread counting no more records than a frame has,
 *                        with a stale one on top of them
 *   test_death mark      a frame whose mark was overwritten
 *   test_death nothread  a frame with a count but no thread (never pushed)
 *   test_death shared    one frame pushed on by two threads
 *   test_death nullfn    a null deferred function
 *   test_death oom       no memory for a record
 *   test_death toobig    a context too big to allocate at all
 *
 * Sites are literals so that test/runtime/death*.test can match them. Each
 * mode prints what it is about to do; the runtime must abort right after.
 * (A callee left by longjmp is not an error: test_longjmp.c.) */
#include "unit.h"

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

static void nop(void *ctx) {
  (void)ctx;
}

static void miscount(void) {
  FRAME(f);
  __cdefer_push(&f, nop, NULL, 0, "death.c:30:miscount");
  __cdefer_push(&f, nop, NULL, 0, "death.c:31:miscount");
  f.__pending = 1;
  fprintf(stderr, "miscount returns\n");
}

static void overcount(void) {
  FRAME(f);
  __cdefer_push(&f, nop, NULL, 0, "death.c:35:overcount");
  f.__pending = 2;
  fprintf(stderr, "overcount returns\n");
}

static void pastmark_callee(void) {
  FRAME(f);
  __cdefer_push(&f, nop, NULL, 0, "death.c:38:pastmark_callee");
  f.__pending = 2;
  fprintf(stderr, "pastmark_callee returns\n");
}

static void pastmark(void) {
  FRAME(f);
  __cdefer_push(&f, nop, NULL, 0, "death.c:37:pastmark");
  pastmark_callee();
}

/* A record of a frame that never returns (no cleanup) on top of one of f's,
 * as a callee left by longjmp leaves it, and f counting two of its own. */
static void fewer(void) {
  FRAME(f);
  static struct __cdefer_frame dead; /* no cleanup */
  __cdefer_push(&f, nop, NULL, 0, "death.c:39:fewer");
  __cdefer_push(&dead, nop, NULL, 0, "death.c:20:dead");
  f.__pending = 2;
  fprintf(stderr, "fewer returns\n");
}

static void mark(void) {
  static max_align_t not_a_record;
  struct __cdefer_record *bogus = (struct __cdefer_record *)(void *)&not_a_record;
  FRAME(f);
  __cdefer_push(&f, nop, NULL, 0, "death.c:40:mark");
  f.__mark = bogus;
  fprintf(stderr, "mark returns\n");
}

static void nothread(void) {
  FRAME(f);
  f.__pending = 3;
  fprintf(stderr, "nothread returns\n");
}

static struct __cdefer_frame *shared_frame;
static void *push_on_shared(void *arg) {
  (void)arg;
  fprintf(stderr, "second thread pushes\n");
  __cdefer_push(shared_frame, nop, NULL, 0, "death.c:50:shared");
  return NULL;
}
static void shared(void) {
  FRAME(f);
  __cdefer_push(&f, nop, NULL, 0, "death.c:45:shared");
  shared_frame = &f;
  pthread_t t;
  CHECK_EQ(pthread_create(&t, NULL, push_on_shared, NULL), 0);
  pthread_join(t, NULL);
}

static void nullfn(void) {
  FRAME(f);
  fprintf(stderr, "nullfn pushes\n");
  __cdefer_push(&f, NULL, NULL, 0, "death.c:55:nullfn");
}

static void huge(size_t size, const char *site) {
  FRAME(f);
  char small[16] = {0};
  fprintf(stderr, "pushing %s context\n", size == SIZE_MAX ? "an impossible" : "a huge");
  /* The runtime must fail before it reads ctx. */
  __cdefer_push(&f, nop, small, size, site);
}

int main(int argc, char **argv) {
  const char *mode = argc == 2 ? argv[1] : "";
  if (strcmp(mode, "miscount") == 0)
    miscount();
  else if (strcmp(mode, "overcount") == 0)
    overcount();
  else if (strcmp(mode, "pastmark") == 0)
    pastmark();
  else if (strcmp(mode, "fewer") == 0)
    fewer();
  else if (strcmp(mode, "mark") == 0)
    mark();
  else if (strcmp(mode, "nothread") == 0)
    nothread();
  else if (strcmp(mode, "shared") == 0)
    shared();
  else if (strcmp(mode, "nullfn") == 0)
    nullfn();
  else if (strcmp(mode, "oom") == 0)
    huge(SIZE_MAX / 4, "death.c:60:oom");
  else if (strcmp(mode, "toobig") == 0)
    huge(SIZE_MAX, "death.c:65:toobig");
  else {
    fprintf(stderr, "usage: test_death miscount|overcount|pastmark|fewer|mark|nothread|shared|"
                    "nullfn|oom|toobig\n");
    return 2;
  }
  fprintf(stderr, "test_death: %s: the runtime did not abort\n", mode);
  return 1;
}
