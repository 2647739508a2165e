// Found by test/fuzz/mutate.py (a mutant of test/malformed/marker-misuse.c).
// A block-scope redeclaration of the marker with another type, after a
// `__defer` in the same function, made the GCC plugin skip the function
// without a word: GCC compiled it (exit 0) and the object still called
// __cdefer_marker_requires_the_cdefer_plugin, so the user got an undefined
// reference at link time instead of an error. Clang reports "conflicting
// types for '__cdefer_marker_requires_the_cdefer_plugin'". The GCC plugin
// of the work tree with plugin/gcc/MarkerUses.cc reports an error (today
// "'__defer' in an operand that is never evaluated has no effect", at the
// redeclaration: an error, if not the clearest one).
// REQUIRES: gcc-plugin
// RUN: not %gcc_cc -S %s -o %t.s

void f(int);

void g(void) {
  __defer f(1);
  int __cdefer_marker_requires_the_cdefer_plugin(int);
}
