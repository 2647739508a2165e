// Two C functions of the same name, made distinct by
// __attribute__((overloadable)), each with a `__defer`: the code outlined
// from each must get distinct symbols.
// RUN: %cdefer_cc -c -o /dev/null %s
// RUN: %cdefer_cc -O2 -c -o /dev/null %s

void f(int);

__attribute__((overloadable)) void g(int x) { __defer f(x); }
__attribute__((overloadable)) void g(double x) { __defer f((int)x); }
__attribute__((overloadable)) void g(int x, int y) { __defer { f(x + y); } }
