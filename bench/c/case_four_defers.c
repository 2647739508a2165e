/* Case four_defers: four __defers with arguments, one exit; they run last
 * registered first. */
#include "impl.h"

#if defined(IMPL_HAND)
NOINLINE long case_fn(long x) {
  long r = x + 1;
  sink2(x, 4);
  sink2(x, 3);
  sink2(x, 2);
  sink2(x, 1);
  return r;
}
#elif defined(IMPL_CDEFER)
NOINLINE long case_fn(long x) {
  __defer sink2(x, 1);
  __defer sink2(x, 2);
  __defer sink2(x, 3);
  __defer sink2(x, 4);
  return x + 1;
}
#elif defined(IMPL_CLEANUP)
NOINLINE long case_fn(long x) {
  /* Cleanups run in reverse order of declaration. */
  __attribute__((cleanup(bench_run_sink2))) struct bench_args2 d1 = {x, 1};
  __attribute__((cleanup(bench_run_sink2))) struct bench_args2 d2 = {x, 2};
  __attribute__((cleanup(bench_run_sink2))) struct bench_args2 d3 = {x, 3};
  __attribute__((cleanup(bench_run_sink2))) struct bench_args2 d4 = {x, 4};
  return x + 1;
}
#elif defined(IMPL_DEFERTS)
NOINLINE long case_fn(long x) {
  _Defer sink2(x, 1);
  _Defer sink2(x, 2);
  _Defer sink2(x, 3);
  _Defer sink2(x, 4);
  return x + 1;
}
#endif

#define BENCH_CALL(i) case_fn(i)
#include "driver.h"
