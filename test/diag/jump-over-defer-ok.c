// Unlike C2y `_Defer`, `__defer` is function-scoped: jumping past one (a goto
// forward, a switch to a later case, a goto out of its block) only means it
// does not register. None of this is an error.
// RUN: %cdefer_cc -fsyntax-only -Xclang -verify %s
// RUN: %cdefer_cc -c -o /dev/null %s
// RUN: %cdefer_cc -O2 -c -o /dev/null %s
// expected-no-diagnostics

void f(int);

void goto_past(int x) {
  if (x)
    goto skip;
  __defer f(1);
skip:
  f(2);
}

void switch_past(int x) {
  switch (x) {
    __defer f(3);
  case 1:
    __defer f(4);
    f(5);
  default:
    break;
  }
}

void out_of_block(int x) {
  {
    __defer { f(6); }
    if (x)
      goto out;
    f(7);
  }
out:
  f(8);
}
