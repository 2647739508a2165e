// A function-like macro that expands to something other than a call is not
// the call form: it sees the variable's value at exit (SPEC 2.4, 2.5). One
// that expands to a call is the call form.
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static void show(const char *what, int v) { printf("%s %d\n", what, v); }

#define SHOW_COMMA(v) ((void)0, show("comma macro", (v)))
#define SHOW_VOID_COMMA(v) (void)(show("void comma macro", (v)), 0)
#define SHOW_CALL(v) show("call macro", (v))

static void forms(void) {
  int x = 1;
  __defer SHOW_COMMA(x);
  __defer SHOW_VOID_COMMA(x);
  __defer SHOW_CALL(x);
  x = 2;
}

int main(void) {
  forms();
  // CHECK:      call macro 1
  // CHECK-NEXT: void comma macro 2
  // CHECK-NEXT: comma macro 2
  return 0;
}
