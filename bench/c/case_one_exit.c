/* Case one_exit: one __defer, one exit. */
#include "impl.h"

#if defined(IMPL_HAND)
NOINLINE long case_fn(long x) {
  long r = x + 1;
  sink0();
  return r;
}
#elif defined(IMPL_CDEFER)
NOINLINE long case_fn(long x) {
  __defer sink0();
  return x + 1;
}
#elif defined(IMPL_CLEANUP)
NOINLINE long case_fn(long x) {
  __attribute__((cleanup(bench_run_sink0))) int guard = 0;
  return x + 1;
}
#elif defined(IMPL_DEFERTS)
NOINLINE long case_fn(long x) {
  _Defer sink0();
  return x + 1;
}
#endif

#define BENCH_CALL(i) case_fn(i)
#include "driver.h"
