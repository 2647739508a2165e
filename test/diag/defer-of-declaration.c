// `__defer` takes a statement that is not a declaration (SPEC 2.1, 5). Clang's
// parser rejects the declaration before the plugin sees the function; the
// plugin rewords that error to say what is wrong, at the `__defer`.
// RUN: %cdefer_cc -fsyntax-only -Xclang -verify %s
// RUN: not %cdefer_cc -fno-caret-diagnostics -fsyntax-only %s 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not="Stack dump" --implicit-check-not="expected expression"

void f(int);

void g(void) {
  __defer int x = 1; // expected-error {{a declaration cannot be deferred; '__defer' takes a statement such as a call or a '{ ... }' block}}
  // CHECK: defer-of-declaration.c:[[@LINE-1]]:3: error: a declaration cannot be deferred; '__defer' takes a statement such as a call or a '{ ... }' block
  __defer static int counter; // expected-error {{a declaration cannot be deferred; '__defer' takes a statement such as a call or a '{ ... }' block}}
  // CHECK: defer-of-declaration.c:[[@LINE-1]]:3: error: a declaration cannot be deferred
  __defer struct tag { int a; }; // expected-error {{a declaration cannot be deferred; '__defer' takes a statement such as a call or a '{ ... }' block}}
  // CHECK: defer-of-declaration.c:[[@LINE-1]]:3: error: a declaration cannot be deferred
  __defer typedef int T; // expected-error {{a declaration cannot be deferred; '__defer' takes a statement such as a call or a '{ ... }' block}}
  // CHECK: defer-of-declaration.c:[[@LINE-1]]:3: error: a declaration cannot be deferred
  __defer _Static_assert(1, "deferred assertion"); // expected-error {{a declaration cannot be deferred; '__defer' takes a statement such as a call or a '{ ... }' block}}
  // CHECK: defer-of-declaration.c:[[@LINE-1]]:3: error: a declaration cannot be deferred
  __defer
    const char *s = "on the next line"; // expected-error@-1 {{a declaration cannot be deferred; '__defer' takes a statement such as a call or a '{ ... }' block}}
  // CHECK: defer-of-declaration.c:[[@LINE-2]]:3: error: a declaration cannot be deferred
  f(0);
}
