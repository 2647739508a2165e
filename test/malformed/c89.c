/*
 * `__defer` under -std=c89 -pedantic -Werror: the injected declarations and
 * the expansion must be valid C89 (this file has no // comments for that
 * reason).
 *
 * RUN: %cdefer_cc -std=c89 -pedantic -Werror -c -o /dev/null %s
 * RUN: %cdefer_cc -std=c89 -pedantic -Werror -O2 -c -o /dev/null %s
 */
void f(int);

void g(int n) {
  int i;
  __defer f(n);
  __defer { f(n); }
  for (i = 0; i < n; i++)
    f(i);
}
