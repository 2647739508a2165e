// With -fplugin-arg-cdefer-Rpanic, each function with a `__defer` in a unit
// that takes part in panics says how (docs/semantics.md §14): it registers
// with the runtime when its deferred code may panic or recover, naming the
// call that may; otherwise a panic runs its deferred code from its
// exception cleanup and it pays nothing on its normal path. A call counts as
// harmless when it goes straight to a function of a system header that is
// handed no function pointer, or to a function defined earlier in the unit
// whose own calls are all harmless.
// (GCC has no -verify: its Rpanic notes are checked in
// gcc/gimple-unwind-only.c.)
// UNSUPPORTED: cdefer-gcc
// RUN: %cdefer_cc -fsyntax-only %{cdefer_arg}Rpanic -Xclang -verify %s
#include <cdefer.h>
#include <stdio.h>
#include <stdlib.h>

void elsewhere(int);

static void log_close(FILE *f) { fputs("closing\n", stderr); fclose(f); }
static void recovers(void) { cdefer_recover(); }

static int by_value(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

void closes(FILE *f, char *p) { // expected-remark {{a panic runs the deferred code of 'closes' from its exception cleanup: nothing it defers can panic or recover, so it does not register}}
  __defer fclose(f);
  __defer { free(p); printf("freed\n"); }
}

void via_helper(FILE *f) { // expected-remark {{a panic runs the deferred code of 'via_helper' from its exception cleanup}}
  __defer log_close(f);
}

void calls_elsewhere(int x) { // expected-remark {{'calls_elsewhere' registers for panics at entry: its deferred code may panic or recover}}
  __defer elsewhere(x); // expected-note {{this call may panic or recover}}
}

void recovers_directly(void) { // expected-remark {{'recovers_directly' registers for panics at entry}}
  __defer { cdefer_recover(); } // expected-note {{this call may panic or recover}}
}

void recovers_in_callee(void) { // expected-remark {{'recovers_in_callee' registers for panics at entry}}
  __defer recovers(); // expected-note {{this call may panic or recover}}
}

void through_pointer(void (*fn)(void)) { // expected-remark {{'through_pointer' registers for panics at entry}}
  __defer fn(); // expected-note {{this call may panic or recover}}
}

void with_callback(int *a, size_t n) { // expected-remark {{'with_callback' registers for panics at entry}}
  __defer qsort(a, n, sizeof *a, by_value); // expected-note {{this call may panic or recover}}
}
