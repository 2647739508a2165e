// A deferred block may declare its own locals and use a loop, a switch and
// a goto inside itself; none of that is a defer in a loop or a jump out of
// the deferred statement (-Werror: no plugin warning).
// RUN: %cdefer_cc -Werror -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --match-full-lines %s
// RUN: %cdefer_cc -Werror -O2 %s -o %t2 %cdefer_rt && %t2 | FileCheck --match-full-lines %s
#include <stdio.h>

static void tidy(int n) {
  __defer {
    int sum = 0;
    for (int i = 1; i <= n; i++)
      sum += i;
    int j = 0;
    while (j < 2)
      j++;
    do
      j++;
    while (j < 4);
    switch (sum) {
    case 6:
      puts("  six");
      break;
    default:
      puts("  not six");
      break;
    }
    int tries = 0;
  again:
    if (++tries < 3)
      goto again;
    if (sum > 100)
      goto done;
    printf("  sum=%d j=%d tries=%d\n", sum, j, tries);
  done:;
  }
  n++;
  printf("n=%d\n", n);
}

int main(void) {
  tidy(2);
  // CHECK:      n=3
  // CHECK-NEXT:   six
  // CHECK-NEXT:   sum=6 j=4 tries=3
  tidy(99);
  // CHECK-NEXT: n=100
  // CHECK-NEXT:   not six
  return 0;
}
