// `#undef __defer`: the word is an undeclared identifier again, an error from
// Clang, and the plugin has nothing to do.
// RUN: not %cdefer_cc -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not="Stack dump"

#undef __defer
void f(int);

void g(void) {
  __defer f(1);
  // CHECK: undef-defer.c:[[@LINE-1]]:3: error: use of undeclared identifier '__defer'
}
