// A switch written entirely inside a deferred statement owns its own case
// labels: no diagnostic, and it compiles.
// RUN: %cdefer_cc -fsyntax-only -Xclang -verify %s
// RUN: %cdefer_cc -c -o /dev/null %s
// RUN: %cdefer_cc -O2 -c -o /dev/null %s
// expected-no-diagnostics

void f(int);

void g(int x) {
  __defer {
    switch (x) {
    case 1:
      f(1);
      break;
    case 2: {
      switch (x * 2) {
      case 4:
        f(4);
      default:
        f(0);
      }
    }
    default:
      f(-1);
    }
  }
  // The `__defer` itself inside a case of an outer switch.
  switch (x) {
  case 3:
    __defer {
      switch (x) {
      case 3:
        f(3);
      }
    }
    break;
  }
}
