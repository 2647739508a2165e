// `__defer case 1:` and `__defer default:` with no switch anywhere.
// RUN: not %cdefer_cc -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not="Stack dump"

void f(int);

void g(void) {
  __defer case 1: f(1);
  // CHECK: case-outside-switch.c:[[@LINE-1]]:11: error: 'case' statement not in switch statement
  __defer default: f(2);
  // CHECK: case-outside-switch.c:[[@LINE-1]]:11: error: 'default' statement not in switch statement
}
