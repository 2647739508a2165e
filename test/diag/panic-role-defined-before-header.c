// A function with external linkage defined before <cdefer.h> is compiled
// before the plugin turns exceptions on, so it is nounwind and a call of it
// has no landing pad: an unwind-only caller would lose its deferred code in
// a panic through it. After one such function, every function of the unit
// that takes part in panics registers (docs/semantics.md §14), with a
// remark saying why; a unit whose external functions all come after the
// header keeps its unwind-only ones (diag/panic-role-remarks.c).
// The GCC plugin has no Rpanic remark.
// UNSUPPORTED: cdefer-gcc
// RUN: %cdefer_cc -fsyntax-only %{cdefer_arg}Rpanic -Xclang -verify %s
#include <stdio.h>

void step(void) { fputs("step\n", stdout); }

#include <cdefer.h>

void closes(FILE *f) { // expected-remark {{'closes' registers for panics at entry: a function defined before <cdefer.h> was compiled without exceptions}}
  __defer fclose(f);
  step();
}
