// Port of Go's test/defer.go ("Test defer"): a defer in a loop registers one
// call per iteration, each with the argument value of its own iteration, and
// they run last registered first (test1); the same through a variadic
// function (test2, Go's `v ...interface{}`).
// RUN: %cdefer_cc -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
// RUN: %cdefer_cc -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines --implicit-check-not=FAIL %s
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static char result[64];

static void addInt(int i) { sprintf(result + strlen(result), "%d", i); }

static void test1helper(void) {
  for (int i = 0; i < 10; i++)
    __defer addInt(i);
}

static void test1(void) {
  result[0] = 0;
  test1helper();
  if (strcmp(result, "9876543210") != 0)
    printf("test1: bad defer result (should be 9876543210): \"%s\"\n", result);
  printf("test1 %s\n", result);
}

static void addDotDotDot(int n, ...) {
  va_list ap;
  va_start(ap, n);
  for (int k = 0; k < n; k++)
    sprintf(result + strlen(result), "%d", va_arg(ap, int));
  va_end(ap);
}

static void test2helper(void) {
  for (int i = 0; i < 10; i++)
    __defer addDotDotDot(1, i);
}

static void test2(void) {
  result[0] = 0;
  test2helper();
  if (strcmp(result, "9876543210") != 0)
    printf("test2: bad defer result (should be 9876543210): \"%s\"\n", result);
  printf("test2 %s\n", result);
}

int main(void) {
  test1();
  test2();
  return 0;
}
// CHECK:      test1 9876543210
// CHECK-NEXT: test2 9876543210
