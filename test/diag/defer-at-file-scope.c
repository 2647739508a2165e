// `__defer` exists only inside a function body (SPEC 2.1, 5). At file scope
// Clang's parser rejects the `for` the macro expands to before the plugin
// sees anything; the plugin rewords that error, at the `__defer`, without the
// macro expansion note.
// RUN: %cdefer_cc -fsyntax-only -Xclang -verify %s
// RUN: not %cdefer_cc -fno-caret-diagnostics -fsyntax-only %s 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not="Stack dump" --implicit-check-not="expanded from macro"

void f(int);

__defer f(1); // expected-error {{'__defer' is only allowed inside a function body}}
// CHECK: defer-at-file-scope.c:[[@LINE-1]]:1: error: '__defer' is only allowed inside a function body

  __defer { f(2); } // expected-error {{'__defer' is only allowed inside a function body}}
// CHECK: defer-at-file-scope.c:[[@LINE-1]]:3: error: '__defer' is only allowed inside a function body

// In an initializer the parser objects to the statement expression first,
// in its own words (Clang's, or GCC's).
int x = ({ __defer f(3); 0; }); // expected-error-re {{{{statement expression not allowed at file scope|braced-group within expression allowed only inside a function}}}}
// CHECK: defer-at-file-scope.c:[[@LINE-1]]:9: error: {{statement expression not allowed at file scope|braced-group within expression allowed only inside a function}}

void g(void) {
  __defer f(4);
}
