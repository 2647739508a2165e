// A `__defer` inside a deferred statement is an error (SPEC 2.7): it would
// register while the function is already returning. The note points at the
// enclosing `__defer`.
// RUN: %cdefer_cc -fsyntax-only -Xclang -verify %s
// RUN: not %cdefer_cc -fno-caret-diagnostics -c -o /dev/null %s 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not="Stack dump"

void f(int);

void direct(void) {
  __defer __defer f(1); // expected-error {{'__defer' cannot appear inside a deferred statement}} expected-note {{enclosing '__defer' is here}}
  // CHECK: nested-defer.c:[[@LINE-1]]:11: error: '__defer' cannot appear inside a deferred statement
  // CHECK-NEXT: nested-defer.c:[[@LINE-2]]:3: note: enclosing '__defer' is here
}

void in_block(int x) {
  __defer { // expected-note {{enclosing '__defer' is here}}
    if (x) {
      __defer f(2); // expected-error {{'__defer' cannot appear inside a deferred statement}}
    }
  }
}

// In a statement expression among a deferred call's arguments.
void in_argument(void) {
  __defer f(({ __defer f(3); 3; })); // expected-error {{'__defer' cannot appear inside a deferred statement}} expected-note {{enclosing '__defer' is here}}
}

// Three deep: each inner one is reported against its immediate enclosing one.
void three_deep(void) {
  __defer { // expected-note {{enclosing '__defer' is here}}
    __defer { // expected-error {{'__defer' cannot appear inside a deferred statement}} expected-note {{enclosing '__defer' is here}}
      __defer f(4); // expected-error {{'__defer' cannot appear inside a deferred statement}}
    }
  }
}
