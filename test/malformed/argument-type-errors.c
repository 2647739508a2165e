// Deferred calls whose arguments do not convert: void, an incomplete struct,
// the address of a bit-field.
// RUN: not %cdefer_cc -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not="Stack dump"

struct T;
struct B { int bf : 3; };
void f(int);
void take_t(struct T);
void take_p(int *);

void g(struct T *t, struct B b) {
  __defer f((void)0);
  // CHECK: argument-type-errors.c:[[@LINE-1]]:13: error: passing 'void' to parameter of incompatible type 'int'
  __defer take_t(*t);
  // CHECK: argument-type-errors.c:[[@LINE-1]]:18: error: argument type 'struct T' is incomplete
  __defer take_p(&b.bf);
  // CHECK: argument-type-errors.c:[[@LINE-1]]:18: error: address of bit-field requested
}
