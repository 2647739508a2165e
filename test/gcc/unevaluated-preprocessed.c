// In preprocessed input (`gcc -E` then `gcc x.i`, or -save-temps) libcpp
// expands no macro, so the GCC plugin learns of each marker from the lexer
// instead (plugin/gcc/MarkerUses.cc): a `__defer` the front end folded away
// with an operand it never evaluates is the same error as in a .c file.
// Evaluated ones are no error, nor is the marker's name in a string.
// REQUIRES: gcc-plugin
// RUN: rm -rf %t && mkdir -p %t && cd %t
// RUN: %gcc -E -I%cdefer_include %s -o %t/pre.i
// RUN: not env LC_ALL=C %gcc_cc -fdiagnostics-plain-output -fsyntax-only %t/pre.i 2>&1 \
// RUN:   | %gcc_verify %s
// RUN: not env LC_ALL=C %gcc_cc -fdiagnostics-plain-output -save-temps -fsyntax-only %s 2>&1 \
// RUN:   | %gcc_verify %s
// With -dD the .i keeps the #define in evaluated(), whose tokens are lexed.
// RUN: %gcc -E -dD -I%cdefer_include %s -o %t/defines.i
// RUN: not env LC_ALL=C %gcc_cc -fdiagnostics-plain-output -fsyntax-only %t/defines.i 2>&1 \
// RUN:   | %gcc_verify %s
// And from `gcc -E` with the plugin, which defines `__defer` itself.
// RUN: %gcc_cc -E -DNO_HEADER %s -o %t/plugin.i
// RUN: not env LC_ALL=C %gcc_cc -fdiagnostics-plain-output -fsyntax-only %t/plugin.i 2>&1 \
// RUN:   | %gcc_verify %s
#ifndef NO_HEADER
#include <cdefer.h>
#endif

void f(int);
int puts(const char *);

unsigned long in_sizeof(void) {
  return sizeof(({ __defer f(1); 1; })); // expected-error {{'__defer' in an operand that is never evaluated has no effect}}
}

unsigned long in_alignof(void) {
  return __alignof__(({ __defer f(2); 1; })); // expected-error {{'__defer' in an operand that is never evaluated has no effect}}
}

void in_typeof(void) {
  __typeof__(({ __defer f(3); 1; })) x = 0; // expected-error {{'__defer' in an operand that is never evaluated has no effect}}
  (void)x;
}

int in_generic_unselected(void) {
  return _Generic(1, int: 2, default: ({ __defer f(4); 3; })); // expected-error {{'__defer' in an operand that is never evaluated has no effect}}
}

// Evaluated: no error.
int in_generic_selected(void) {
  return _Generic(1, int: ({ __defer f(5); 2; }), default: 3);
}

void evaluated(int n) {
  __defer f(6);
  __defer { f(n); }
  (void)({ __defer f(7); 1; });
  puts("__cdefer_marker_requires_the_cdefer_plugin()");
#define MARKER_IN_DEFINE __cdefer_marker_requires_the_cdefer_plugin()
}
