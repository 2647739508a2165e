// `__defer` reached through several layers of function-like macros, in both
// forms, with macro arguments that are themselves macro calls.
// RUN: %cdefer_cc -c -o /dev/null %s
// RUN: %cdefer_cc -O2 -c -o /dev/null %s
// RUN: %cdefer_cc -fsyntax-only -Werror %s

void f(int);
void release(void *);

#define ON_EXIT(s) __defer s
#define ON_EXIT_BLOCK(...) __defer { __VA_ARGS__ }
#define RELEASE(p) ON_EXIT(release(p))
#define SCOPED(p, use) do { use(p); } while (0); RELEASE(p)
#define TWICE(x) ((x) + (x))
#define USE(p) f(p != 0)

void g(void *p, int n) {
  RELEASE(p);
  ON_EXIT(f(TWICE(n)));
  ON_EXIT_BLOCK(f(n); f(TWICE(TWICE(n)));)
  SCOPED(p, USE);
  ON_EXIT_BLOCK(if (n) { f(1); } else { f(2); })
}
