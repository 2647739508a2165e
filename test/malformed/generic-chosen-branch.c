// `__defer` in the association a _Generic chooses is evaluated: valid, in
// both forms.
// RUN: %cdefer_cc -c -o /dev/null %s
// RUN: %cdefer_cc -O2 -c -o /dev/null %s

void f(int);

int g(int x) {
  int a = _Generic(x, int: ({ __defer f(x); 1; }), default: 2);
  int b = _Generic(1.0, int: 0, double: ({ __defer { f(x); } 3; }));
  return a + b;
}
