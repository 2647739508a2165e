// Each thread panics and recovers on its own (SPEC 2.9): eight threads, each
// panicking and recovering ten thousand times with values of its own, always
// recover their own value, never another thread's.
// Builds its own TSan and ASan variants: a mode's other sanitizer cannot
// join either (-fsanitize=thread excludes address).
// UNSUPPORTED: asan || tsan
// RUN: %cdefer_cc -O2 %s -o %t %cdefer_rt && %t | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -fsanitize=thread -O1 %s -o %t-tsan %cdefer_rt && %t-tsan | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -fsanitize=address,undefined -fno-sanitize-recover=all -O1 %s -o %t-asan %cdefer_rt && %t-asan | FileCheck --match-full-lines %s
#include <cdefer.h>
#include <pthread.h>
#include <stdio.h>

static _Thread_local long recovered;

static void catch_one(long v) {
  __defer { recovered = (long)cdefer_recover(); }
  cdefer_panic((void *)v);
}

static long wrong[8];

static void *worker(void *arg) {
  long id = (long)arg;
  for (long i = 1; i <= 10000; i++) {
    long v = id * 100000 + i;
    catch_one(v);
    if (recovered != v || cdefer_panicking())
      wrong[id]++;
  }
  return NULL;
}

int main(void) {
  pthread_t t[8];
  for (long i = 0; i < 8; i++)
    pthread_create(&t[i], NULL, worker, (void *)i);
  for (int i = 0; i < 8; i++)
    pthread_join(t[i], NULL);
  long bad = 0;
  for (int i = 0; i < 8; i++)
    bad += wrong[i];
  catch_one(123);
  printf("wrong %ld, main recovered %ld, panicking %d\n", bad, recovered, cdefer_panicking());
  return 0;
}
// CHECK: wrong 0, main recovered 123, panicking 0
