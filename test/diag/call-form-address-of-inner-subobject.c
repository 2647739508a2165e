// The dangling-pointer warning of call-form-address-of-inner-local.c, for
// the other ways C spells the address of an inner local: a member or element
// address, an explicit cast, pointer arithmetic on an array, an array
// converted to `void *`.
// (DeferChecks.cpp follows the pointer back to the variable: `pointee`.)
// RUN: %cdefer_cc -fsyntax-only -Xclang -verify %s

struct S { int a; int b[2]; };
void use(void *);

void g(void) {
  {
    struct S s; // expected-note 3 {{'s' is declared here, in a block that ends before 'g' returns}}
    int arr[4]; // expected-note 3 {{'arr' is declared here, in a block that ends before 'g' returns}}
    int x;      // expected-note {{'x' is declared here, in a block that ends before 'g' returns}}
    __defer use(&s.a);      // expected-warning {{deferred call takes the address of 's', which does not live until 'g' returns}}
    __defer use(s.b);       // expected-warning {{deferred call takes the address of 's', which does not live until 'g' returns}}
    __defer use(&s);        // expected-warning {{deferred call takes the address of 's', which does not live until 'g' returns}}
    __defer use(&arr[1]);   // expected-warning {{deferred call takes the address of 'arr', which does not live until 'g' returns}}
    __defer use(arr + 1);   // expected-warning {{deferred call takes the address of 'arr', which does not live until 'g' returns}}
    __defer use(arr);       // expected-warning {{deferred call takes the address of 'arr', which does not live until 'g' returns}}
    __defer use((void *)&x); // expected-warning {{deferred call takes the address of 'x', which does not live until 'g' returns}}
  }
}
