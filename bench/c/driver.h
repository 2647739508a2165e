/* driver.h - main() for one benchmark binary; included at the end of a case
 * file after it defines case_fn and BENCH_CALL(i), the call main makes in
 * its loop for iteration i.
 *
 *   ./bin time MS    calibrate, then time about MS milliseconds of calls and
 *                    print "ns_per_call=<float> calls=<n>"
 *   ./bin count N    make N calls, print "check=<hex>" (sink_state); the
 *                    run under callgrind and the cross-implementation check
 *
 * case_fn is noinline and external, so every call really happens and no
 * argument is propagated into it; the arguments depend on i.
 */
#ifndef BENCH_DRIVER_H
#define BENCH_DRIVER_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "sink.h"

volatile long bench_result; /* keeps the return values live */

__attribute__((noinline)) static void bench_calls(long n) {
  long acc = 0;
  for (long i = 0; i < n; i++)
    acc += BENCH_CALL(i);
  bench_result = acc;
}

static double bench_now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static double bench_time(long n) {
  double t0 = bench_now_ns();
  bench_calls(n);
  return bench_now_ns() - t0;
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: %s time MS | count N\n", argv[0]);
    return 2;
  }
  long arg = strtol(argv[2], NULL, 10);
  if (strcmp(argv[1], "count") == 0) {
    bench_calls(arg);
    printf("check=%016lx\n", sink_state);
    return 0;
  }
  if (strcmp(argv[1], "time") != 0 || arg <= 0) {
    fprintf(stderr, "%s: bad mode '%s'\n", argv[0], argv[1]);
    return 2;
  }
  /* Calibrate (and warm up) until a batch takes 5% of the target, then
   * time one batch scaled to the target. */
  double target = (double)arg * 1e6;
  long n = 16;
  double t = bench_time(n);
  while (t < target / 20) {
    n = t > 0 ? (long)(n * (target / 10 / t)) + 1 : n * 16;
    t = bench_time(n);
  }
  n = (long)(n * (target / t)) + 1;
  t = bench_time(n);
  printf("ns_per_call=%.4f calls=%ld\n", t / (double)n, n);
  return 0;
}

#endif
