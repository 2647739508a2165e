/*===- stats.c - the defer profile (CDEFER_STATS) and the pending limit ---===*
 *
 * Two environment variables, read once when the runtime is loaded, put it
 * in "checked" mode:
 *
 *   CDEFER_STATS=1      at exit, a table on stderr: per `__defer` site that
 *                       the runtime saw, the pushes and runs, the most runs
 *                       pending at once on one thread, pool hits and misses,
 *                       heap fallbacks, stale records dropped
 *   CDEFER_STATS=json   the same as one JSON object
 *   CDEFER_STATS_FILE=F writes it to F instead of stderr
 *   CDEFER_MAX_PENDING=N  a thread with N pooled deferred calls pending that
 *                       pushes one more ends the process, naming the site
 *                       (a runaway loop of `__defer` fails loudly instead of
 *                       eating memory)
 *
 * Zero cost when neither is set: the inline push (cdefer_abi.h) has no test
 * for it. Checked mode works by keeping the thread's free list, which the
 * inline push pops, always empty: the pool's free records wait on
 * t->__stash instead, which only __cdefer_push_slow takes from, so every
 * pooled push goes through the slow path, which counts it here. A loop's
 * batch is switched off too (__cdefer_batches_off: the inline
 * __cdefer_push_batch then never links it), and with it the batch chunks
 * that take a long loop's runs past the batch (chunk.c): __cdefer_push_more,
 * which every run then reaches, does a pooled push. So every run of a loop's
 * `__defer` is a pooled push, counted. Unchecked, the price is one load and
 * branch per __cdefer_return call and per batched site's first run of a
 * call.
 *
 * What the profile cannot see: open-coded and frame-allocated `__defer`s
 * never reach the runtime. Compile with -fplugin-arg-cdefer-tier=pool to
 * profile every site.
 *
 * Counting takes a lock (one table for the process); checked mode is for
 * finding out, not for production speed. Per site, "peak" is the most runs
 * of that site pending at once on any one thread, kept in a small
 * thread-local table of the sites each thread has pending runs of.
 *===----------------------------------------------------------------------===*/
#define _POSIX_C_SOURCE 200809L
#include "internal.h"

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

CDEFER_HIDDEN int __cdefer_checked;
CDEFER_API unsigned __cdefer_batches_off;

static size_t max_pending;  /* 0: no limit */
static int stats_format;    /* 0: none, 1: text, 2: json */
static const char *stats_file;

struct site_stats {
  const char *site;
  uint64_t pushed, ran, dropped, hits, misses, heap, peak;
};

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static struct site_stats **sites; /* open addressing by site pointer */
static size_t sites_cap, sites_used;

/* The calling thread's pending runs per site. */
struct thread_site {
  const char *site;
  struct site_stats *g;
  uint64_t pending;
};
static _Thread_local struct thread_site *tsites;
static _Thread_local size_t tsites_cap, tsites_used;

static size_t hash_ptr(const void *p) {
  uintptr_t x = (uintptr_t)p;
  x ^= x >> 17;
  x *= (uintptr_t)0x9E3779B97F4A7C15ull;
  return (size_t)(x ^ (x >> 29));
}

static void *xcalloc(size_t n, size_t size, const char *site) {
  void *p = calloc(n, size);
  if (p == NULL)
    __cdefer_fatal(site, "out of memory for the defer profile");
  return p;
}

/* Called with the lock held: the process-wide entry of site. */
static struct site_stats *global_entry(const char *site) {
  if (2 * (sites_used + 1) > sites_cap) {
    size_t cap = sites_cap ? 2 * sites_cap : 64;
    struct site_stats **t = xcalloc(cap, sizeof *t, site);
    for (size_t i = 0; i < sites_cap; i++)
      if (sites[i] != NULL) {
        size_t j = hash_ptr(sites[i]->site) & (cap - 1);
        while (t[j] != NULL)
          j = (j + 1) & (cap - 1);
        t[j] = sites[i];
      }
    free(sites);
    sites = t;
    sites_cap = cap;
  }
  size_t j = hash_ptr(site) & (sites_cap - 1);
  for (; sites[j] != NULL; j = (j + 1) & (sites_cap - 1))
    if (sites[j]->site == site)
      return sites[j];
  sites[j] = xcalloc(1, sizeof **sites, site);
  sites[j]->site = site;
  sites_used++;
  return sites[j];
}

