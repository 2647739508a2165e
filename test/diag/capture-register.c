// A deferred block refers to variables, not values, so it needs their
// address: a `register` variable (whose address cannot be taken) is an error,
// wherever it is declared. The call form copies the value and is fine.
// RUN: %cdefer_cc -fsyntax-only -Xclang -verify %s
// RUN: not %cdefer_cc -fno-caret-diagnostics -c -o /dev/null %s 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not="Stack dump"

void f(int);

void g(void) {
  register int r = 1;
  __defer { f(r); } // expected-error {{deferred statement cannot refer to 'register' variable 'r'}}
  // CHECK: capture-register.c:[[@LINE-1]]:15: error: deferred statement cannot refer to 'register' variable 'r'
  __defer f(r);
}

void parameter(register int p) {
  __defer { f(p); } // expected-error {{deferred statement cannot refer to 'register' variable 'p'}}
  __defer f(p);
}
