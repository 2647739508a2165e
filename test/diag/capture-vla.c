// A deferred block naming a variably modified local of an inner block: the
// array is gone (its storage popped) before the function returns. Error at
// the use, naming the variable and its type.
// RUN: %cdefer_cc -fsyntax-only -Xclang -verify %s
// RUN: not %cdefer_cc -fno-caret-diagnostics -c -o /dev/null %s 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not="Stack dump"

void f(int);

void g(int n) {
  if (n > 0) {
    int a[n];
    a[0] = n;
    __defer { f(a[0]); } // expected-error {{deferred statement cannot refer to 'a' of variably modified type 'int[n]'}} \
                            expected-note {{to use its value, defer a call instead: the arguments of '__defer fn(a);' are evaluated when the '__defer' runs}}
    // CHECK: capture-vla.c:[[@LINE-2]]:17: error: deferred statement cannot refer to 'a' of variably modified type 'int[n]'
  }
}

// A pointer to a VLA type is variably modified too.
void pointer(int n, int *base) {
  {
    int (*rows)[n] = (int (*)[n])base;
    __defer { f(rows[0][0]); } // expected-error {{deferred statement cannot refer to 'rows' of variably modified type 'int (*)[n]'}} \
                                  expected-note {{to use its value, defer a call instead: the arguments of '__defer fn(rows);' are evaluated when the '__defer' runs}}
  }
}

// A VLA of the outermost block may be indexed, passed on and measured by a
// deferred block (run/vla-block-form.c), not have its address taken: `&a`
// has a variably modified type the deferred block could not spell.
void use_ptr(void *);
void address_of_outermost(int n) {
  int a[n];
  a[0] = n;
  __defer { use_ptr(&a); } // expected-error {{deferred statement cannot refer to 'a' of variably modified type 'int[n]'}} \
                              expected-note {{to use its value, defer a call instead: the arguments of '__defer fn(a);' are evaluated when the '__defer' runs}}
  // CHECK: capture-vla.c:[[@LINE-2]]:22: error: deferred statement cannot refer to 'a' of variably modified type 'int[n]'
}

// Only the size of an inner block's VLA: GCC keeps no reference to `b` in
// `sizeof(b) * 2`, only the saved bound; it is the same error.
void sizeof_of_inner(int n) {
  {
    int b[n];
    b[0] = n;
    __defer { f((int)(sizeof(b) * 2)); } // expected-error {{deferred statement cannot refer to 'b' of variably modified type 'int[n]'}} \
                                            expected-note {{to use its value, defer a call instead: the arguments of '__defer fn(b);' are evaluated when the '__defer' runs}}
  }
}
