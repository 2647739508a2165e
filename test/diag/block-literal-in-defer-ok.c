// A block literal (-fblocks) inside a deferred statement is a function of its
// own: its `return`, and a `break` of a loop inside it, leave the block, not
// S. No diagnostic.
// RUN: %cdefer_cc -fblocks -fsyntax-only -Xclang -verify %s
// RUN: %cdefer_cc -fblocks -c -o /dev/null %s
// UNSUPPORTED: cdefer-gcc
// (Blocks (-fblocks) are a Clang extension.)
// expected-no-diagnostics

void f(int);

void g(void) {
  __defer {
    int (^b)(int) = ^(int v) {
      for (;;)
        break;
      if (v)
        return 1;
      return 0;
    };
    f(b(1));
  }
}