/* The calling thread's entry of site (and, through it, the global one). */
static struct thread_site *thread_entry(const char *site) {
  if (2 * (tsites_used + 1) > tsites_cap) {
    size_t cap = tsites_cap ? 2 * tsites_cap : 16;
    struct thread_site *t = xcalloc(cap, sizeof *t, site);
    for (size_t i = 0; i < tsites_cap; i++)
      if (tsites[i].site != NULL) {
        size_t j = hash_ptr(tsites[i].site) & (cap - 1);
        while (t[j].site != NULL)
          j = (j + 1) & (cap - 1);
        t[j] = tsites[i];
      }
    free(tsites);
    tsites = t;
    tsites_cap = cap;
  }
  size_t j = hash_ptr(site) & (tsites_cap - 1);
  for (; tsites[j].site != NULL; j = (j + 1) & (tsites_cap - 1))
    if (tsites[j].site == site)
      return &tsites[j];
  pthread_mutex_lock(&lock);
  struct site_stats *g = global_entry(site);
  pthread_mutex_unlock(&lock);
  tsites[j].site = site;
  tsites[j].g = g;
  tsites_used++;
  return &tsites[j];
}

/* Called by __cdefer_push_slow in checked mode, before it takes a record:
 * t->__pending is what is pending before this push. */
CDEFER_HIDDEN void __cdefer_stats_limit(const struct __cdefer_thread *t, const char *site) {
  if (max_pending != 0 && t->__pending >= max_pending)
    __cdefer_fatal(site,
                   "deferring one more call with CDEFER_MAX_PENDING=%zu already pending on "
                   "this thread (a '__defer' in a loop that runs away?)",
                   max_pending);
}

/* Called by __cdefer_push_slow in checked mode, once the push is done; how
 * is where its record came from. */
CDEFER_HIDDEN void __cdefer_stats_pushed(const char *site, enum __cdefer_stats_source how) {
  if (!stats_format)
    return;
  struct thread_site *ts = thread_entry(site);
  ts->pending++;
  pthread_mutex_lock(&lock);
  struct site_stats *g = ts->g;
  g->pushed++;
  if (how == __CDEFER_FROM_POOL)
    g->hits++;
  else if (how == __CDEFER_FROM_NEW_CHUNK)
    g->misses++;
  else
    g->heap++;
  if (ts->pending > g->peak)
    g->peak = ts->pending;
  pthread_mutex_unlock(&lock);
}

/* Called in checked mode for a pooled record that is about to run (ran) or
 * was dropped as stale (!ran). */
CDEFER_HIDDEN void __cdefer_stats_done(const char *site, int ran) {
  if (!stats_format)
    return;
  struct thread_site *ts = thread_entry(site);
  if (ts->pending != 0)
    ts->pending--;
  pthread_mutex_lock(&lock);
  if (ran)
    ts->g->ran++;
  else
    ts->g->dropped++;
  pthread_mutex_unlock(&lock);
}

/* Called by the thread's teardown (thread.c). */
CDEFER_HIDDEN void __cdefer_stats_thread_end(void) {
  free(tsites);
  tsites = NULL;
  tsites_cap = tsites_used = 0;
}

static int by_site(const void *a, const void *b) {
  const struct site_stats *x = *(const struct site_stats *const *)a;
  const struct site_stats *y = *(const struct site_stats *const *)b;
  return strcmp(x->site, y->site);
}

/* JSON string body of s (site texts are the compiler's file names). */
static void json_string(FILE *f, const char *s, int len) {
  fputc('"', f);
  for (int i = 0; len < 0 ? s[i] != '\0' : i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\')
      fprintf(f, "\\%c", c);
    else if (c < 0x20)
      fprintf(f, "\\u%04x", c);
    else
      fputc(c, f);
  }
  fputc('"', f);
}

/* atexit: the profile, sites sorted by their text; two sites with the same
 * text (a `static inline` function's, from several units) are one row. */
