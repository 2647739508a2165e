// The idiomatic `va_start(ap, n); __defer va_end(ap);` in a variadic
// function: va_end is a builtin taking the va_list, run at return.
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdarg.h>
#include <stdio.h>

static int sum(int n, ...) {
  va_list ap;
  va_start(ap, n);
  __defer va_end(ap);
  __defer printf("summed %d values\n", n);
  int s = 0;
  for (int i = 0; i < n; i++)
    s += va_arg(ap, int);
  return s;
}

static void logf_(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  __defer { va_end(ap); }
  vprintf(fmt, ap);
}

int main(void) {
  printf("sum %d\n", sum(4, 1, 2, 3, 4));
  // CHECK:      summed 4 values
  // CHECK-NEXT: sum 10
  logf_("%s %d %.1f\n", "log", 7, 0.5);
  // CHECK-NEXT: log 7 0.5
  return 0;
}
