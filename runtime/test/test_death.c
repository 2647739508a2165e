/* Broken invariants are fatal, with a message naming the function:
 *
 *   test_death miscount  a frame counting fewer pooled records than its list
 *                        holds
 *   test_death overcount a frame counting more pooled records than its list
 *                        holds (a frame-allocated record runs first)
 *   test_death pastmark  a frame whose list holds its caller's record, under
 *                        its mark: the caller's record must be neither run
 *                        nor taken for a stale one
 *   test_death foreign   a frame whose list holds a record of another frame
 *                        (a dead one) that is on top of the chain
 *   test_death order     a frame whose list holds its records in another
 *                        order than the chain
 *   test_death unlisted  a frame with a record on the chain that is not on
 *                        its list
 *   test_death fewer     a thread counting no more records than a frame has,
 *                        with a stale one on top of them
 *   test_death mark      a frame whose mark was overwritten
 *   test_death nothread  a frame with a count but no thread (never made a
 *                        pooled push); its frame-allocated record runs first
 *   test_death nopush    a pooled record on the list of a frame that never
 *                        made a pooled push
 *   test_death shared    one frame pushed on by two threads
 *   test_death nullfn    a null deferred function
 *   test_death kind      a record on the list whose kind was overwritten
 *   test_death oom       no memory for a record
 *   test_death toobig    a context too big to allocate at all
 *
 * Sites are literals so that test/runtime/death*.test can match them. Each
 * mode prints what it is about to do; the runtime must abort right after
 * (after "ran NAME" lines for records that must run first, if any). (A
 * callee left by longjmp is not an error: test_longjmp.c.) */
#include "unit.h"

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

static void nop(void *ctx) {
  (void)ctx;
}

/* A frame-allocated record's fn: ctx holds its name. */
static void ran(void *ctx) {
  fprintf(stderr, "ran %s\n", *(const char **)ctx);
}

static void miscount(void) {
  FRAME(f);
  __cdefer_push(&f, nop, NULL, 0, "death.c:30:miscount");
  __cdefer_push(&f, nop, NULL, 0, "death.c:31:miscount");
  f.__pooled = 1;
  fprintf(stderr, "miscount returns\n");
}

static void overcount(void) {
  FRAME(f);
  __cdefer_push(&f, nop, NULL, 0, "death.c:35:overcount");
  DEFER_FRAME(f, ran, const char *, "f1", "death.c:36:overcount");
  f.__pooled = 2;
  fprintf(stderr, "overcount returns\n");
}

/* The callee links its caller's record (its mark) under its own. */
static void pastmark_callee(struct __cdefer_frame *caller) {
  FRAME(f);
  __cdefer_push(&f, nop, NULL, 0, "death.c:38:pastmark_callee");
  f.__head->__next = caller->__head;
  f.__pooled = 2;
  fprintf(stderr, "pastmark_callee returns\n");
}

static void pastmark(void) {
  FRAME(f);
  __cdefer_push(&f, nop, NULL, 0, "death.c:37:pastmark");
  pastmark_callee(&f);
}

/* A record of a frame that never returns (no cleanup) on top of f's, as a
 * callee left by longjmp leaves it, and on f's list too. */
static void foreign(void) {
  FRAME(f);
  static struct __cdefer_frame dead; /* no cleanup */
  __cdefer_push(&f, nop, NULL, 0, "death.c:41:foreign");
  __cdefer_push(&dead, nop, NULL, 0, "death.c:21:dead");
  dead.__head->__next = f.__head;
  f.__head = dead.__head;
  f.__pooled = 2;
  fprintf(stderr, "foreign returns\n");
}

/* Two records, listed oldest first. */
static void order(void) {
  FRAME(f);
  __cdefer_push(&f, nop, NULL, 0, "death.c:42:order");
  __cdefer_push(&f, nop, NULL, 0, "death.c:43:order");
  struct __cdefer_record *newer = f.__head, *older = newer->__next;
  older->__next = newer;
  newer->__next = NULL;
  f.__head = older;
  fprintf(stderr, "order returns\n");
}

/* Two records, the older one dropped from the list and the count. */
static void unlisted(void) {
  FRAME(f);
  __cdefer_push(&f, nop, NULL, 0, "death.c:44:unlisted");
  __cdefer_push(&f, nop, NULL, 0, "death.c:45:unlisted");
  f.__head->__next = NULL;
  f.__pooled = 1;
  fprintf(stderr, "unlisted returns\n");
}

/* A record of a frame that never returns (no cleanup) on top of one of f's,
 * as a callee left by longjmp leaves it, and f counting two of its own. */
static void fewer(void) {
  FRAME(f);
  static struct __cdefer_frame dead; /* no cleanup */
  __cdefer_push(&f, nop, NULL, 0, "death.c:39:fewer");
  __cdefer_push(&dead, nop, NULL, 0, "death.c:20:dead");
  f.__pooled = 2;
  fprintf(stderr, "fewer returns\n");
}

static void mark(void) {
  static max_align_t not_a_record;
  FRAME(f);
  __cdefer_push(&f, nop, NULL, 0, "death.c:40:mark");
  f.__mark = &not_a_record;
  fprintf(stderr, "mark returns\n");
}

static void nothread(void) {
  FRAME(f);
  DEFER_FRAME(f, ran, const char *, "f1", "death.c:46:nothread");
  f.__pooled = 3;
  fprintf(stderr, "nothread returns\n");
}

/* The callee links its caller's pooled record onto its own frame, which
 * never made a pooled push. */
static void nopush_callee(struct __cdefer_frame *caller) {
  FRAME(f);
  f.__head = caller->__head;
  fprintf(stderr, "nopush_callee returns\n");
}

static void nopush(void) {
  FRAME(f);
  __cdefer_push(&f, nop, NULL, 0, "death.c:47:nopush");
  nopush_callee(&f);
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

static void kind(void) {
  FRAME(f);
  __cdefer_push(&f, nop, NULL, 0, "death.c:56:kind");
  __cdefer_push(&f, nop, NULL, 0, "death.c:57:kind");
  f.__head->__pooled = 7;
  fprintf(stderr, "kind returns\n");
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
  else if (strcmp(mode, "foreign") == 0)
    foreign();
  else if (strcmp(mode, "order") == 0)
    order();
  else if (strcmp(mode, "unlisted") == 0)
    unlisted();
  else if (strcmp(mode, "fewer") == 0)
    fewer();
  else if (strcmp(mode, "mark") == 0)
    mark();
  else if (strcmp(mode, "nothread") == 0)
    nothread();
  else if (strcmp(mode, "nopush") == 0)
    nopush();
  else if (strcmp(mode, "shared") == 0)
    shared();
  else if (strcmp(mode, "nullfn") == 0)
    nullfn();
  else if (strcmp(mode, "kind") == 0)
    kind();
  else if (strcmp(mode, "oom") == 0)
    huge(SIZE_MAX / 4, "death.c:60:oom");
  else if (strcmp(mode, "toobig") == 0)
    huge(SIZE_MAX, "death.c:65:toobig");
  else {
    fprintf(stderr, "usage: test_death miscount|overcount|pastmark|foreign|order|unlisted|"
                    "fewer|mark|nothread|nopush|shared|nullfn|kind|oom|toobig\n");
    return 2;
  }
  fprintf(stderr, "test_death: %s: the runtime did not abort\n", mode);
  return 1;
}
