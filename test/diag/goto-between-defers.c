// A `goto` from one deferred statement into another both leaves one S and
// enters the other: one error, a note at each `__defer`.
// RUN: %cdefer_cc -fsyntax-only -Xclang -verify %s
// RUN: not %cdefer_cc -fno-caret-diagnostics -c -o /dev/null %s 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not="Stack dump"

void f(int);

void g(void) {
  __defer { // expected-note {{jump exits a '__defer' statement}} expected-note {{jump enters a '__defer' statement}}
    goto cross1; // expected-error {{cannot jump from this goto statement to its label}}
  cross2:
    f(2);
  }
  __defer { // expected-note {{jump exits a '__defer' statement}} expected-note {{jump enters a '__defer' statement}}
    goto cross2; // expected-error {{cannot jump from this goto statement to its label}}
  cross1:
    f(1);
  }
  // CHECK: goto-between-defers.c:[[@LINE-9]]:5: error: cannot jump from this goto statement to its label
  // CHECK-NEXT: goto-between-defers.c:[[@LINE-11]]:3: note: jump exits a '__defer' statement
  // CHECK-NEXT: goto-between-defers.c:[[@LINE-7]]:3: note: jump enters a '__defer' statement
  // CHECK: goto-between-defers.c:[[@LINE-7]]:5: error: cannot jump from this goto statement to its label
  // CHECK-NEXT: goto-between-defers.c:[[@LINE-9]]:3: note: jump exits a '__defer' statement
  // CHECK-NEXT: goto-between-defers.c:[[@LINE-15]]:3: note: jump enters a '__defer' statement
}
