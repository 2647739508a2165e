// A `goto` in a deferred statement to a label after the `__defer` would
// leave S (SPEC 2.7): an error at the goto, a note at the `__defer`.
// RUN: %cdefer_cc -fsyntax-only -Xclang -verify %s
// RUN: not %cdefer_cc -fno-caret-diagnostics -c -o /dev/null %s 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not="Stack dump"

void f(int);

void g(int x) {
  __defer { // expected-note {{jump exits a '__defer' statement}}
    if (x)
      goto out; // expected-error {{cannot jump from this goto statement to its label}}
    f(x);
  }
  // CHECK: goto-out-forward.c:[[@LINE-3]]:7: error: cannot jump from this goto statement to its label
  // CHECK-NEXT: goto-out-forward.c:[[@LINE-6]]:3: note: jump exits a '__defer' statement
  // CHECK-NEXT: {{.*}}: error: cannot jump from this goto statement to its label
  f(1);
out:
  f(2);
}

// Out of a nested block of S, and with the label in a nested block of the
// function: still out of S.
void nested(int x) {
  __defer { // expected-note {{jump exits a '__defer' statement}}
    {
      if (x) {
        goto out; // expected-error {{cannot jump from this goto statement to its label}}
      }
    }
  }
  {
  out:
    f(3);
  }
}
