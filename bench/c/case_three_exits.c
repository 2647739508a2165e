/* Case three_exits: one __defer, three exits; the caller takes each in turn. */
#include "impl.h"

#if defined(IMPL_HAND)
/* goto-cleanup, the usual C idiom for several exits. (A sink0() call before
 * each return compiles worse: clang hoists the three calls into one before
 * the branches and must keep sel alive across it.) */
NOINLINE long case_fn(long x, long sel) {
  long r;
  if (sel == 0) {
    r = x;
    goto out;
  }
  if (sel == 1) {
    r = x + 1;
    goto out;
  }
  r = x * 2;
out:
  sink0();
  return r;
}
#elif defined(IMPL_CDEFER)
NOINLINE long case_fn(long x, long sel) {
  __defer sink0();
  if (sel == 0)
    return x;
  if (sel == 1)
    return x + 1;
  return x * 2;
}
#elif defined(IMPL_CLEANUP)
NOINLINE long case_fn(long x, long sel) {
  __attribute__((cleanup(bench_run_sink0))) int guard = 0;
  if (sel == 0)
    return x;
  if (sel == 1)
    return x + 1;
  return x * 2;
}
#elif defined(IMPL_DEFERTS)
NOINLINE long case_fn(long x, long sel) {
  _Defer sink0();
  if (sel == 0)
    return x;
  if (sel == 1)
    return x + 1;
  return x * 2;
}
#endif

#define BENCH_CALL(i) case_fn(i, (i) % 3)
#include "driver.h"
