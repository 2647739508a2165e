// A `return` inside a deferred statement is an error (SPEC 2.7): S runs when
// the function is already returning. The note points at the `__defer`.
// RUN: %cdefer_cc -fsyntax-only -Xclang -verify %s
// The error stops a real compile, at the exact line and column of both ends.
// RUN: not %cdefer_cc -fno-caret-diagnostics -c -o /dev/null %s 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not="Stack dump"

void f(int);

void in_block(int x) {
  __defer { // expected-note {{'__defer' statement begins here}}
    if (x)
      return; // expected-error {{cannot return from a '__defer' statement}}
    f(x);
  }
  // CHECK: return.c:[[@LINE-3]]:7: error: cannot return from a '__defer' statement
  // CHECK-NEXT: return.c:[[@LINE-6]]:3: note: '__defer' statement begins here
}

int with_value(int x) {
  __defer { // expected-note {{'__defer' statement begins here}}
    { { return x; } } // expected-error {{cannot return from a '__defer' statement}}
  }
  // CHECK: return.c:[[@LINE-2]]:9: error: cannot return from a '__defer' statement
  // CHECK-NEXT: return.c:[[@LINE-4]]:3: note: '__defer' statement begins here
  return 0;
}

void bare(void) {
  __defer return; // expected-error {{cannot return from a '__defer' statement}} expected-note {{'__defer' statement begins here}}
  // CHECK: return.c:[[@LINE-1]]:11: error: cannot return from a '__defer' statement
  // CHECK-NEXT: return.c:[[@LINE-2]]:3: note: '__defer' statement begins here
}

// In the call form, a statement expression among the arguments runs when the
// `__defer` executes, but it is still part of S.
void in_call_argument(int x) {
  __defer f(({ if (x) return; 1; })); // expected-error {{cannot return from a '__defer' statement}} expected-note {{'__defer' statement begins here}}
  // CHECK: return.c:[[@LINE-1]]:23: error: cannot return from a '__defer' statement
  // CHECK-NEXT: return.c:[[@LINE-2]]:3: note: '__defer' statement begins here
}
