// Found by test/fuzz/mutate.py (a mutant of test/run/preprocess-then-compile.c;
// finding kind gcc-accepts: the plugins disagree on what is an error).
// A deferred block that declares a VLA sized by a variable of the function:
// the GCC plugin compiles it and runs it right in every tier (the block sees
// x as it is at return, 5: sizeof a is 20), the Clang plugin rejects it with
// "deferred statement uses 'x' inside a variably modified type or a block
// literal, where it cannot be captured" (its capture rewrite cannot reach a
// type's size expression: semantics.md 5 and 10, "Not supported yet").
// NOT FIXED: a Clang plugin limitation (the fix belongs in the capture
// rewrite, plugin/clang/Outliner.cpp / Captures.cpp, or the GCC plugin should
// reject it too); the difference is not among those design.md 11 lists.
// XFAIL: *
// REQUIRES: clang-plugin
// RUN: %clang -fplugin=%cdefer_plugin -I%cdefer_include -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck %s
// RUN: %clang -fplugin=%cdefer_plugin -I%cdefer_include -O2 -fplugin-arg-cdefer-tier=pool %s -o %t1 %cdefer_rt && %t1 | FileCheck %s
#include <stdio.h>

static void basic(int x) {
  __defer {
    int a[x];
    for (int i = 0; i < x; i++)
      a[i] = i;
    printf("sizeof a = %zu, last %d\n", sizeof a, a[x - 1]);
  }
  x = 5;
}

int main(void) {
  basic(1);
  // CHECK: sizeof a = 20, last 4
  return 0;
}
