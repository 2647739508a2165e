// The plugin is for C: this file compiled as C++ (-x c++), with templates, a
// lambda, a member function and try, is refused up front, never a crash.
// RUN: not %cdefer_cc -x c++ -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not="Stack dump"

// CHECK: error: the cdefer plugin supports C only; '__defer' is not available in C++
void f(int);
template <class T> void t(T x) { __defer f(x); __defer { f(x); } }
struct S { ~S(); void m() { __defer f(4); } };
void g() {
  t(1);
  auto l = [] { __defer f(2); };
  l();
  __defer { f(3); }
  S s;
  __defer { s.m(); }
  try { __defer f(5); } catch (...) {}
}
