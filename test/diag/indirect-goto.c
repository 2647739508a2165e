// A computed goto inside a deferred statement could go anywhere, in S or out
// of it: an error (SPEC 2.7), note at the `__defer`.
// RUN: %cdefer_cc -fsyntax-only -Xclang -verify %s
// RUN: not %cdefer_cc -fno-caret-diagnostics -c -o /dev/null %s 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not="Stack dump"

void f(int);

void g(int x) {
  __defer { // expected-note {{'__defer' statement begins here}} expected-note 2 {{jump enters a '__defer' statement}}
    void *target = x ? &&one : &&two; // expected-error {{cannot take the address of label 'one' across a '__defer' statement}} expected-error {{cannot take the address of label 'two' across a '__defer' statement}}
    goto *target; // expected-error {{cannot use an indirect goto in a '__defer' statement}}
  one:
    f(1);
  two:
    f(2);
  }
  // CHECK: indirect-goto.c:[[@LINE-6]]:5: error: cannot use an indirect goto in a '__defer' statement
  // CHECK-NEXT: indirect-goto.c:[[@LINE-9]]:3: note: '__defer' statement begins here
}
