// `__defer` in functions with attributes that change code generation:
// noinline, always_inline, cold, optnone, section, noreturn, used; and setjmp
// in the same function; and a cleanup variable next to a `__defer`.
// RUN: %cdefer_cc -c -o /dev/null %s
// RUN: %cdefer_cc -O2 -c -o /dev/null %s

#include <setjmp.h>
void f(int);
_Noreturn void stop(void);
jmp_buf jb;

__attribute__((noinline)) void a(void) { __defer f(1); }
static inline __attribute__((always_inline)) void b(void) { __defer { f(2); } }
__attribute__((cold)) void c(void) { __defer f(3); }
__attribute__((optnone, noinline)) void d(int x) { __defer { f(x); } }
__attribute__((section(".text.cdefer_test"))) void e(void) { __defer f(4); }
_Noreturn void n(void) { __defer f(5); stop(); }
__attribute__((used)) static void u(void) { __defer f(6); }
void callers(void) { b(); b(); }

void with_setjmp(void) {
  __defer f(7);
  if (setjmp(jb))
    return;
  f(8);
}

static void clean(int *p) { f(*p); }
void with_cleanup(void) {
  int x __attribute__((cleanup(clean))) = 1;
  __defer { f(x); }
  {
    int y __attribute__((cleanup(clean))) = 2;
    __defer f(y);
  }
}
