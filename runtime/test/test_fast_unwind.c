/* The runtime's own unwinder (runtime/src/fast_unwind.c), which panics use
 * to step frames, agrees with libgcc's: from a point deep in a chain of
 * frames of many shapes (a frame pointer or none, alloca, a VLA, a
 * realigned stack, a big frame, every callee-saved register live across
 * the call, libc's qsort in between), each frame it steps to has the return
 * address, stack pointer and callee-saved registers that _Unwind_Backtrace
 * reports for it, up to the first frame it leaves to libgcc, which must be
 * past main. Each chain is walked twice: the second time from the cache. */
#define _GNU_SOURCE
#include "unit.h"

#include "../src/fast_unwind.h"

#include <alloca.h>
#include <stdint.h>
#include <string.h>
#include <unwind.h>

#if CDEFER_FAST_UNWIND
struct seen {
  uintptr_t ip, sp, reg[6];
};
static struct seen theirs[512];
static int ntheirs;
static int walks, frames_compared;
static volatile int sink;

static _Unwind_Reason_Code collect(struct _Unwind_Context *ctx, void *arg) {
  (void)arg;
  if (ntheirs == (int)(sizeof theirs / sizeof theirs[0]))
    return _URC_END_OF_STACK;
  static const int regno[6] = {3, 6, 12, 13, 14, 15};
  struct seen *s = &theirs[ntheirs++];
  s->ip = _Unwind_GetIP(ctx);
  s->sp = _Unwind_GetCFA(ctx);
  for (int i = 0; i < 6; i++)
    s->reg[i] = _Unwind_GetGR(ctx, regno[i]);
  return _URC_NO_REASON;
}

/* main's frame: the walk must get past it. */
static uintptr_t main_sp;

/* The innermost frame: libgcc's view first, then ours, compared. */
static __attribute__((noinline)) void compare_here(void) {
  ntheirs = 0;
  _Unwind_Backtrace(collect, NULL);
  struct __cdefer_uw_regs r;
  __cdefer_uw_capture(&r);
  /* theirs[0] is this frame (at another call); theirs[1] its caller. */
  int i = 1, passed_main = 0;
  struct __cdefer_uw_rule f;
  while (i < ntheirs && __cdefer_uw_rule_of(&r, &f) && __cdefer_uw_step(&r, &f)) {
    const struct seen *s = &theirs[i];
    uintptr_t ours[6] = {r.rbx, r.rbp, r.r12, r.r13, r.r14, r.r15};
    CHECK_EQ(r.ip, s->ip);
    CHECK_EQ(r.sp, s->sp);
    for (int k = 0; k < 6; k++)
      CHECK_EQ(ours[k], s->reg[k]);
    if (r.sp > main_sp)
      passed_main = 1;
    frames_compared++;
    i++;
  }
  CHECK(passed_main);
  walks++;
}

/* The shapes. Each calls next(depth - 1), or compare_here at 0, and uses
 * something of its own after the call so that the call is not a tail
 * call. */
static void next(int depth);

static __attribute__((noinline)) void plain(int depth) {
  next(depth);
  sink++;
}

static __attribute__((noinline)) void with_alloca(int depth) {
  char *p = alloca(16 + (size_t)depth * 24);
  memset(p, depth, 16);
  next(depth);
  sink += p[3];
}

static __attribute__((noinline)) void with_vla(int depth) {
  char v[8 + depth * 8];
  memset(v, depth, sizeof v);
  next(depth);
  sink += v[5];
}

static __attribute__((noinline)) void realigned(int depth) {
  _Alignas(64) char buf[64];
  memset(buf, depth, sizeof buf);
  __asm__ volatile("" ::"r"(buf) : "memory");
  next(depth);
  sink += buf[7];
}

static __attribute__((noinline)) void big_frame(int depth) {
  char big[70000];
  memset(big, depth, sizeof big);
  __asm__ volatile("" ::"r"(big) : "memory");
  next(depth);
  sink += big[69999];
}

/* Every callee-saved register holds a value needed after the call. */
static __attribute__((noinline)) void all_registers(int depth) {
  volatile int seed = depth;
  int a = seed * 3, b = seed * 5, c = seed * 7, d = seed * 11, e = seed * 13, g = seed * 17;
  next(depth);
  sink += a + b + c + d + e + g;
}

static int qsort_depth;
static int compare_ints(const void *a, const void *b) {
  if (qsort_depth >= 0) {
    int depth = qsort_depth;
    qsort_depth = -1; /* once */
    next(depth);
  }
  return *(const int *)a - *(const int *)b;
}

static __attribute__((noinline)) void through_qsort(int depth) {
  int xs[4] = {3, 1, 2, 0};
  qsort_depth = depth;
  qsort(xs, 4, sizeof xs[0], compare_ints);
  sink += xs[0];
}

static void (*const shapes[])(int) = {plain,     with_alloca,   with_vla,     realigned,
                                      big_frame, all_registers, through_qsort};
#define NSHAPES (int)(sizeof shapes / sizeof shapes[0])
static int order;

static void next(int depth) {
  if (depth == 0) {
    compare_here();
    return;
  }
  shapes[(depth + order) % NSHAPES](depth - 1);
}

int main(void) {
  main_sp = (uintptr_t)__builtin_frame_address(0);
  CHECK(__cdefer_uw_begin());
  for (order = 0; order < NSHAPES; order++)
    for (int depth = 1; depth <= 2 * NSHAPES; depth += 3) {
      next(depth);
      next(depth); /* the same frames again, from the cache */
    }
  CHECK(walks == 2 * NSHAPES * 5);
  printf("%d walks, %d frames compared\n", walks, frames_compared);
  PASS("test_fast_unwind");
  return 0;
}
#else
int main(void) {
  PASS("test_fast_unwind");
  return 0;
}
#endif
