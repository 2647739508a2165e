/* A thread that ends with deferred calls pending is reported on stderr,
 * listing them, and they do not run; its pool (and any heap record) is
 * freed (the ASan build checks for leaks). Only pooled records are listed:
 * frame-allocated ones were never the thread's. A thread that ran all its defers
 * is not reported, nor is the process exiting with some pending.
 * test/runtime/thread-exit*.test checks the report with FileCheck. */
#include "unit.h"

#include <pthread.h>

static atomic_int ran;
static void must_not_run(void *ctx) {
  (void)ctx;
  atomic_fetch_add(&ran, 1);
}
static void fine(void *ctx) {
  (void)ctx;
}

/* Three records whose function never returned through its frame's cleanup:
 * as if the thread had longjmp'd over it. */
static void *three(void *arg) {
  (void)arg;
  struct __cdefer_frame f = {0}; /* no cleanup */
  char big[200] = {0};           /* too big for a pool record */
  __cdefer_push(&f, must_not_run, NULL, 0, "thread_exit.c:10:three");
  __cdefer_push(&f, must_not_run, big, sizeof big, "thread_exit.c:11:three");
  __cdefer_push(&f, must_not_run, NULL, 0, "thread_exit.c:12:three");
  return NULL;
}

/* pthread_exit from a function with a frame: without -fexceptions the
 * forced unwind runs no C cleanup, so the records stay pending. Forty of
 * them, 39 from one loop: the report counts those on one line. */
static void forty_then_exit(void) {
  FRAME(f);
  char big[100] = {0};
  __cdefer_push(&f, must_not_run, big, sizeof big, "thread_exit.c:20:forty_then_exit");
  for (int i = 1; i < 40; i++)
    __cdefer_push(&f, must_not_run, NULL, 0, "thread_exit.c:21:forty_then_exit");
  pthread_exit(NULL);
}
static void *forty(void *arg) {
  (void)arg;
  forty_then_exit();
  return NULL;
}

/* Both tiers, then pthread_exit: only the pooled record is reported, and a
 * thread with frame-allocated records alone is not reported at all. */
static void tiers_then_exit(void) {
  FRAME(f);
  DEFER_FRAME(f, must_not_run, int, 0, "thread_exit.c:15:tiers_then_exit");
  __cdefer_push(&f, must_not_run, NULL, 0, "thread_exit.c:16:tiers_then_exit");
  DEFER_FRAME(f, must_not_run, int, 0, "thread_exit.c:17:tiers_then_exit");
  pthread_exit(NULL);
}
static void *tiers(void *arg) {
  (void)arg;
  tiers_then_exit();
  return NULL;
}
static void frame_only_then_exit(void) {
  FRAME(f);
  DEFER_FRAME(f, must_not_run, int, 0, "thread_exit.c:18:frame_only_then_exit");
  pthread_exit(NULL);
}
static void *frame_only(void *arg) {
  (void)arg;
  frame_only_then_exit();
  return NULL;
}

/* Twenty records from alternating sites: the report lists sixteen. */
static void *scattered(void *arg) {
  (void)arg;
  struct __cdefer_frame f = {0}; /* no cleanup */
  for (int i = 0; i < 10; i++) {
    __cdefer_push(&f, must_not_run, NULL, 0, "thread_exit.c:25:scattered");
    __cdefer_push(&f, must_not_run, NULL, 0, "thread_exit.c:26:scattered");
  }
  return NULL;
}

/* Ran everything: nothing to report. */
static void *clean(void *arg) {
  (void)arg;
  for (int i = 0; i < 1000; i++) {
    FRAME(f);
    __cdefer_push(&f, fine, NULL, 0, "thread_exit.c:30:clean");
  }
  return NULL;
}

/* A key destructor that runs after the runtime's teardown (its key was
 * created later) and defers again: the thread is attached again and its
 * new records are reported in the next round of destructors. */
static pthread_key_t late_key;
static void late_destructor(void *value) {
  (void)value;
  struct __cdefer_frame f = {0};
  __cdefer_push(&f, must_not_run, NULL, 0, "thread_exit.c:40:late_destructor");
}
static void *late(void *arg) {
  (void)arg;
  pthread_setspecific(late_key, &late_key);
  FRAME(f);
  __cdefer_push(&f, fine, NULL, 0, "thread_exit.c:45:late");
  return NULL;
}

static void run_thread(void *(*start)(void *), const char *name) {
  pthread_t t;
  CHECK_EQ(pthread_create(&t, NULL, start, NULL), 0);
  CHECK_EQ(pthread_join(t, NULL), 0);
  fprintf(stderr, "joined %s\n", name);
}

int main(void) {
  run_thread(three, "three");
  run_thread(forty, "forty");
  run_thread(tiers, "tiers");
  run_thread(frame_only, "frame_only");
  run_thread(scattered, "scattered");
  run_thread(clean, "clean");
  CHECK_EQ(pthread_key_create(&late_key, late_destructor), 0);
  run_thread(late, "late");
  CHECK_EQ(atomic_load(&ran), 0);
  CHECK_EQ(cdefer_pending(), 0);

  /* Leaving main with a record pending: exit() runs no deferred calls and
   * reports nothing. */
  struct __cdefer_frame f = {0};
  __cdefer_push(&f, must_not_run, NULL, 0, "thread_exit.c:50:main");
  CHECK_EQ(cdefer_pending(), 1);
  fflush(stderr);
  PASS("test_thread_exit");
}
