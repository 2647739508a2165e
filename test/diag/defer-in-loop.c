// A `__defer` inside a for, while or do loop registers once per iteration and
// runs only when the function returns: a warning (SPEC 5) at the `__defer`,
// with a note at the loop. -fplugin-arg-cdefer-Wno-loop silences it, and a
// later Wloop turns it back on.
// RUN: %cdefer_cc -fsyntax-only -Xclang -verify %s
// RUN: %cdefer_cc -fsyntax-only %{cdefer_arg}Wno-loop -Xclang -verify=silenced %s
// RUN: %cdefer_cc -fsyntax-only %{cdefer_arg}Wno-loop %{cdefer_arg}Wloop -Xclang -verify %s
// RUN: %cdefer_cc -fno-caret-diagnostics -fsyntax-only %s 2>&1 | FileCheck %s
// The warning does not stop compilation (the lowering picks the pooled tier).
// RUN: %cdefer_cc -c -o /dev/null %s
// silenced-no-diagnostics

void f(int);

void for_loop(int n) {
  for (int i = 0; i < n; i++) // expected-note {{loop is here}}
    __defer f(i); // expected-warning {{'__defer' inside a loop: its runs pile up until 'for_loop' returns}}
  // CHECK: defer-in-loop.c:[[@LINE-1]]:5: warning: '__defer' inside a loop: its runs pile up until 'for_loop' returns
  // CHECK-NEXT: defer-in-loop.c:[[@LINE-3]]:3: note: loop is here
}

void while_loop(int n) {
  while (n--) { // expected-note {{loop is here}}
    if (n & 1) {
      __defer f(n); // expected-warning {{'__defer' inside a loop: its runs pile up until 'while_loop' returns}}
    }
  }
}

void do_loop(int n) {
  do // expected-note {{loop is here}}
    __defer f(n); // expected-warning {{'__defer' inside a loop: its runs pile up until 'do_loop' returns}}
  while (n--);
}

// The note names the innermost loop.
void nested(int n) {
  for (int i = 0; i < n; i++)
    while (n--) // expected-note {{loop is here}}
      __defer f(i); // expected-warning {{'__defer' inside a loop: its runs pile up until 'nested' returns}}
}

// In a loop's condition or increment the `__defer` runs each iteration; in
// the init clause it runs once.
void clauses(int n) {
  for (int i = 0; ({ __defer f(i); i < n; }); i++) // expected-warning {{'__defer' inside a loop: its runs pile up until 'clauses' returns}} expected-note {{loop is here}}
    ;
  for ((void)({ __defer f(n); 0; }); n > 0; n--)
    ;
}

// Not in a loop: after it, or in a switch.
void not_loops(int n) {
  for (int i = 0; i < n; i++)
    f(i);
  __defer f(n);
  switch (n) {
  case 1:
    __defer f(1);
  }
}
