// An always_inline function has no frame of its own once inlined, and the
// plugin cannot keep it out of line: in a unit that takes part in panics, a
// `__defer` in one draws a warning (docs/semantics.md §14, Limits;
// modes/panic-through-inlined-function.c shows what goes wrong). -Werror
// makes it an error, -w silences it; a unit compiled with panic=off gets
// none.
// The GCC plugin does not warn about it (docs/semantics.md §14, Limits).
// UNSUPPORTED: cdefer-gcc
// RUN: %cdefer_cc -fsyntax-only -Xclang -verify %s
// RUN: %cdefer_cc -fsyntax-only -Werror -Xclang -verify=werror %s
// RUN: %cdefer_cc -fsyntax-only -w -Xclang -verify=none %s
// RUN: %cdefer_cc -fsyntax-only %{cdefer_arg}panic=off -Xclang -verify=none %s
// none-no-diagnostics
#include <cdefer.h>
#include <stdio.h>

static inline __attribute__((always_inline)) void inner(FILE *f) { // expected-warning {{'__defer' in always_inline function 'inner' takes no part in panics: inlined, it has no frame of its own, and a panic may skip its deferred code}} expected-note {{remove always_inline, or compile the unit with -fplugin-arg-cdefer-panic=off}} werror-error {{'__defer' in always_inline function 'inner'}} werror-note {{remove always_inline}}
  __defer fclose(f);
  fputs("x", f);
}

void outer(FILE *f) { inner(f); }