static void print_profile(void) {
  fflush(stdout); /* after what the program printed, not in the middle */
  pthread_mutex_lock(&lock);
  size_t n = 0;
  struct site_stats **rows = calloc(sites_used ? sites_used : 1, sizeof *rows);
  if (rows == NULL) {
    pthread_mutex_unlock(&lock);
    return;
  }
  for (size_t i = 0; i < sites_cap; i++)
    if (sites[i] != NULL)
      rows[n++] = sites[i];
  qsort(rows, n, sizeof *rows, by_site);
  size_t merged = 0;
  for (size_t i = 0; i < n; i++) {
    if (merged != 0 && strcmp(rows[merged - 1]->site, rows[i]->site) == 0) {
      struct site_stats *a = rows[merged - 1], *b = rows[i];
      a->pushed += b->pushed, a->ran += b->ran, a->dropped += b->dropped;
      a->hits += b->hits, a->misses += b->misses, a->heap += b->heap;
      a->peak = a->peak > b->peak ? a->peak : b->peak;
      continue;
    }
    rows[merged++] = rows[i];
  }
  FILE *out = stderr;
  if (stats_file != NULL && (out = fopen(stats_file, "w")) == NULL) {
    fprintf(stderr, "cdefer: cannot write the defer profile to %s: %s\n", stats_file,
            strerror(errno));
    out = stderr;
  }
  if (stats_format == 2) {
    fprintf(out, "{\"cdefer_profile\":1,\"tracked\":\"pooled deferred calls (open-coded "
                 "and frame-allocated ones never reach the runtime)\",\"sites\":[");
    for (size_t i = 0; i < merged; i++) {
      const struct site_stats *s = rows[i];
      int where_len;
      const char *fn = __cdefer_site_function(s->site, &where_len);
      fprintf(out, "%s\n{\"site\":", i ? "," : "");
      json_string(out, s->site, where_len);
      fprintf(out, ",\"function\":");
      json_string(out, fn, -1);
      fprintf(out,
              ",\"tier\":\"pool\",\"pushed\":%llu,\"run\":%llu,\"dropped\":%llu,"
              "\"pending\":%llu,\"peak_pending_per_thread\":%llu,\"pool_hits\":%llu,"
              "\"pool_misses\":%llu,\"heap_fallbacks\":%llu}",
              (unsigned long long)s->pushed, (unsigned long long)s->ran,
              (unsigned long long)s->dropped,
              (unsigned long long)(s->pushed - s->ran - s->dropped),
              (unsigned long long)s->peak, (unsigned long long)s->hits,
              (unsigned long long)s->misses, (unsigned long long)s->heap);
    }
    fprintf(out, "\n]}\n");
  } else {
    fprintf(out, "cdefer: defer profile: %zu site%s with pooled deferred calls "
                 "(open-coded and frame-allocated ones never reach the runtime)\n",
            merged, merged == 1 ? "" : "s");
    fprintf(out, "cdefer: %-24s %-16s %-4s %9s %9s %7s %11s %9s %6s %6s\n", "site",
            "function", "tier", "pushed", "run", "dropped", "peak/thread", "pool hits",
            "misses", "heap");
    for (size_t i = 0; i < merged; i++) {
      const struct site_stats *s = rows[i];
      int where_len;
      const char *fn = __cdefer_site_function(s->site, &where_len);
      fprintf(out, "cdefer: %-24.*s %-16s %-4s %9llu %9llu %7llu %11llu %9llu %6llu %6llu\n",
              where_len, s->site, fn, "pool", (unsigned long long)s->pushed,
              (unsigned long long)s->ran, (unsigned long long)s->dropped,
              (unsigned long long)s->peak, (unsigned long long)s->hits,
              (unsigned long long)s->misses, (unsigned long long)s->heap);
    }
  }
  if (out != stderr)
    fclose(out);
  free(rows);
  pthread_mutex_unlock(&lock);
}

/* Runs when the runtime is loaded, before main and before any constructor
 * of the program (priority 101): a push in an earlier constructor would be
 * uncounted. */
__attribute__((constructor(101))) static void read_environment(void) {
  const char *stats = getenv("CDEFER_STATS");
  const char *max = getenv("CDEFER_MAX_PENDING");
  if (stats != NULL && *stats != '\0' && strcmp(stats, "0") != 0) {
    stats_format = strcmp(stats, "json") == 0 ? 2 : 1;
    stats_file = getenv("CDEFER_STATS_FILE");
    if (stats_file != NULL && *stats_file == '\0')
      stats_file = NULL;
    atexit(print_profile);
  }
  if (max != NULL && *max != '\0') {
    char *end;
    errno = 0;
    unsigned long long n = strtoull(max, &end, 10);
    if (*end != '\0' || errno != 0 || n == 0 || n > SIZE_MAX)
      __cdefer_fatal(NULL, "CDEFER_MAX_PENDING=%s is not a positive number", max);
    max_pending = (size_t)n;
  }
  __cdefer_checked = stats_format != 0 || max_pending != 0;
  __cdefer_batches_off = __cdefer_checked != 0;
}
