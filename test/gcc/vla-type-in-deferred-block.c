// Where the GCC plugin differs from Clang's: a deferred block that declares
// something of the type of a VLA of the function (`typeof (a) *p`) is an
// error, where Clang accepts it. The outlined block would evaluate that
// type's size (its SAVE_EXPRs) once more, in another function: GCC crashed
// at -O0 in the runtime tiers (plugin/gcc/Captures.cc forEachVLAUse).
// A pointer of the array's element type is fine.
// REQUIRES: gcc-plugin
// RUN: not env LC_ALL=C %gcc_cc -fdiagnostics-plain-output -fsyntax-only %s 2>&1 \
// RUN:   | %gcc_verify %s
// RUN: %gcc_cc -fplugin-arg-cdefer_gcc-tier=frame -c -DVALID %s -o %t.o

void use(const void *);

#ifndef VALID
void type_of_array(int n) {
  int a[n];
  a[0] = 1;
  __defer { __typeof__(a) *p = 0; use(p); } // expected-error {{deferred statement cannot refer to 'a' of variably modified type 'int[n]'}} \
                                               expected-note {{to use its value, defer a call instead: the arguments of '__defer fn(a);' are evaluated when the '__defer' runs}}
}
#endif

void element_pointer(int n) {
  int a[n];
  a[0] = 1;
  __defer { __typeof__(a[0]) *p = a; use(p); }
}
