// cdefer_recover only stops a panic when the deferred code calls it while
// the panic runs that code (SPEC 4). Two spellings can never do that, and
// are warned about: deferring cdefer_recover itself (Go's `defer recover()`),
// and cdefer_recover() among a deferred call's arguments, which are
// evaluated when the `__defer` runs (SPEC 2.4). Calling it from a deferred
// block, or from a function the call form names, draws no warning.
// UNSUPPORTED: cdefer-gcc
// RUN: %cdefer_cc -fsyntax-only -Xclang -verify %s
// RUN: %cdefer_cc -Werror -fsyntax-only -Xclang -verify=werror %s
#include <cdefer.h>
#include <stdio.h>

static void report(void *v) { printf("%p\n", v); }
static void recover_and_report(void) { report(cdefer_recover()); }

void f(void) {
  __defer cdefer_recover(); // expected-warning {{deferring 'cdefer_recover' itself never recovers a panic; call it from the deferred code: '__defer { cdefer_recover(); }'}} werror-error {{deferring 'cdefer_recover' itself never recovers}}
  __defer report(cdefer_recover()); // expected-warning {{'cdefer_recover' in the arguments of a deferred call runs when the '__defer' does, not during a panic; it returns NULL}} werror-error {{'cdefer_recover' in the arguments of a deferred call}}
  __defer (void)cdefer_recover(); // expected-warning {{deferring 'cdefer_recover' itself never recovers}} werror-error {{deferring 'cdefer_recover' itself never recovers}}
  __defer { report(cdefer_recover()); }
  __defer recover_and_report();
  cdefer_panic("x");
}
