/* pending.c - what pending deferred calls cost in memory (bench/memory/).
 *
 * Built twice by memory.py: with the plugin (the `__defer` loop is pooled;
 * panic=off, so not panic-ready)
 * and without it, -DNO_CDEFER, for the hand-written floor alone.
 *
 *   ./pending defer N   one frame registers N pooled `__defer sink(i)`;
 *                       just before it returns, with all N pending, print
 *                       the heap in use and the RSS against the start
 *   ./pending hand N    the same calls recorded by hand: a malloc'd array
 *                       of N arguments, run backwards
 *   ./pending thread P  a new thread makes one call with P pooled defers;
 *                       print what the thread's pool keeps after they ran
 *                       (it keeps its chunks until the thread ends), and
 *                       what is left after the thread is joined
 *   ./pending sizes     the sizes of the runtime's records (cdefer_abi.h)
 *
 * Heap in use is glibc's mallinfo2(): uordblks (arena) + hblkhd (mmapped
 * blocks). mallinfo2 sees the main arena only, so main() first limits glibc
 * to one arena: a thread's chunks then land where it can see them.
 * Peak RSS is measured outside, by memory.py (wait4's ru_maxrss).
 */
#include <malloc.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef NO_CDEFER
#include <cdefer.h>
#endif

volatile long sink_acc; /* the deferred work: folded in order */

__attribute__((noinline)) void sink(long v) { sink_acc = sink_acc * 31 + v; }

static size_t heap_in_use(void) {
  struct mallinfo2 m = mallinfo2();
  return m.uordblks + m.hblkhd;
}

/* fopen allocates, and glibc keeps freed small chunks in a per-thread cache
 * that mallinfo2 counts as in use: main() reads the RSS once before it takes
 * its baseline, so that reading it at the peak changes nothing. */
static long rss_kb(void) {
  long pages = 0, resident = 0;
  FILE *f = fopen("/proc/self/statm", "r");
  if (f) {
    if (fscanf(f, "%ld %ld", &pages, &resident) != 2)
      resident = 0;
    fclose(f);
  }
  return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

static size_t heap0, heap_peak;
static long rss0, rss_peak;
static unsigned long long allocs; /* malloc calls made for the records */

/* Called with everything pending: nothing here may allocate (no stdio). */
static void peak(void) {
  rss_peak = rss_kb();
  heap_peak = heap_in_use();
}

#ifndef NO_CDEFER
__attribute__((noinline)) static long with_defers(long n) {
  for (long i = 0; i < n; i++)
    __defer sink(i);
  peak(); /* all n pending here */
  struct cdefer_thread_stats st;
  cdefer_thread_stats(&st);
  allocs = st.pool_misses + st.heap_fallbacks; /* one malloc each */
  return n;
}
#endif

__attribute__((noinline)) static long by_hand(long n) {
  long *rec = malloc((size_t)(n > 0 ? n : 1) * sizeof *rec);
  if (!rec)
    abort();
  allocs = 1;
  for (long i = 0; i < n; i++)
    rec[i] = i;
  peak();
  for (long i = n; i-- > 0;)
    sink(rec[i]);
  free(rec);
  return n;
}

#ifndef NO_CDEFER
static void *thread_main(void *arg) {
  long p = *(long *)arg;
  size_t before = heap_in_use();
  with_defers(p);
  size_t after = heap_in_use();
  printf("pool_kept=%zu pending_after=%zu\n", after - before, cdefer_pending());
  return NULL;
}
#endif

int main(int argc, char **argv) {
  mallopt(M_ARENA_MAX, 1);
  if (argc == 2 && strcmp(argv[1], "sizes") == 0) {
#ifndef NO_CDEFER
    printf("record=%zu pool_record=%zu record_bytes=%zu inline_bytes=%zu "
           "frame=%zu thread=%zu batch=%zu\n",
           sizeof(struct __cdefer_record), sizeof(struct __cdefer_pool_record),
           (size_t)__CDEFER_RECORD_BYTES, (size_t)__CDEFER_INLINE_BYTES,
           sizeof(struct __cdefer_frame), sizeof(struct __cdefer_thread),
           sizeof(struct __cdefer_batch));
#endif
    return 0;
  }
  if (argc != 3) {
    fprintf(stderr, "usage: %s defer|hand|thread N | sizes\n", argv[0]);
    return 2;
  }
  long n = strtol(argv[2], NULL, 10);
  printf("mode=%s n=%ld\n", argv[1], n); /* stdout's buffer, before the baseline */
  rss_kb();
  rss0 = rss_kb();
  heap0 = heap_in_use();
  if (strcmp(argv[1], "hand") == 0) {
    by_hand(n);
    printf("heap_delta=%zu rss_delta_kb=%ld allocs=%llu\n", heap_peak - heap0,
           rss_peak - rss0, allocs);
    return 0;
  }
#ifndef NO_CDEFER
  if (strcmp(argv[1], "defer") == 0) {
    with_defers(n);
    printf("heap_delta=%zu rss_delta_kb=%ld allocs=%llu\n", heap_peak - heap0,
           rss_peak - rss0, allocs);
    return 0;
  }
  if (strcmp(argv[1], "thread") == 0) {
    pthread_t t;
    if (pthread_create(&t, NULL, thread_main, &n) != 0)
      abort();
    pthread_join(t, NULL);
    printf("heap_left_after_join=%zu\n", heap_in_use() - heap0);
    return 0;
  }
#endif
  fprintf(stderr, "%s: unknown mode '%s'\n", argv[0], argv[1]);
  return 2;
}
