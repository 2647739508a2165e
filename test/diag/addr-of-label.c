// Taking the address of a label that is inside a deferred statement from
// outside it is the first half of a jump into S (SPEC 2.7: a label in S used
// from outside). Error names the label; note at the `__defer`.
// RUN: %cdefer_cc -fsyntax-only -Xclang -verify %s
// RUN: not %cdefer_cc -fno-caret-diagnostics -c -o /dev/null %s 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not="Stack dump"

void f(int);
void *saved;

void g(void) {
  __defer { // expected-note {{jump enters a '__defer' statement}}
  inside:
    f(1);
  }
  saved = &&inside; // expected-error {{cannot take the address of label 'inside' across a '__defer' statement}}
  // CHECK: addr-of-label.c:[[@LINE-1]]:13: error: cannot take the address of label 'inside' across a '__defer' statement
  // CHECK-NEXT: addr-of-label.c:[[@LINE-6]]:3: note: jump enters a '__defer' statement
}

// From another deferred statement is outside too.
void other_defer(void) {
  __defer { // expected-note {{jump enters a '__defer' statement}}
  inside:
    f(2);
  }
  __defer { saved = &&inside; } // expected-error {{cannot take the address of label 'inside' across a '__defer' statement}} expected-note {{jump exits a '__defer' statement}}
}

// Not OK: `goto *saved` from outside could then enter S. The address of a
// label inside S cannot be taken at all (`goto *` inside S is an error too).
void address_inside(void) {
  __defer { // expected-note {{jump enters a '__defer' statement}}
  here:
    saved = &&here; // expected-error {{cannot take the address of label 'here' across a '__defer' statement}}
  }
}
