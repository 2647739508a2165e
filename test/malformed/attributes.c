// Statement attributes on the deferred statement: a fallthrough that falls
// into nothing, a musttail return (a return, so an error), and harmless ones.
// RUN: not %cdefer_cc -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not="Stack dump"

void f(int);
int h(void);

void fallthrough(int x) {
  switch (x) {
  case 1:
    __defer [[fallthrough]];
    // CHECK: attributes.c:[[@LINE-1]]:13: error: fallthrough annotation does not directly precede switch label
  case 2:
    f(2);
  }
}

int musttail(void) {
  __defer __attribute__((musttail)) return h();
  // CHECK: attributes.c:[[@LINE-1]]:37: error: {{.+}}
  return 0;
}

void harmless(void) {
  __defer [[clang::nomerge]] f(1);
  __defer __attribute__((nomerge)) f(2);
}
