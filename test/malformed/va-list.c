// va_end deferred right after va_start, in the call form and in a block, and
// a block that calls va_arg.
// RUN: %cdefer_cc -c -o /dev/null %s
// RUN: %cdefer_cc -O2 -c -o /dev/null %s

#include <stdarg.h>
void f(int);

int sum(int n, ...) {
  va_list ap;
  va_start(ap, n);
  __defer va_end(ap);
  int s = 0;
  for (int i = 0; i < n; i++)
    s += va_arg(ap, int);
  return s;
}

void block_form(int n, ...) {
  va_list ap;
  va_start(ap, n);
  __defer {
    f(va_arg(ap, int));
    va_end(ap);
  }
}
