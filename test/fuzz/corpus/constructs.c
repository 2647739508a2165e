/* Seed for mutate.py: constructs gen.py does not write (setjmp, panic and
 * recover, computed goto, __label__, _Generic, typeof, block scope
 * cleanups, a __defer from a macro). Valid
 * GNU C for both plugins. */
#include <cdefer.h>
#include <setjmp.h>
#include <stdio.h>

#define DEFER_PUT(s) __defer puts(s)
static jmp_buf jb;
static void rel(int *p) { printf("rel %d\n", *p); }

static int sj(int n) {
  int k = 0;
  __defer printf("sj %d\n", k);
  if (setjmp(jb) == 0) {
    k = n;
    longjmp(jb, 1);
  }
  return k;
}

static int pr(int n) {
  __defer {
    const char *why = cdefer_recover();
    if (why) printf("recovered %s\n", why);
  }
  if (n > 1) cdefer_panic("boom");
  return n;
}

static int cg(int n) {
  static void *tab[] = {&&a, &&b};
  int r = 0;
  __defer printf("cg %d\n", r);
  goto *tab[n & 1];
a:
  r = 1;
  return r;
b:
  r = 2;
  return r;
}

static int gen_typeof(int x) {
  __typeof__(x) y = x;
  __defer printf("%d\n", _Generic(y, int: 1, default: 2));
  int c __attribute__((cleanup(rel))) = y;
  {
    __label__ out;
    int inner __attribute__((cleanup(rel))) = 3;
    __defer printf("inner %d\n", inner);
    if (y) goto out;
    DEFER_PUT("macro");
  out:;
  }
  return c + ({ __defer puts("stmt-expr"); 1; });
}

int main(void) {
  printf("%d %d %d %d %d\n", sj(3), pr(1), pr(2), cg(1), gen_typeof(0));
  for (int i = 0; i < 3; i++) {
    __defer printf("main %d\n", i);
    if (i == 1) continue;
    if (i == 2) break;
  }
  return 0;
}
