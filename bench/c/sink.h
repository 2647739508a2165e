/* sink.h - the deferred work every benchmark variant does.
 *
 * The sinks live in sink.c, another translation unit compiled without the
 * plugin, so the optimiser cannot inline, merge or drop a deferred call.
 * Each folds its arguments into sink_state with an order-sensitive hash:
 * after the same calls every implementation of a case must leave the same
 * state, which is how bench.py checks LIFO order and call-form snapshots
 * before it times anything. go/cases.go computes the same hash.
 */
#ifndef BENCH_SINK_H
#define BENCH_SINK_H

/* bench.py's "unwind-only" rows: declared in a system header, the sinks are
 * calls the plugin knows cannot panic or recover (like fclose or free). */
#ifdef BENCH_SINK_SYSTEM_HEADER
#pragma GCC system_header
#endif

extern unsigned long sink_state;
extern long sink_data[]; /* case_loop's inputs: sink_data[i] = 7*i + 3 */

void sink0(void);
void sink1(long a);
void sink2(long a, long b);

#endif
