// A `break` that stays inside the deferred statement is fine: it leaves a
// loop or switch written inside S (SPEC 2.7 forbids only leaving S).
// RUN: %cdefer_cc -fsyntax-only -Xclang -verify %s
// RUN: %cdefer_cc -c -o /dev/null %s
// RUN: %cdefer_cc -O2 -c -o /dev/null %s
// expected-no-diagnostics

void f(int);

void loops(int n) {
  __defer {
    for (int i = 0; i < n; i++) {
      if (i == 3)
        break;
      f(i);
    }
    while (n) {
      if (n == 1)
        break;
      f(n);
      n--;
    }
    do {
      if (n)
        break;
    } while (n);
  }
}

void switches(int x) {
  __defer {
    switch (x) {
    case 1:
      f(1);
      break;
    default:
      break;
    }
  }
}

// A switch nested in a loop, both inside S, and a loop nested in a switch.
void nested(int x) {
  __defer {
    for (int i = 0; i < x; i++) {
      switch (i) {
      case 2:
        break;
      default:
        f(i);
      }
    }
    switch (x) {
    case 3:
      while (x)
        break;
      break;
    }
  }
}

// The same inside a `__defer` that is itself in a loop and a switch.
void around(int x) {
  switch (x) {
  case 1:
    __defer { for (;;) break; }
    break;
  }
}
