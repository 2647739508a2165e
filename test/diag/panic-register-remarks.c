// With -fplugin-arg-cdefer-panic=register, every function with a `__defer`
// registers with the runtime, also those whose deferred code cannot panic
// or recover and would otherwise take part unwind-only
// (diag/panic-role-remarks.c): their normal calls pay for registering, and
// a panic through them runs them without the unwinder when they lie one
// right above the other (docs/semantics.md §14). Functions whose deferred
// code may panic or recover still say why.
// (GCC has no -verify: gcc/gimple-unwind-only.c checks panic=register
// there.)
// UNSUPPORTED: cdefer-gcc
// RUN: %cdefer_cc -fsyntax-only %{cdefer_arg}panic=register %{cdefer_arg}Rpanic -Xclang -verify %s
// RUN: %cdefer_cc -O2 -S -emit-llvm -o - %{cdefer_arg}panic=register %s | FileCheck %s
#include <stdio.h>
#include <stdlib.h>

void elsewhere(int);

// CHECK-LABEL: define {{.*}} @closes(
// CHECK:         {{call|invoke}} void @__cdefer_pframe_push_skip(
void closes(FILE *f, char *p) { // expected-remark {{'closes' registers for panics at entry, as -fplugin-arg-cdefer-panic=register asks}}
  __defer fclose(f);
  __defer free(p);
}

// CHECK-LABEL: define {{.*}} @calls_out(
// CHECK:         {{call|invoke}} void @__cdefer_pframe_push_skip(
void calls_out(int n) { // expected-remark {{'calls_out' registers for panics at entry: its deferred code may panic or recover}}
  __defer elsewhere(n); // expected-note {{this call may panic or recover}}
}

// No `__defer`: nothing to register.
// CHECK-LABEL: define {{.*}} @plain(
// CHECK-NOT:     __cdefer_pframe_push
// CHECK:         ret
void plain(int n) { elsewhere(n); }

// Without <cdefer.h> the unit still takes part: panic=register implies
// panic=on.
