// Straight-line defers run in reverse order however many there are: sixteen,
// some conditional, still open-coded (the bit mask holds sixteen); seventeen
// and a hundred, frame-allocated records (SPEC 3).
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static void out(int n) { printf("%d ", n); }

#define D(n) __defer out(n);
#define D10(t) D(t##0) D(t##1) D(t##2) D(t##3) D(t##4) D(t##5) D(t##6) D(t##7) D(t##8) D(t##9)

static void hundred(void) {
  D(0) D(1) D(2) D(3) D(4) D(5) D(6) D(7) D(8) D(9)
  D10(1)
  D10(2)
  D10(3)
  D10(4)
  D10(5)
  D10(6)
  D10(7)
  D10(8)
  D10(9)
  puts("body");
}

// Bits 0-15, the odd ones set only when `odd` is.
static void sixteen(int odd) {
  D(0) if (odd) D(1) D(2) if (odd) D(3) D(4) if (odd) D(5) D(6) if (odd) D(7)
  D(8) if (odd) D(9) D(10) if (odd) D(11) D(12) if (odd) D(13) D(14) if (odd) D(15)
}

static void seventeen(void) {
  D10(1) D(0) D(1) D(2) D(3) D(4) D(5) D(6)
}

int main(void) {
  sixteen(1);
  printf("\n");
  // CHECK:      15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0
  sixteen(0);
  printf("\n");
  // CHECK-NEXT: 14 12 10 8 6 4 2 0
  seventeen();
  printf("\n");
  // CHECK-NEXT: 6 5 4 3 2 1 0 19 18 17 16 15 14 13 12 11 10
  hundred();
  printf("\n");
  // CHECK-NEXT: body
  // CHECK-NEXT: 99 98 97 96 95 94 93 92 91 90 89 88 87 86 85 84 83 82 81 80 79 78 77 76 75 74 73 72 71 70 69 68 67 66 65 64 63 62 61 60 59 58 57 56 55 54 53 52 51 50 49 48 47 46 45 44 43 42 41 40 39 38 37 36 35 34 33 32 31 30 29 28 27 26 25 24 23 22 21 20 19 18 17 16 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0
  return 0;
}
