/*===- unit.h - what the runtime unit tests share -------------------------===*
 *
 * The tests call the ABI the way plugin-generated code does: a function with
 * a runtime-tier `__defer` gets
 *
 *   FRAME(f);                       -- the entry label and the hidden frame
 *   __cdefer_push(&f, fn, &ctx, sizeof ctx, SITE("func"));  -- a pooled `__defer`
 *   DEFER_FRAME(f, fn, type, value, SITE("func"));   -- a frame-allocated one
 *
 * and FRAME's cleanup attribute calls __cdefer_frame_exit at every exit,
 * exactly as the plugin's implicit CleanupAttr does.
 *
 * CHECK(cond) and CHECK_EQ(a, b) count passing checks and end the program
 * with a message and status 1 at the first failure; a test ends with
 * PASS("test_name"), which prints "test_name: N checks passed". Tests never
 * use assert(): the build may define NDEBUG.
 *===----------------------------------------------------------------------===*/
#ifndef CDEFER_UNIT_H
#define CDEFER_UNIT_H

#define _POSIX_C_SOURCE 200809L
#include <cdefer.h>

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

#ifndef __FILE_NAME__
#define __FILE_NAME__ __FILE__
#endif
#define UNIT_STR2(x) #x
#define UNIT_STR(x) UNIT_STR2(x)
#define UNIT_CAT2(a, b) a##b
#define UNIT_CAT(a, b) UNIT_CAT2(a, b)

/* The site literal the plugin would pass for a `__defer` on this line of
 * function func. */
#define SITE(func) __FILE_NAME__ ":" UNIT_STR(__LINE__) ":" func

/* What the plugin puts first in the body (docs/design.md, section 5): a
 * label, and the frame whose cleanup runs the deferred calls. Clang gives no
 * lifetime markers to the locals declared after a label in its block, so
 * those (DEFER_FRAME's record and snapshot among them) stay alive until the
 * frame's cleanup has run; without the label their lifetime would end first,
 * and ASan would report the frame's cleanup reading them. */
#define FRAME(name)                                                                    \
  UNIT_CAT(unit_entry_, __LINE__) : __attribute__((unused));                           \
  struct __cdefer_frame name __attribute__((cleanup(__cdefer_frame_exit))) = {0}

/* A frame-allocated `__defer` fn, as the plugin lowers one that runs at most
 * once per call: the record and the snapshot (a local of type type, set to
 * value here) are hidden locals of the function, and __cdefer_push_frame
 * links the record onto frame, with no copy and no runtime call. Like the
 * plugin's, they must live until the function returns: use this only in
 * FRAME's block, after FRAME, at most once per line, and never in a loop (a
 * `__defer` that can run twice per call is pooled). */
#define DEFER_FRAME(frame, fn, type, value, site)                                      \
  struct __cdefer_record UNIT_CAT(unit_record_, __LINE__);                             \
  type UNIT_CAT(unit_snapshot_, __LINE__) = (value);                                   \
  __cdefer_push_frame(&(frame), &UNIT_CAT(unit_record_, __LINE__), (fn),                \
                      &UNIT_CAT(unit_snapshot_, __LINE__), (site))

static atomic_ulong unit_checks;

#define CHECK(cond)                                                                    \
  do {                                                                                 \
    if (!(cond)) {                                                                     \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE_NAME__, __LINE__, #cond);    \
      exit(1);                                                                         \
    }                                                                                  \
    atomic_fetch_add_explicit(&unit_checks, 1, memory_order_relaxed);                  \
  } while (0)

#define CHECK_EQ(a, b)                                                                 \
  do {                                                                                 \
    unsigned long long unit_a = (unsigned long long)(a);                               \
    unsigned long long unit_b = (unsigned long long)(b);                               \
    if (unit_a != unit_b) {                                                            \
      fprintf(stderr, "%s:%d: check failed: %s == %s (%llu != %llu)\n", __FILE_NAME__, \
              __LINE__, #a, #b, unit_a, unit_b);                                       \
      exit(1);                                                                         \
    }                                                                                  \
    atomic_fetch_add_explicit(&unit_checks, 1, memory_order_relaxed);                  \
  } while (0)

#define PASS(name)                                                                     \
  do {                                                                                 \
    printf("%s: %lu checks passed\n", name, atomic_load(&unit_checks));                \
    return 0;                                                                          \
  } while (0)

static inline struct cdefer_thread_stats unit_stats(void) {
  struct cdefer_thread_stats s;
  cdefer_thread_stats(&s);
  return s;
}

#endif /* CDEFER_UNIT_H */
