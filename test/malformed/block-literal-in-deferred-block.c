// A block literal (-fblocks) inside a deferred block that captures a parameter
// and an outermost local: valid (SPEC 2.5), and the block must capture the
// function's variables, not globals CodeGen invents for an outlined function
// that does not own them (`@g.outer`, `@g.n`).
// XFAIL: *
// Not supported yet (noted on the core issue): a block literal in a deferred block that uses the function's variables is rejected with an error today (it would need the block's captures rewritten).
// RUN: %cdefer_cc -fblocks -S -emit-llvm -o - %s | FileCheck %s
// RUN: %cdefer_cc -fblocks -O2 -c -o /dev/null %s
// CHECK-NOT: @g.outer
// CHECK-NOT: @g.n
// CHECK-LABEL: define {{.*}}@g(
// CHECK-NOT: @g.outer
// CHECK-NOT: @g.n

void f(int);

void g(int n) {
  int outer = 2;
  __defer {
    void (^b)(void) = ^{ f(outer); f(n); };
    b();
  }
  outer = 3;
}
