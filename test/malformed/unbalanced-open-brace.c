// A deferred block whose closing brace is missing: a parse error at the end
// of the file, no crash.
// RUN: not %cdefer_cc -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not="Stack dump"

void f(int);

void g(void) {
  __defer {
    f(1);
}
// CHECK: error: expected '}'
