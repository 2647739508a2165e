// Each thread has its own pending defers (SPEC 2.9): eight threads each run a
// function that defers in a loop, many times over; every thread sees exactly
// its own runs, newest first, and has nothing pending afterwards.
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <cdefer.h>
#include <pthread.h>
#include <stdio.h>

enum { THREADS = 8, CALLS = 200, PER_CALL = 50 };

struct tally {
  int id;
  long runs;
  long sum;
  long out_of_order;
  int next; // the argument the next deferred run must carry
  long leftover;
};

static void record(struct tally *t, int id, int i) {
  t->runs++;
  t->sum += i;
  if (id != t->id || i != t->next)
    t->out_of_order++;
  t->next = i - 1;
}

static void work(struct tally *t) {
  t->next = PER_CALL - 1;
  for (int i = 0; i < PER_CALL; i++)
    __defer record(t, t->id, i);
  __defer { t->next = PER_CALL - 1; } // runs first
}

static void *thread_main(void *arg) {
  struct tally *t = arg;
  for (int c = 0; c < CALLS; c++)
    work(t);
  t->leftover = (long)cdefer_pending();
  return NULL;
}

int main(void) {
  pthread_t th[THREADS];
  struct tally t[THREADS] = {0};
  for (int i = 0; i < THREADS; i++) {
    t[i].id = i;
    pthread_create(&th[i], NULL, thread_main, &t[i]);
  }
  long runs = 0, sum = 0, bad = 0, leftover = 0;
  for (int i = 0; i < THREADS; i++) {
    pthread_join(th[i], NULL);
    runs += t[i].runs;
    sum += t[i].sum;
    bad += t[i].out_of_order;
    leftover += t[i].leftover;
  }
  printf("runs %ld sum %ld out of order %ld pending %ld\n", runs, sum, bad,
         leftover);
  // 8 threads * 200 calls * 50 runs; each call sums 0..49 = 1225.
  // CHECK: runs 80000 sum 1960000 out of order 0 pending 0
  return 0;
}
