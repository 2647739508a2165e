// Not working yet: in preprocessed input (`gcc -E` then `gcc x.i`, or
// -save-temps) a `__defer` in an unevaluated operand is dropped without an
// error. libcpp expands no macro in preprocessed input (prevent_expansion),
// so it never asks the plugin about the marker's name (MarkerUses.cc), and
// the front end has folded the operand away before any plugin hook.
// REQUIRES: gcc-plugin
// XFAIL: *
// RUN: rm -rf %t && mkdir -p %t && cd %t
// RUN: not env LC_ALL=C %gcc_cc -save-temps -fsyntax-only %s 2>&1 | FileCheck %s

void f(int);

unsigned long in_sizeof(void) {
  return sizeof(({ __defer f(1); 1; }));
  // CHECK: error: '__defer' in an operand that is never evaluated has no effect
}
