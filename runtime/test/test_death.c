/* Broken invariants are fatal, with a message naming the function:
 *
 *   test_death foreign   a callee left by longjmp without running its defers
 *   test_death miscount  a frame counting fewer records than it has
 *   test_death overcount a frame counting more records than the chain holds
 *   test_death mark      a frame whose mark was overwritten
 *   test_death nothread  a frame with a count but no thread (never pushed)
 *   test_death shared    one frame pushed on by two threads
 *   test_death nullfn    a null deferred function
 *   test_death oom       no memory for a record
 *   test_death toobig    a context too big to allocate at all
 *
 * Sites are literals so that test/runtime/death*.test can match them. Each
 * mode prints what it is about to do; the runtime must abort right after. */
#include "unit.h"

#include <pthread.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>

static void nop(void *ctx) {
  (void)ctx;
}

static jmp_buf env;

static void inner(void) {
  FRAME(f);
  __cdefer_push(&f, nop, NULL, 0, "death.c:20:inner");
  longjmp(env, 1); /* skips f's cleanup: inner's record stays on the chain */
}

static void outer(void) {
  FRAME(f);
  __cdefer_push(&f, nop, NULL, 0, "death.c:10:outer");
  if (setjmp(env) == 0)
    inner();
  fprintf(stderr, "outer returns\n");
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

static void mark(void) {
  static struct __cdefer_record *const bogus = (struct __cdefer_record *)&env;
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
  if (strcmp(mode, "foreign") == 0)
    outer();
  else if (strcmp(mode, "miscount") == 0)
    miscount();
  else if (strcmp(mode, "overcount") == 0)
    overcount();
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
    fprintf(stderr, "usage: test_death foreign|miscount|overcount|mark|nothread|shared|"
                    "nullfn|oom|toobig\n");
    return 2;
  }
  fprintf(stderr, "test_death: %s: the runtime did not abort\n", mode);
  return 1;
}
