// A `goto` in a deferred statement to a label before the `__defer` would
// leave S (SPEC 2.7): an error at the goto, a note at the `__defer`.
// RUN: %cdefer_cc -fsyntax-only -Xclang -verify %s
// RUN: not %cdefer_cc -fno-caret-diagnostics -c -o /dev/null %s 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not="Stack dump"

void f(int);

void g(int x) {
  again:
  f(x);
  __defer { // expected-note {{jump exits a '__defer' statement}}
    if (x--)
      goto again; // expected-error {{cannot jump from this goto statement to its label}}
  }
  // CHECK: goto-out-backward.c:[[@LINE-2]]:7: error: cannot jump from this goto statement to its label
  // CHECK-NEXT: goto-out-backward.c:[[@LINE-5]]:3: note: jump exits a '__defer' statement
  // CHECK-NOT: note:
}
