// `__defer` as the very last token of the file, inside an unfinished
// function.
// RUN: not %cdefer_cc -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not="Stack dump"

// CHECK: defer-at-end-of-file.c:{{[0-9]+}}:{{[0-9]+}}: error:
// CHECK: error: expected '}'
void g(void) {
  __defer