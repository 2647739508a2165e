// `__defer return;` and `__defer return 1;`.
// RUN: not %cdefer_cc -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not="Stack dump"

void v(void) {
  __defer return;
  // CHECK: defer-return.c:[[@LINE-1]]:11: error: {{.+}}
}

int i(void) {
  __defer return 1;
  // CHECK: defer-return.c:[[@LINE-1]]:11: error: {{.+}}
  return 0;
}
