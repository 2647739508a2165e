// A `case` or `default` label inside a deferred statement that belongs to a
// switch outside it: the switch would jump into S (SPEC 2.7). Error at the
// label, note at the `__defer`.
// RUN: %cdefer_cc -fsyntax-only -Xclang -verify %s
// RUN: not %cdefer_cc -fno-caret-diagnostics -c -o /dev/null %s 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not="Stack dump"

void f(int);

void g(int x) {
  switch (x) {
  case 1:
    __defer { // expected-note {{jump enters a '__defer' statement}}
      f(1);
    case 2: // expected-error {{cannot jump from switch statement to this case label}}
      f(2);
    }
    break;
  }
  // CHECK: case-in-defer.c:[[@LINE-5]]:5: error: cannot jump from switch statement to this case label
  // CHECK-NEXT: case-in-defer.c:[[@LINE-8]]:5: note: jump enters a '__defer' statement
}

void dflt(int x) {
  switch (x) {
  case 1:
    __defer { // expected-note {{jump enters a '__defer' statement}}
      {
      default: // expected-error {{cannot jump from switch statement to this case label}}
        f(3);
      }
    }
  }
}

// The label is the deferred statement itself (clang's defer-ts.c f10).
void bare(int x) {
  switch (x) {
    __defer case 12: f(12); // expected-error {{cannot jump from switch statement to this case label}} expected-note {{jump enters a '__defer' statement}}
    __defer default: break; // expected-error {{cannot jump from switch statement to this case label}} expected-note {{jump enters a '__defer' statement}} \
                               expected-error {{cannot break out of a '__defer' statement}} expected-note {{'__defer' statement begins here}}
  }
}

// A label of the outer switch after a switch that is inside S.
void after_inner_switch(int x) {
  switch (x) {
    __defer { // expected-note {{jump enters a '__defer' statement}}
      switch (x + 1) {
      default:
        f(4);
      }
    case 5: // expected-error {{cannot jump from switch statement to this case label}}
      f(5);
    }
  }
}
