// A backward goto makes a loop without a loop statement: a `__defer` between
// the label and the goto can register more than once (SPEC 3), so it gets the
// defer-in-loop warning too; Wno-loop silences it. A goto that only skips
// forward, a `__defer` after the goto, and a goto inside the deferred block
// do not.
// RUN: %cdefer_cc -fsyntax-only -Xclang -verify %s
// RUN: %cdefer_cc -fsyntax-only %{cdefer_arg}Wno-loop -Xclang -verify=silenced %s
// RUN: %cdefer_cc -fno-caret-diagnostics -fsyntax-only %s 2>&1 | FileCheck %s
// silenced-no-diagnostics

void f(int);

void backward(int n) {
again:
  __defer f(n); // expected-warning {{'__defer' inside a loop: its runs pile up until 'backward' returns}}
  // CHECK: defer-in-loop-goto.c:[[@LINE-1]]:3: warning: '__defer' inside a loop: its runs pile up until 'backward' returns
  if (n--)
    goto again;
  __defer f(0);
}

void forward(int n) {
  if (n)
    goto skip;
  __defer f(n);
skip:
  f(1);
}

void inside_deferred_block(int n) {
  __defer {
  again:
    if (n--)
      goto again;
  }
}
