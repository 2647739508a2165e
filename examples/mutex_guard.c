/* mutex_guard.c - a mutex held across early returns, from several threads
 *
 *   usage: mutex_guard [THREADS [ITERATIONS]]      (default 8 x 100000)
 *
 * account_apply() locks the account, and `defer pthread_mutex_unlock(...)`
 * right after the lock releases it on each of its five returns. Forgetting
 * the unlock on one early return is the classic bug here: the next caller
 * blocks forever. With the unlock deferred there is nothing to forget, and
 * the early returns stay early returns. account_balance() shows the other
 * half of the rule: in `return a->balance;` the value is read before the
 * deferred unlock runs, so it is read under the lock.
 *
 * The threads all hammer one account with a fixed pattern of requests, so
 * the final balance and the count of each outcome are known in advance;
 * main checks them. Each thread also records its own counters from
 * <cdefer.h>'s cdefer_thread_stats(). By default the plugin open-codes these
 * defers (the unlock is inlined at each return; the runtime never hears of
 * it), and the counters stay zero; built with -fplugin-arg-cdefer-tier=pool
 * every unlock goes through the thread's own record pool, and then main
 * checks that each thread pushed one per request, ran them all, and never
 * had more than one pending. Either way threads share no deferred calls,
 * and the runtime takes no lock of its own for them.
 *
 * This file spells it `defer`: <cdefer.h> provides that name when
 * CDEFER_SHORT_NAMES is defined first. (Without the header, `__defer` works
 * the same: the plugin defines it.)
 *
 * Build: clang-22 -fplugin=CDefer.so -I<cdefer include dir> mutex_guard.c \
 *          libcdefer.a -pthread
 *===----------------------------------------------------------------------===*/
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define CDEFER_SHORT_NAMES
#include <cdefer.h>

enum outcome { APPLIED, IGNORED, REJECTED, OVERDRAWN, FROZEN, OUTCOMES };
static const char *const outcome_name[OUTCOMES] = {
    "applied", "ignored", "rejected", "overdrawn", "frozen"};

enum { LIMIT = 1000 }; /* largest single request accepted */

struct account {
  pthread_mutex_t lock;
  long balance;
  long count[OUTCOMES]; /* how many requests ended each way */
  int frozen;
};

/* Adds amount (negative: withdraws) to a's balance. Every path out of here
 * holds the lock until the deferred unlock runs, after the return value is
 * computed. */
static enum outcome account_apply(struct account *a, long amount) {
  pthread_mutex_lock(&a->lock);
  defer pthread_mutex_unlock(&a->lock);

  if (a->frozen)
    return FROZEN;
  if (amount == 0) {
    a->count[IGNORED]++;
    return IGNORED;
  }
  if (amount > LIMIT || amount < -LIMIT) {
    a->count[REJECTED]++;
    return REJECTED;
  }
  if (a->balance + amount < 0) {
    a->count[OVERDRAWN]++;
    return OVERDRAWN;
  }
  a->balance += amount;
  a->count[APPLIED]++;
  return APPLIED;
}

/* Reads the balance under the lock; the return value is read before the
 * unlock runs. */
static long account_balance(struct account *a) {
  pthread_mutex_lock(&a->lock);
  defer pthread_mutex_unlock(&a->lock);
  return a->balance;
}

static struct account shared = {.lock = PTHREAD_MUTEX_INITIALIZER};
static long iterations = 100000;

/* One thread's requests: +5, 0, +5000 (over the limit), -3, and -1000000
 * (which the limit rejects before the balance is looked at). Per cycle of
 * five: +2 to the balance, two applied, one ignored, two rejected, whatever
 * the interleaving. main tries the other two returns itself. */
static const long pattern[] = {5, 0, 5000, -3, -1000000};
enum { PATTERN = sizeof pattern / sizeof pattern[0] };

struct worker {
  pthread_t id;
  struct cdefer_thread_stats stats; /* this thread's, read before it ends */
  int failed;
};

