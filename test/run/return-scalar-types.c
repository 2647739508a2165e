// Returned values of every scalar class (float, double, long double, _Bool,
// pointer, _Complex, __int128) and of float/mixed small structs are taken
// before deferred code modifies the returned variable (SPEC 2.6).
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static float rf(void) { float v = 1.5f; __defer { v = -1; } return v; }
static double rd(void) { double v = 2.5; __defer { v = -1; } return v; }
static long double rld(void) { long double v = 3.5L; __defer { v = -1; } return v; }
static _Bool rb(void) { _Bool v = 1; __defer { v = 0; } return v; }
static const char *rp(void) { const char *v = "ptr"; __defer { v = "changed"; } return v; }
static double _Complex rc(void) { double _Complex v = 1.0 + 2.0i; __defer { v = 0; } return v; }
static float _Complex rcf(void) { float _Complex v = 3.0f + 4.0fi; __defer { v = 0; } return v; }
static __int128 ri(void) { __int128 v = (__int128)1 << 100; __defer { v = 0; } return v; }

struct floats { float a, b, c; };
static struct floats rfl(void) { struct floats v = {1, 2, 3}; __defer { v.a = v.b = v.c = 0; } return v; }

struct mixed { double d; int i; };
static struct mixed rm(void) { struct mixed v = {1.25, 7}; __defer { v.d = 0; v.i = 0; } return v; }

int main(void) {
  printf("float %.1f\n", rf());
  // CHECK: float 1.5
  printf("double %.1f\n", rd());
  // CHECK-NEXT: double 2.5
  printf("long double %.1Lf\n", rld());
  // CHECK-NEXT: long double 3.5
  printf("bool %d\n", rb());
  // CHECK-NEXT: bool 1
  printf("pointer %s\n", rp());
  // CHECK-NEXT: pointer ptr
  double _Complex c = rc();
  printf("complex %.1f %.1f\n", __real__ c, __imag__ c);
  // CHECK-NEXT: complex 1.0 2.0
  float _Complex cf = rcf();
  printf("float complex %.1f %.1f\n", (double)__real__ cf, (double)__imag__ cf);
  // CHECK-NEXT: float complex 3.0 4.0
  printf("int128 %d\n", ri() == (__int128)1 << 100);
  // CHECK-NEXT: int128 1
  struct floats f = rfl();
  printf("floats %.0f %.0f %.0f\n", f.a, f.b, f.c);
  // CHECK-NEXT: floats 1 2 3
  struct mixed m = rm();
  printf("mixed %.2f %d\n", m.d, m.i);
  // CHECK-NEXT: mixed 1.25 7
  return 0;
}
