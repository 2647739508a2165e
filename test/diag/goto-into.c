// A `goto` from outside a deferred statement to a label inside it would run
// part of S at the wrong time (SPEC 2.7): an error at the goto, a note at the
// `__defer` it enters. Both directions.
// RUN: %cdefer_cc -fsyntax-only -Xclang -verify %s
// RUN: not %cdefer_cc -fno-caret-diagnostics -c -o /dev/null %s 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not="Stack dump"

void f(int);

void forward(int x) {
  if (x)
    goto inside; // expected-error {{cannot jump from this goto statement to its label}}
  // CHECK: goto-into.c:[[@LINE-1]]:5: error: cannot jump from this goto statement to its label
  // CHECK-NEXT: goto-into.c:[[@LINE+2]]:3: note: jump enters a '__defer' statement
  // CHECK-NEXT: {{.*}}: error: cannot jump from this goto statement to its label
  __defer { // expected-note {{jump enters a '__defer' statement}}
    f(1);
  inside:
    f(2);
  }
}

void backward(int x) {
  __defer { // expected-note {{jump enters a '__defer' statement}}
    {
    inside:
      f(3);
    }
  }
  if (x--)
    goto inside; // expected-error {{cannot jump from this goto statement to its label}}
}

// A label that is the whole deferred statement.
void label_is_s(int x) {
  __defer done: f(4); // expected-note {{jump enters a '__defer' statement}}
  if (x)
    goto done; // expected-error {{cannot jump from this goto statement to its label}}
}
