// Under GCC 12 at -O1 and up, a panic-ready function whose every computed
// goto the optimizers prove dead loses the point it resumes at after its
// deferred code recovers (panic/computed-goto-dead.c says how): the plugin
// checks for that after the last GIMPLE optimisation and makes it an error
// at the function, rather than code that would run the function again from
// the start. At -O0 nothing is dropped, and the program recovers.
// REQUIRES: gcc-plugin
// RUN: %gcc_cc -O0 %s -o %t0 %cdefer_rt && %t0 | FileCheck --check-prefix=OUT %s
// RUN: not %gcc_cc -O2 -c %s -o /dev/null 2>&1 | FileCheck %s
#include <cdefer.h>
#include <stdio.h>

static const int never = 0;

// CHECK: :[[@LINE+2]]:12: error: 'dead_goto' cannot return normally after its deferred code recovers: GCC removed the point it would resume at, since every computed goto in it is dead code
// CHECK: :[[@LINE+1]]:12: note: remove the dead 'goto *', or recover in a caller
static int dead_goto(int x) {
  void *to = &&there;
  if (never)
    goto *to;
there:
  __defer {
    const char *v = cdefer_recover();
    printf("recovered %s\n", v ? v : "nothing");
  }
  if (x > 2)
    cdefer_panic("dead");
  return x;
}

// A live computed goto keeps it (panic/computed-goto-function.c).
// CHECK-NOT: error:
static int live_goto(int x) {
  void *to = x & 1 ? &&odd : &&even;
  __defer {
    const char *v = cdefer_recover();
    printf("recovered %s\n", v ? v : "nothing");
  }
  goto *to;
odd:
  cdefer_panic("odd");
even:
  return x;
}

int main(void) {
  // OUT:      recovered dead
  // OUT-NEXT: 0
  printf("%d\n", dead_goto(3));
  // OUT-NEXT: recovered odd
  // OUT-NEXT: 0
  printf("%d\n", live_goto(3));
  return 0;
}
