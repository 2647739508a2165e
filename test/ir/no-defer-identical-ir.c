// Loading the plugin changes nothing in a file without `__defer`: the IR is
// identical, with and without optimisation and debug information.
// RUN: %clang -O0 -S -emit-llvm -o - %s | grep -v "^; ModuleID" > %t.plain0
// RUN: %clang -fplugin=%cdefer_plugin -O0 -S -emit-llvm -o - %s | grep -v "^; ModuleID" > %t.plugin0
// RUN: diff %t.plain0 %t.plugin0
// RUN: %clang -O2 -g -S -emit-llvm -o - %s | grep -v "^; ModuleID" > %t.plain2
// RUN: %clang -fplugin=%cdefer_plugin -O2 -g -S -emit-llvm -o - %s | grep -v "^; ModuleID" > %t.plugin2
// RUN: diff %t.plain2 %t.plugin2
// And it really is the same source: nothing cdefer-related is emitted.
// RUN: not grep -i cdefer %t.plugin0 %t.plugin2

struct point {
  int x, y;
};

static int helper(const struct point *p) { return p->x * p->y; }

int api(int n) {
  struct point p = {n, 0};
  for (int i = 0; i < n; i++)
    p.y += i;
  if (n < 0)
    return -1;
  return helper(&p);
}
