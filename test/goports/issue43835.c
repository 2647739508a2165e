// Port of Go's test/fixedbugs/issue43835.go: the panic comes while the
// `return` statement's value is being evaluated (Go: a nil dereference in
// `return true, *p`; here a call that panics). Go's f sets the named result
// only after the panic point, and g and h have unnamed results, so all three
// return false after the recovery. In C every result is unnamed: the panic
// came before the `return` had a value, so the recovered call returns zero
// (SPEC 4, docs/semantics.md section 14).
// RUN: %cdefer_cc -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
// RUN: %cdefer_cc -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
#include <cdefer.h>
#include <stdbool.h>
#include <stdio.h>

static int deref(const int *p) {
  if (p == NULL)
    cdefer_panic("invalid memory address or nil pointer dereference");
  return *p;
}

static bool f(void) {
  bool bad = false;
  __defer { cdefer_recover(); }
  int *p = NULL;
  (void)deref(p);
  bad = true;
  return bad;
}

struct bool_int {
  bool b;
  int i;
};

static struct bool_int g(void) {
  __defer { cdefer_recover(); }
  int *p = NULL;
  return (struct bool_int){true, deref(p)};
}

static bool h(void) {
  __defer { cdefer_recover(); }
  int *p = NULL;
  return true && deref(p);
}

int main(void) {
  if (f())
    puts("FAIL f");
  struct bool_int r = g();
  if (r.b || r.i)
    puts("FAIL g");
  if (h())
    puts("FAIL h");
  puts("done");
  return 0;
}
// CHECK: done
