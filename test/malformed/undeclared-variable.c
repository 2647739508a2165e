// A deferred statement naming a variable that does not exist: Clang leaves a
// recovery expression, which the capture check must walk without crashing.
// RUN: not %cdefer_cc -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not="Stack dump"

void f(int);

void g(void) {
  __defer { f(nosuch); }
  // CHECK: undeclared-variable.c:[[@LINE-1]]:15: error: use of undeclared identifier 'nosuch'
  __defer f(nosuch2 + 1);
  // CHECK: undeclared-variable.c:[[@LINE-1]]:13: error: use of undeclared identifier 'nosuch2'
  __defer nosuch3.field = 1;
  // CHECK: undeclared-variable.c:[[@LINE-1]]:11: error: use of undeclared identifier 'nosuch3'
  __defer f(1)(2);
  // CHECK: undeclared-variable.c:[[@LINE-1]]:15: error: called object type 'void' is not a function or function pointer
}
