// A `break` in a deferred statement that would leave it (SPEC 2.7) is an
// error, even where a loop around the `__defer` gives it something to bind to.
// RUN: %cdefer_cc -fsyntax-only -Xclang -verify %{cdefer_arg}Wno-loop %s
// RUN: not %cdefer_cc -fno-caret-diagnostics %{cdefer_arg}Wno-loop -c -o /dev/null %s 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not="Stack dump"

void f(int);

void in_for(int n) {
  for (int i = 0; i < n; i++) {
    __defer { // expected-note {{'__defer' statement begins here}}
      if (n == 2)
        break; // expected-error {{cannot break out of a '__defer' statement}}
      f(n);
    }
  }
  // CHECK: break-out-of-loop.c:[[@LINE-4]]:9: error: cannot break out of a '__defer' statement
  // CHECK-NEXT: break-out-of-loop.c:[[@LINE-7]]:5: note: '__defer' statement begins here
}

void bare_in_while(int n) {
  while (n--)
    __defer break; // expected-error {{cannot break out of a '__defer' statement}} expected-note {{'__defer' statement begins here}}
  // CHECK: break-out-of-loop.c:[[@LINE-1]]:13: error: cannot break out of a '__defer' statement
  // CHECK-NEXT: break-out-of-loop.c:[[@LINE-2]]:5: note: '__defer' statement begins here
}

// With no loop around it, `break` would bind to the loop `__defer` expands
// to: still an error, not silently accepted.
void no_loop_around(void) {
  __defer { break; } // expected-error {{cannot break out of a '__defer' statement}} expected-note {{'__defer' statement begins here}}
}

// A loop inside S gives the break a target inside S only in its body.
void loop_inside_then_break(int n) {
  __defer { // expected-note {{'__defer' statement begins here}}
    for (int i = 0; i < n; i++)
      f(i);
    break; // expected-error {{cannot break out of a '__defer' statement}}
  }
}
