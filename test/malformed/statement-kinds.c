// Every kind of statement as the deferred statement: if/else, loops, switch,
// a label, a statement expression, a comma expression, a cast to void, asm,
// _Pragma, __extension__, a call through an expression. All valid.
// RUN: %cdefer_cc -c -o /dev/null %s
// RUN: %cdefer_cc -O2 -c -o /dev/null %s
// RUN: %cdefer_cc -fsyntax-only -Werror -Wno-unused-value %s

void f(int);
void h(int);
typedef void (*fn_t)(int);
fn_t pick(int);

void g(int x, fn_t table[2]) {
  __defer if (x) f(1); else f(2);
  __defer while (x-- > 0) f(x);
  __defer for (int i = 0; i < 3; i++) f(i);
  __defer do f(x); while (0);
  __defer switch (x) { case 1: f(1); break; default: f(0); }
  __defer done: f(3);
  __defer ({ f(4); });
  __defer f(5), f(6);
  __defer (void)f(7);
  __defer __asm__ volatile("" ::: "memory");
  __defer { __asm__("nop"); }
  __defer { _Pragma("clang diagnostic push") f(8); _Pragma("clang diagnostic pop") }
  __defer __extension__ ({ f(9); });
  __defer (x ? f : h)(10);
  __defer table[x & 1](11);
  __defer pick(x)(12);
  __defer (*pick(x))(13);
  __defer ({ f; })(14);
  __defer 1 + 2;
}
