// A `continue` of a loop written inside the deferred statement is fine, also
// from a switch inside that loop.
// RUN: %cdefer_cc -fsyntax-only -Xclang -verify %s
// RUN: %cdefer_cc -c -o /dev/null %s
// RUN: %cdefer_cc -O2 -c -o /dev/null %s
// expected-no-diagnostics

void f(int);

void loops(int n) {
  __defer {
    for (int i = 0; i < n; i++) {
      if (i & 1)
        continue;
      f(i);
    }
    int k = n;
    while (k--) {
      switch (k) {
      case 2:
        continue;
      }
      f(k);
    }
    do {
      if (k++ < 3)
        continue;
    } while (k < 5);
  }
}
