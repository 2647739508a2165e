/* sink.c - see sink.h. Compiled without the plugin, never inlined (no LTO). */
#include "sink.h"

unsigned long sink_state;

/* Not const: a sink could write it, so code that defers sink1(p[i]) must
 * really snapshot p[i] at the __defer. */
long sink_data[1024];

__attribute__((constructor)) static void sink_init(void) {
  for (long i = 0; i < 1024; i++)
    sink_data[i] = 7 * i + 3;
}

void sink0(void) { sink_state = sink_state * 31 + 1; }

void sink1(long a) { sink_state = sink_state * 31 + (unsigned long)a; }

void sink2(long a, long b) {
  sink_state = (sink_state * 31 + (unsigned long)a) * 31 + (unsigned long)b;
}
