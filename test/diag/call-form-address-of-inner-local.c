// The call form copies its arguments, but a copied pointer to a local of an
// inner block dangles by the time the call runs. Legal C, so a warning at the
// argument, with a note at the declaration; outermost locals are fine.
// RUN: %cdefer_cc -fsyntax-only -Xclang -verify %s
// RUN: %cdefer_cc -fno-caret-diagnostics -fsyntax-only %s 2>&1 | FileCheck %s

void use(int *);
void use_chars(char *);

void g(void) {
  int outer = 0;
  char outer_buf[8];
  __defer use(&outer);
  __defer use_chars(outer_buf);
  {
    int inner = 1; // expected-note 2 {{'inner' is declared here, in a block that ends before 'g' returns}}
    __defer use(&inner); // expected-warning {{deferred call takes the address of 'inner', which does not live until 'g' returns}}
    // CHECK: call-form-address-of-inner-local.c:[[@LINE-1]]:18: warning: deferred call takes the address of 'inner', which does not live until 'g' returns
    // CHECK-NEXT: call-form-address-of-inner-local.c:[[@LINE-3]]:9: note: 'inner' is declared here, in a block that ends before 'g' returns
    __defer use(&(inner)); // expected-warning {{deferred call takes the address of 'inner', which does not live until 'g' returns}}
  }
  {
    char buf[16]; // expected-note {{'buf' is declared here, in a block that ends before 'g' returns}}
    __defer use_chars(buf); // expected-warning {{deferred call takes the address of 'buf', which does not live until 'g' returns}}
  }
}
