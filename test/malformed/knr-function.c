// `__defer` in a K&R-style (unprototyped) function definition, naming its
// parameters in both forms.
// RUN: %cdefer_cc -c -o /dev/null %s
// RUN: %cdefer_cc -O2 -c -o /dev/null %s

void f(int);

void g(a, b)
  int a;
  char *b;
{
  __defer f(a);
  __defer { f(a + *b); }
}
