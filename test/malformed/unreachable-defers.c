// `__defer` that can never execute: after a return, under `if (0)`, in a
// switch before the first label, after a noreturn call.
// RUN: %cdefer_cc -c -o /dev/null %s
// RUN: %cdefer_cc -O2 -c -o /dev/null %s

void f(int);
_Noreturn void stop(void);

void after_return(void) {
  return;
  __defer f(1);
}

void if_zero(void) {
  if (0)
    __defer f(2);
}

void before_first_label(int x) {
  switch (x) {
    __defer f(3);
  case 1:
    f(4);
  }
}

void after_stop(void) {
  stop();
  __defer f(5);
}
