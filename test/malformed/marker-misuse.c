// The marker function named directly instead of through `__defer`, and
// redeclared with another type: errors, no crash.
// RUN: not %cdefer_cc -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not="Stack dump"

void f(int);

void g(void) {
  __cdefer_marker_requires_the_cdefer_plugin();
  // CHECK: marker-misuse.c:[[@LINE-1]]:3: error: {{.+}}
  if (__cdefer_marker_requires_the_cdefer_plugin())
    // CHECK: marker-misuse.c:[[@LINE-1]]:7: error: {{.+}}
    f(1);
}

int __cdefer_marker_requires_the_cdefer_plugin(int);
// CHECK: marker-misuse.c:[[@LINE-1]]:5: error: conflicting types for '__cdefer_marker_requires_the_cdefer_plugin'
