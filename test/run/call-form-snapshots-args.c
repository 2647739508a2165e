// The call form evaluates its arguments when the defer executes: a variable
// changed after the defer is passed with its old value (SPEC 2.4).
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static const char *name = "old name";

static void show(const char *what, int v, const char *s) {
  printf("%s: %d %s\n", what, v, s);
}

static void snapshot(int param) {
  int local = 1;
  __defer show("local", local, name);
  __defer show("param", param, "-");
  __defer show("expr", local * 10 + param, "-");
  local = 2;
  param = 20;
  name = "new name";
  printf("body: %d %d %s\n", local, param, name);
}

int main(void) {
  snapshot(10);
  // CHECK:      body: 2 20 new name
  // CHECK-NEXT: expr: 20 -
  // CHECK-NEXT: param: 10 -
  // CHECK-NEXT: local: 1 old name
  return 0;
}
