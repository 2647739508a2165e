// A deferred block that spells a variably modified type whose size names a
// variable of the function: a pointer to a VLA, a cast to one, typeof of one.
// Valid (k is an outermost local, SPEC 2.5); the size must be read from the
// function's k, not from a static `@gN.k` that CodeGen invents when the
// outlined code names a local it does not own.
// XFAIL: *
// Not supported yet (noted on the core issue): a variably modified type inside a deferred block whose size names a function variable is rejected with an error today.
// RUN: %cdefer_cc -S -emit-llvm -o - %s | FileCheck %s
// RUN: %cdefer_cc -O2 -c -o /dev/null %s
// CHECK-NOT: @g{{[0-9]}}.k

void f(int);

void g1(int n) {
  int k = n;
  __defer { int (*p)[k] = 0; f((int)sizeof(*p)); }
}

void g2(int n) {
  int k = n;
  __defer { f((int)sizeof(*(int (*)[k])0)); }
}

void g3(int n) {
  int k = n;
  __defer { typeof(int[k]) *q = 0; f((int)sizeof(*q)); }
}
