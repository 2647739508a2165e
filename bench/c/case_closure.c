/* Case closure: block form. The deferred block refers to the variables, not
 * their values (SPEC 2.5): sink2 sees a and b as they are at the exit. */
#include "impl.h"

#if defined(IMPL_HAND)
NOINLINE long case_fn(long a, long b) {
  a++;
  b++;
  long r = a ^ b;
  sink2(a, b);
  return r;
}
#elif defined(IMPL_CDEFER)
NOINLINE long case_fn(long a, long b) {
  __defer {
    sink2(a, b);
  }
  a++;
  b++;
  return a ^ b;
}
#elif defined(IMPL_CLEANUP)
NOINLINE long case_fn(long a, long b) {
  __attribute__((cleanup(bench_run_sink2_refs))) struct bench_refs2 refs = {&a,
                                                                            &b};
  a++;
  b++;
  return a ^ b;
}
#elif defined(IMPL_DEFERTS)
NOINLINE long case_fn(long a, long b) {
  _Defer sink2(a, b);
  a++;
  b++;
  return a ^ b;
}
#endif

#define BENCH_CALL(i) case_fn(i, 2 * (i) + 1)
#include "driver.h"
