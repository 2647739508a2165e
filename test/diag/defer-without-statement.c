// `__defer` followed by something that is neither a statement nor a
// declaration: an error at that place, and not the "a declaration cannot be
// deferred" wording, which would send the user looking for a declaration
// that is not there. (Whatever the message, it must not be that one.)
// RUN: not %cdefer_cc -fno-caret-diagnostics -fsyntax-only %s 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not="Stack dump" --implicit-check-not="a declaration cannot be deferred"

void f(int);

void g(int x) {
  if (x)
    f(1);
  __defer else f(2);
  // CHECK: defer-without-statement.c:[[@LINE-1]]:3: error: expected a statement after '__defer'
  __defer ) ;
  // CHECK: defer-without-statement.c:[[@LINE-1]]:3: error: expected a statement after '__defer'
  __defer ];
  // CHECK: defer-without-statement.c:[[@LINE-1]]:3: error: expected a statement after '__defer'
  {
    __defer
  }
  // CHECK: defer-without-statement.c:[[@LINE-1]]:{{3|5}}: error:
}

// The file ends right after the `__defer` (and this comment).
// CHECK: defer-without-statement.c:[[@LINE+2]]:3: error: expected a statement after '__defer'
void h(void) {
  __defer
