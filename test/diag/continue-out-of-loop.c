// A `continue` in a deferred statement that would leave it is an error
// (SPEC 2.7), also from inside a switch in S (a switch does not catch it).
// RUN: %cdefer_cc -fsyntax-only -Xclang -verify %{cdefer_arg}Wno-loop %s
// RUN: not %cdefer_cc -fno-caret-diagnostics %{cdefer_arg}Wno-loop -c -o /dev/null %s 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not="Stack dump"

void f(int);

void in_for(int n) {
  for (int i = 0; i < n; i++) {
    __defer { // expected-note {{'__defer' statement begins here}}
      if (n == 2)
        continue; // expected-error {{cannot continue loop outside of enclosing '__defer' statement}}
      f(n);
    }
  }
  // CHECK: continue-out-of-loop.c:[[@LINE-4]]:9: error: cannot continue loop outside of enclosing '__defer' statement
  // CHECK-NEXT: continue-out-of-loop.c:[[@LINE-7]]:5: note: '__defer' statement begins here
}

void bare(int n) {
  while (n--)
    __defer continue; // expected-error {{cannot continue loop outside of enclosing '__defer' statement}} expected-note {{'__defer' statement begins here}}
}

void from_switch_in_s(int n) {
  do {
    __defer { // expected-note {{'__defer' statement begins here}}
      switch (n) {
      case 1:
        continue; // expected-error {{cannot continue loop outside of enclosing '__defer' statement}}
      }
    }
  } while (n--);
}

void no_loop_around(void) {
  __defer { continue; } // expected-error {{cannot continue loop outside of enclosing '__defer' statement}} expected-note {{'__defer' statement begins here}}
}