static void *work(void *arg) {
  struct worker *w = arg;
  for (long i = 0; i < iterations; i++) {
    (void)account_apply(&shared, pattern[i % PATTERN]);
    if (i % 4096 == 0)
      (void)account_balance(&shared);
  }
  cdefer_thread_stats(&w->stats);
  w->failed = cdefer_pending() != 0;
  return NULL;
}

int main(int argc, char **argv) {
  long threads = argc > 1 ? strtol(argv[1], NULL, 10) : 8;
  if (argc > 2)
    iterations = strtol(argv[2], NULL, 10);
  if (threads < 1 || threads > 256 || iterations < PATTERN ||
      iterations % PATTERN != 0) {
    fprintf(stderr,
            "usage: %s [THREADS (1-256) [ITERATIONS (a multiple of %d)]]\n",
            argv[0], PATTERN);
    return 2;
  }

  struct worker *w = calloc((size_t)threads, sizeof *w);
  if (w == NULL)
    return 1;
  defer free(w); /* after the joins below, whichever return is taken */

  long started = 0;
  while (started < threads &&
         pthread_create(&w[started].id, NULL, work, &w[started]) == 0)
    started++;
  for (long t = 0; t < started; t++)
    pthread_join(w[t].id, NULL);
  if (started != threads) {
    fprintf(stderr, "cannot start thread %ld\n", started);
    return 1;
  }

  int ok = 1;
  long cycles = threads * (iterations / PATTERN);
  long expect[OUTCOMES] = {[APPLIED] = 2 * cycles, [IGNORED] = cycles,
                           [REJECTED] = 2 * cycles};
  long expect_balance = 2 * cycles;

  printf("%ld threads x %ld requests\n", threads, iterations);
  for (int o = 0; o < OUTCOMES; o++) {
    printf("%-9s %ld\n", outcome_name[o], shared.count[o]);
    ok &= shared.count[o] == expect[o];
  }
  long balance = account_balance(&shared);
  printf("balance   %ld (expected %ld)\n", balance, expect_balance);
  ok &= balance == expect_balance;

  /* Each request deferred one unlock, and so did each balance check. */
  long checks = (iterations + 4095) / 4096;
  int stats_ok = 1;
  for (long t = 0; t < threads; t++) {
    const struct cdefer_thread_stats *s = &w[t].stats;
    int pooled = s->pushed != 0; /* built with tier=pool */
    if (w[t].failed || s->run != s->pushed ||
        (pooled && (s->pushed != (uint64_t)(iterations + checks) ||
                    s->peak_pending != 1))) {
      printf("thread %ld: pushed %llu, run %llu, peak pending %llu\n", t,
             (unsigned long long)s->pushed, (unsigned long long)s->run,
             (unsigned long long)s->peak_pending);
      stats_ok = 0;
    }
  }
  printf("per-thread deferred calls: %s\n", stats_ok ? "as expected" : "WRONG");
  ok &= stats_ok;

  /* The two returns the threads never take, on an account of main's own.
   * Each request after the first would hang if an earlier one had left the
   * mutex locked. */
  struct account acct = {.lock = PTHREAD_MUTEX_INITIALIZER, .balance = 10};
  defer pthread_mutex_destroy(&acct.lock);
  enum outcome r[4];
  r[0] = account_apply(&acct, -11);
  r[1] = account_apply(&acct, -10);
  acct.frozen = 1; /* no other thread can see acct */
  r[2] = account_apply(&acct, 5);
  r[3] = account_apply(&acct, 5);
  printf("one account, four requests: %s, %s, %s, %s\n", outcome_name[r[0]],
         outcome_name[r[1]], outcome_name[r[2]], outcome_name[r[3]]);
  ok &= r[0] == OVERDRAWN && r[1] == APPLIED && r[2] == FROZEN &&
        r[3] == FROZEN && acct.balance == 0;

  printf("%s\n", ok ? "OK" : "FAILED");
  return ok ? 0 : 1;
}
