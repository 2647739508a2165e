// C2y named loops: `break L;` / `continue L;` inside a deferred statement may
// name only a loop or switch inside it. A label on the `__defer` itself names
// the loop `__defer` expands to, which is not part of S either.
// RUN: %cdefer_cc -std=c2y -fsyntax-only -Xclang -verify %{cdefer_arg}Wno-loop %s
// UNSUPPORTED: cdefer-gcc
// (Named loops are not in GCC 12.)

void f(int);

void outer_loop(int n) {
  outer:
  for (int k = 0; k < n; k++) {
    __defer { // expected-note {{'__defer' statement begins here}}
      if (n)
        break outer; // expected-error {{cannot break out of a '__defer' statement}}
    }
    __defer { // expected-note {{'__defer' statement begins here}}
      if (n)
        continue outer; // expected-error {{cannot continue loop outside of enclosing '__defer' statement}}
    }
  }
}

void label_on_defer(int n) {
  lbl:
  __defer { // expected-note {{'__defer' statement begins here}}
    if (n)
      break lbl; // expected-error {{cannot break out of a '__defer' statement}}
  }
}

// Named loops and switches inside S are fine.
void inner_named(int n) {
  __defer {
    rows:
    for (int i = 0; i < n; i++) {
      cols:
      for (int j = 0; j < n; j++) {
        if (j == i)
          continue rows;
        if (j > 5)
          break rows;
        if (j == 3)
          continue cols;
        f(i * j);
      }
    }
    sw:
    switch (n) {
    case 1:
      for (;;)
        break sw;
    }
  }
}
