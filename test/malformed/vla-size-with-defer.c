// `__defer` inside the size expression of a variable-length array: the size is
// evaluated at run time, so the `__defer` registers like any other. Valid.
// RUN: %cdefer_cc -c -o /dev/null %s
// RUN: %cdefer_cc -O2 -c -o /dev/null %s

void f(int);

int g(int n) {
  int a[({ __defer f(1); n; })];
  typedef int T[({ __defer f(2); n + 1; })];
  T b;
  a[0] = b[0] = n;
  return a[0] + b[0] + (int)sizeof(int[({ __defer f(3); n; })]);
}
