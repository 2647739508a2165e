// A deferred "call" of something that is not a function: an int, a struct,
// a pointer to data.
// RUN: not %cdefer_cc -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not="Stack dump"

struct S { int a; } s;

void g(int *p) {
  int x = 0;
  __defer x(1);
  // CHECK: call-of-non-function.c:[[@LINE-1]]:12: error: called object type 'int' is not a function or function pointer
  __defer s(1);
  // CHECK: call-of-non-function.c:[[@LINE-1]]:12: error: called object type 'struct S' is not a function or function pointer
  __defer p();
  // CHECK: call-of-non-function.c:[[@LINE-1]]:12: error: called object type 'int *' is not a function or function pointer
}
