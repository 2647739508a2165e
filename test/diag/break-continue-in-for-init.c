// The init clause of a for loop written inside a deferred statement is not
// part of that loop: Clang binds a `break` or `continue` there to the
// enclosing loop, which here is the one `__defer` expands to. So it leaves S
// and must be an error like any other (SPEC 2.7). (The cond and increment
// clauses bind to the loop itself in Clang: those stay inside S.)
// RUN: %cdefer_cc -fsyntax-only -Xclang -verify %s
// RUN: not %cdefer_cc -fno-caret-diagnostics -c -o /dev/null %s 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not="Stack dump"

void f(int);

void break_in_init(void) {
  __defer { // expected-note {{'__defer' statement begins here}}
    for (int i = ({ break; 0; }); i < 2; i++) // expected-error {{cannot break out of a '__defer' statement}}
      f(i);
  }
  // CHECK: break-continue-in-for-init.c:[[@LINE-3]]:21: error: cannot break out of a '__defer' statement
}

void continue_in_init(void) {
  __defer { // expected-note {{'__defer' statement begins here}}
    for ((void)({ continue; 0; }); ;) // expected-error {{cannot continue loop outside of enclosing '__defer' statement}}
      f(1);
  }
  // CHECK: break-continue-in-for-init.c:[[@LINE-3]]:19: error: cannot continue loop outside of enclosing '__defer' statement
}
