/*===- thread.c - per-thread state, its teardown, the public queries ------===*
 *
 * Each thread's chain, pool and counters are one _Thread_local struct,
 * zero until the thread first makes a pooled push. C11 thread-local storage
 * is required: without it there is no lock-free runtime, and no build.
 * Frame-allocated records never touch it (defer.c), so everything here is
 * about pooled records only.
 *
 * Teardown uses a pthread key, created once per process, whose value is set
 * on a thread's first pooled push (from the pool's slow paths, so the fast
 * path never checks). When the thread ends its destructor reports any
 * records still on the chain — their frames were left without returning, so
 * they will never run — and frees the pool. A thread that defers again from
 * a later key destructor is attached again, and POSIX calls the destructors
 * again.
 *
 * The process ending (exit, return from main, _Exit, abort) runs no
 * destructor and is not reported: like Go's os.Exit it runs no deferred
 * calls, and the memory goes with the process.
 *===----------------------------------------------------------------------===*/
#define _POSIX_C_SOURCE 200809L
#include "internal.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

/* Exported: the inline __cdefer_push of plugin-compiled code uses it too.
 * Declared in cdefer_abi.h (with __thread, which C89 and C++ also accept). */
CDEFER_API _Thread_local struct __cdefer_thread __cdefer_self
    __attribute__((tls_model("initial-exec")));

/* A report lists this many sites, newest first, then how many more. */
enum { REPORT_SITES_MAX = 16 };

static pthread_key_t teardown_key;
static pthread_once_t teardown_once = PTHREAD_ONCE_INIT;
static int teardown_key_error;

/* Prints "file:line in function()", and how many records in a row (a loop's
 * `__defer`) were registered there ("at least": more, a batch chunk's count
 * may be short). */
static void print_site(const char *site, size_t count, int more) {
  int where_len;
  const char *fn = __cdefer_site_function(site, &where_len);
  if (count == 1 && !more)
    fprintf(stderr, "cdefer:   %.*s in %s()\n", where_len, site, fn);
  else
    fprintf(stderr, "cdefer:   %.*s in %s() (%s%zu times)\n", where_len, site, fn,
            more ? "at least " : "", count);
}

/* Tells the user that a thread ended with deferred calls that will never
 * run, and where they were registered, newest first. */
static void report_pending(const struct __cdefer_thread *t) {
  int where_len;
  const char *newest = t->__head ? t->__head->__pub.__site : NULL;
  const char *fn = __cdefer_site_function(newest, &where_len);
  size_t calls = 0, seen = 0;
  int more = 0;
  for (const struct __cdefer_pool_record *r = t->__head; r != NULL && seen < t->__pending;
       r = r->__link, seen++) {
    calls += __cdefer_record_calls(r);
    more |= __cdefer_record_calls_may_be_more(r);
  }

  flockfile(stderr); /* one report, not interleaved with another thread's */
  fprintf(stderr,
          "cdefer: thread ended with %s%zu pending deferred call%s; newest registered at "
          "%.*s in %s()\n",
          more ? "at least " : "", calls, calls == 1 ? "" : "s", where_len,
          newest ? newest : "?", fn);
  const struct __cdefer_pool_record *r = t->__head;
  size_t sites = 0, unlisted = 0;
  seen = 0;
  while (r != NULL && seen < t->__pending) {
    const char *site = r->__pub.__site;
    size_t count = 0;
    int site_more = 0;
    for (; r != NULL && seen < t->__pending && r->__pub.__site == site; r = r->__link, seen++) {
      count += __cdefer_record_calls(r);
      site_more |= __cdefer_record_calls_may_be_more(r);
    }
    if (sites++ < REPORT_SITES_MAX)
      print_site(site, count, site_more);
    else
      unlisted += count;
  }
  if (unlisted != 0)
    fprintf(stderr, "cdefer:   ... and %zu more\n", unlisted);
  fprintf(stderr, "cdefer: they will not run: their functions were left without returning "
                  "(longjmp, pthread_exit)\n");
  funlockfile(stderr);
}

/* The key's destructor: POSIX calls it when a thread that deferred ends
 * (returning from its start routine, or pthread_exit), after the thread's
 * own stack frames are gone; value is that thread's &__cdefer_self. */
static void thread_teardown(void *value) {
  struct __cdefer_thread *t = value;
  if (t->__pending != 0)
    report_pending(t);
  __cdefer_pool_destroy(t);
  memset(t, 0, sizeof *t);
  __cdefer_stats_thread_end();
}

static void create_teardown_key(void) {
  teardown_key_error = pthread_key_create(&teardown_key, thread_teardown);
}

/* Called by the pool's slow paths on a thread's first pooled push (and its
 * first after a teardown): t is the calling thread's state, not yet attached. */
CDEFER_HIDDEN void __cdefer_thread_attach(struct __cdefer_thread *t, const char *site) {
  int err = pthread_once(&teardown_once, create_teardown_key);
  if (err == 0)
    err = teardown_key_error;
  if (err == 0)
    err = pthread_setspecific(teardown_key, t);
  if (err != 0)
    __cdefer_fatal(site, "cannot register the thread's deferred-call teardown: %s",
                   strerror(err));
  t->__attached = 1;
}

/* User code calls these (cdefer.h); they count pooled records only. */
CDEFER_API size_t cdefer_pending(void) {
  return __cdefer_self.__pending;
}

CDEFER_API void cdefer_thread_stats(struct cdefer_thread_stats *out) {
  const struct __cdefer_thread *t = &__cdefer_self;
  out->pushed = t->__pushed;
  out->run = t->__pushed - t->__pending - t->__dropped;
  out->pool_hits = t->__pushed - t->__pool_misses - t->__heap_fallbacks;
  out->pool_misses = t->__pool_misses;
  out->heap_fallbacks = t->__heap_fallbacks;
  out->peak_pending = t->__peak_pending > t->__pending ? t->__peak_pending : t->__pending;
}
