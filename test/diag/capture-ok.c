// What a deferred block may name (SPEC 2.5): parameters, locals of the
// function's outermost block, statics (also block-scope ones), globals,
// extern declarations, and anything S declares itself.
// RUN: %cdefer_cc -fsyntax-only -Xclang -verify %s
// RUN: %cdefer_cc -c -o /dev/null %s
// RUN: %cdefer_cc -O2 -c -o /dev/null %s
// expected-no-diagnostics

void f(int);
int global;

int g(int param, int *out) {
  int outer = param;
  static int counter;
  __defer {
    f(param);
    f(outer);
    *out = outer + global + counter;
  }
  {
    static int block_static;
    extern int global;
    static _Thread_local int per_thread;
    __defer {
      int mine = block_static + per_thread;
      for (int i = 0; i < mine; i++)
        f(i + global);
      counter++;
      param--;
    }
  }
  int declared_later = 3;
  if (param) {
    __defer { f(declared_later); }
  }
  return outer;
}
