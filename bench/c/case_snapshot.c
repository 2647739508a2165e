/* Case snapshot: call form. The arguments are evaluated at the __defer and
 * the call runs with those values, although the variables change after it
 * (SPEC 2.4): sink2 sees the old a and b. */
#include "impl.h"

#if defined(IMPL_HAND)
NOINLINE long case_fn(long a, long b) {
  long a0 = a, b0 = b;
  a++;
  b++;
  long r = a ^ b;
  sink2(a0, b0);
  return r;
}
#elif defined(IMPL_CDEFER)
NOINLINE long case_fn(long a, long b) {
  __defer sink2(a, b);
  a++;
  b++;
  return a ^ b;
}
#elif defined(IMPL_CLEANUP)
NOINLINE long case_fn(long a, long b) {
  __attribute__((cleanup(bench_run_sink2))) struct bench_args2 snap = {a, b};
  a++;
  b++;
  return a ^ b;
}
#elif defined(IMPL_DEFERTS)
NOINLINE long case_fn(long a, long b) {
  /* _Defer evaluates at the end of the block: snapshot by hand. */
  long a0 = a, b0 = b;
  _Defer sink2(a0, b0);
  a++;
  b++;
  return a ^ b;
}
#endif

#define BENCH_CALL(i) case_fn(i, 2 * (i) + 1)
#include "driver.h"
