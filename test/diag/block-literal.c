// A `__defer` inside a block literal (-fblocks) would belong to the block's
// invocation, which the plugin does not lower: an error at the `__defer`.
// RUN: %cdefer_cc -fblocks -fsyntax-only -Xclang -verify %s
// RUN: not %cdefer_cc -fblocks -fno-caret-diagnostics -c -o /dev/null %s 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not="Stack dump"
// UNSUPPORTED: cdefer-gcc
// (Blocks (-fblocks) are a Clang extension.)

void f(int);

void g(void) {
  void (^b)(void) = ^{
    __defer f(1); // expected-error {{'__defer' inside a block literal is not supported}}
  };
  // CHECK: block-literal.c:[[@LINE-2]]:5: error: '__defer' inside a block literal is not supported
  b();
}

// Also when the block literal is itself in a deferred statement.
void in_deferred(void) {
  __defer {
    void (^b)(void) = ^{ __defer f(2); }; // expected-error {{'__defer' inside a block literal is not supported}}
    b();
  }
}
