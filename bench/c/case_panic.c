/* Case panic_*: one panic + recover across a chain of PANIC_DEPTH frames.
 *
 * case_fn recovers in a deferred block and calls chain(PANIC_DEPTH): one
 * noinline function, PANIC_DEPTH activations deep (recursion: every frame
 * has the same code, so the cost per frame is the same at every depth),
 * whose innermost activation calls cdefer_panic. Each activation has one
 * deferred statement that folds its depth into sink_state: a block, which
 * cannot panic or recover, so chain takes part unwind-only (a panic runs it
 * from chain's exception cleanup); with PANIC_CHAIN_REGISTERS a call of
 * sink1, defined in another unit, so chain registers with the runtime
 * (bench.py checks which from the IR). With PANIC_NODEFER the chain has no
 * deferred code at all, nothing registers but case_fn, and the panic pays
 * only for unwinding the frames. go/cases.go's panicTop, panicChain and unwindChain are the same
 * shape, with the same sink_state hash.
 *
 * The panic hangs on bench_panic_on, a global the compiler cannot see
 * through, so chain can return normally as far as the compiler knows (it
 * would otherwise infer that chain never returns and drop the normal exit
 * of every frame). disable_tail_calls keeps the chain without deferred
 * code from being turned into a loop (tail-recursion elimination), which
 * would leave one frame to unwind instead of PANIC_DEPTH.
 */
#include "impl.h"

#ifndef IMPL_CDEFER
#error "case_panic.c is built with IMPL_CDEFER only"
#endif
#ifndef PANIC_DEPTH
#error "define PANIC_DEPTH"
#endif

#include <cdefer.h>

long bench_panic_on = 1;       /* never changed; the compiler cannot know */
static char bench_panic_value; /* the panic's value: its address */

NOINLINE __attribute__((disable_tail_calls)) static void chain(long d) {
#if defined(PANIC_CHAIN_REGISTERS)
  __defer sink1(d); /* sink.c's: may panic, as far as the plugin knows */
#elif !defined(PANIC_NODEFER)
  __defer { sink_state = sink_state * 31 + (unsigned long)d; }
#endif
  if (d <= 1) {
    if (bench_panic_on)
      cdefer_panic(&bench_panic_value);
    return;
  }
  chain(d - 1);
}

NOINLINE long case_fn(long x) {
  __defer {
    void *v = cdefer_recover();
    sink_state = sink_state * 31 + (v == &bench_panic_value ? 2 : 3);
  }
  chain(PANIC_DEPTH);
  return x + 1; /* not reached while bench_panic_on: case_fn returns 0 */
}

#define BENCH_CALL(i) case_fn(i)
#include "driver.h"
