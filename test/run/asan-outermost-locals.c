// Under AddressSanitizer with use-after-scope detection, deferred code that
// reads locals of the outermost block (directly, or through addresses a call
// snapshotted) reads live memory, at every optimisation level.
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -fsanitize=address -fsanitize-address-use-after-scope -O0 %s -o %t0 %cdefer_rt && %t0 2>&1 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -fsanitize=address -fsanitize-address-use-after-scope -O1 %s -o %t1 %cdefer_rt && %t1 2>&1 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc %{cdefer_arg}Wno-loop -fsanitize=address -fsanitize-address-use-after-scope -O2 %s -o %t2 %cdefer_rt && %t2 2>&1 | FileCheck --match-full-lines %s
#include <stdio.h>
#include <string.h>

static void show(const char *s, const int *p) { printf("%s %d\n", s, *p); }

static int f(int n) {
  int x = n;
  char buf[32];
  strcpy(buf, "hello");
  struct {
    int a[8];
  } s = {{1, 2, 3}};
  __defer show(buf, &x);
  __defer { printf("block %s %d %d\n", buf, x, s.a[2]); }
  for (int i = 0; i < 3; i++)
    __defer show("loop", &s.a[i]);
  x = n + 1;
  return x;
}

int main(void) {
  printf("=%d\n", f(4));
  // CHECK:      loop 3
  // CHECK-NEXT: loop 2
  // CHECK-NEXT: loop 1
  // CHECK-NEXT: block hello 5 3
  // CHECK-NEXT: hello 5
  // CHECK-NEXT: =5
  return 0;
}
