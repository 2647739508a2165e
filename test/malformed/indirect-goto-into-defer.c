// A computed goto outside a deferred statement whose possible targets include
// a label inside it (its address taken inside S): a jump into S (SPEC 2.7),
// which Clang's own `_Defer` rejects. Must be an error.
// RUN: not %cdefer_cc -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not="Stack dump"

void f(int);
void *saved;

void g(int x) {
  __defer {
  inside:
    f(1);
    saved = &&inside;
  }
  if (x)
    goto *saved;
  // CHECK: indirect-goto-into-defer.c:{{[0-9]+}}:{{[0-9]+}}: error: {{.+}}
}
