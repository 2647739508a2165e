// `__defer` with no statement after it, at the end of a block.
// RUN: not %cdefer_cc -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not="Stack dump"

void g(int x) {
  if (x) {
    __defer
  }
  // CHECK: defer-then-closing-brace.c:[[@LINE-1]]:3: error: expected statement
}
