// A `goto` whose label is in the same deferred statement is fine, forward or
// backward (the deferred code has its own control flow), and it does not make
// the `__defer` a loop. So is taking the address of such a label inside S.
// RUN: %cdefer_cc -fsyntax-only -Xclang -verify %s
// RUN: %cdefer_cc -c -o /dev/null %s
// RUN: %cdefer_cc -O2 -c -o /dev/null %s
// expected-no-diagnostics

void f(int);

void g(int x) {
  __defer {
  again:
    f(x);
    if (x-- > 0)
      goto again;
    if (x)
      goto done;
    {
      f(0);
    }
  done:
    f(1);
  }
  __defer {
    {
      goto inner;
    }
    f(2);
    {
    inner:
      f(3);
    }
  }
}
