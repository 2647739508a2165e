// A deferred block may refer only to variables alive at every function exit
// (SPEC 2.5). Naming a local of an inner block is an error that names the
// variable and the function, with a note at the declaration and a note at
// the `__defer` suggesting the call form. The call form with the same
// variable is fine: it copies the value when the `__defer` runs.
// RUN: %cdefer_cc -fsyntax-only -Xclang -verify %s
// RUN: not %cdefer_cc -fno-caret-diagnostics -c -o /dev/null %s 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not="Stack dump"

void f(int);

void read_all(int n) {
  if (n) {
    int fd = n + 1; // expected-note {{'fd' is declared here, in a block that ends before 'read_all' returns}}
    __defer { f(fd); } // expected-error {{deferred statement refers to 'fd', which does not live until 'read_all' returns}} \
                          expected-note {{to use its value, defer a call instead: the arguments of '__defer fn(fd);' are evaluated when the '__defer' runs}}
    // CHECK: capture-inner-local.c:[[@LINE-2]]:17: error: deferred statement refers to 'fd', which does not live until 'read_all' returns
    // CHECK-NEXT: capture-inner-local.c:[[@LINE-4]]:9: note: 'fd' is declared here, in a block that ends before 'read_all' returns
    // CHECK-NEXT: capture-inner-local.c:[[@LINE-4]]:5: note: to use its value, defer a call instead: the arguments of '__defer fn(fd);' are evaluated when the '__defer' runs
    __defer f(fd);
    __defer (void)f(fd);
  }
}

// One error per variable per deferred statement, at its first use.
void twice(void) {
  {
    int a = 1; // expected-note {{'a' is declared here, in a block that ends before 'twice' returns}}
    int b = 2; // expected-note {{'b' is declared here, in a block that ends before 'twice' returns}}
    __defer { // expected-note {{to use its value, defer a call instead: the arguments of '__defer fn(a);' are evaluated when the '__defer' runs}} \
                 expected-note {{to use its value, defer a call instead: the arguments of '__defer fn(b);' are evaluated when the '__defer' runs}}
      f(a); // expected-error {{deferred statement refers to 'a', which does not live until 'twice' returns}}
      f(a + b); // expected-error {{deferred statement refers to 'b', which does not live until 'twice' returns}}
      a = 3;
    }
  }
}

// A variable of a for-init clause, or of a loop body, dies with the loop.
void loop_variable(int n) {
  for (int i = 0; i < n; i++) { // expected-note {{'i' is declared here, in a block that ends before 'loop_variable' returns}}
    // expected-warning@+1 {{'__defer' inside a loop: its runs pile up until 'loop_variable' returns}}
    __defer { f(i); } // expected-error {{deferred statement refers to 'i', which does not live until 'loop_variable' returns}} \
                         expected-note {{to use its value, defer a call instead: the arguments of '__defer fn(i);' are evaluated when the '__defer' runs}}
  } // expected-note@-4 {{loop is here}}
}

// Assignment through the name is a reference too.
void assigned(void) {
  {
    int status; // expected-note {{'status' is declared here, in a block that ends before 'assigned' returns}}
    __defer status = 0; // expected-error {{deferred statement refers to 'status', which does not live until 'assigned' returns}} \
                           expected-note {{to use its value, defer a call instead: the arguments of '__defer fn(status);' are evaluated when the '__defer' runs}}
  }
}
