// A misuse written in a macro argument is reported where it is written, as
// Clang does for its own errors (`use of undeclared identifier` in a macro
// argument points into the argument), not at the start of the macro call.
// RUN: not %cdefer_cc -fno-caret-diagnostics -fsyntax-only %s 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not="Stack dump"

void f(int);
#define ON_EXIT(s) __defer { s }
#define CLEANUP(v) ON_EXIT(f(v);)

void g(int x) {
  {
    int inner = 1;
    ON_EXIT(f(1); f(inner);)
    // CHECK: macro-argument-location.c:[[@LINE-1]]:21: error: deferred statement refers to 'inner', which does not live until 'g' returns
    // CHECK-NEXT: macro-argument-location.c:[[@LINE-3]]:9: note: 'inner' is declared here, in a block that ends before 'g' returns
    // CHECK-NEXT: macro-argument-location.c:[[@LINE-3]]:5: note: to use its value, defer a call instead: the arguments of '__defer fn(inner);' are evaluated when the '__defer' runs
    CLEANUP(inner);
    // CHECK: macro-argument-location.c:[[@LINE-1]]:13: error: deferred statement refers to 'inner', which does not live until 'g' returns
  }
  ON_EXIT(if (x) return;)
  // CHECK: macro-argument-location.c:[[@LINE-1]]:18: error: cannot return from a '__defer' statement
  // CHECK-NEXT: macro-argument-location.c:[[@LINE-2]]:3: note: '__defer' statement begins here
}
