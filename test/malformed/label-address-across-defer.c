// Taking, inside a deferred statement, the address of a label outside it:
// the label is in another function once S is outlined. Must be an error (or
// work), never an IR-verifier failure.
// RUN: not %cdefer_cc -c -o /dev/null %s 2>&1 | FileCheck %s --implicit-check-not="Stack dump" --implicit-check-not="Broken module"

void f(int);
void *saved;

void g(void) {
outside:
  f(1);
  __defer { saved = &&outside; }
  // CHECK: label-address-across-defer.c:[[@LINE-1]]:{{[0-9]+}}: error: {{.+}}
}
