// A breakpoint on the line of a call-form `__defer` has two locations and
// stops twice: when the `__defer` executes (it evaluates the callee and the
// arguments there), in the user's function; and when the deferred call is
// made at the function's exit, in the outlined function, whose caller in
// the backtrace is the user's function at its closing brace. In every tier.
//
// The GCC plugin's view differs: its open-coded deferred code is the
// function's own code (and gcc-caller-line-at-exit.c).
// REQUIRES: gdb, cdefer-clang
// RUN: %cdefer_cc -g -O0 %{cdefer_arg}tier=open %s -o %t.open %cdefer_rt
// RUN: %cdefer_cc -g -O0 %{cdefer_arg}tier=frame %s -o %t.frame %cdefer_rt
// RUN: %cdefer_cc -g -O0 %{cdefer_arg}tier=pool %s -o %t.pool %cdefer_rt
// RUN: %gdb -ex 'break-at %s defer' -ex run -ex 'bt 1' -ex continue -ex bt %t.open \
// RUN:   | FileCheck --implicit-check-not='<cdefer>' %s
// RUN: %gdb -ex 'break-at %s defer' -ex run -ex 'bt 1' -ex continue -ex bt %t.frame \
// RUN:   | FileCheck --implicit-check-not='<cdefer>' %s
// RUN: %gdb -ex 'break-at %s defer' -ex run -ex 'bt 1' -ex continue -ex bt %t.pool \
// RUN:   | FileCheck --implicit-check-not='<cdefer>' %s
#include <stdio.h>

static void report(const char *what, int v) { printf("%s=%d\n", what, v); }

static int work(int n) {
  __defer report("n", n); // @defer
  n *= 10;
  return n;
} // @exit

int main(void) { return work(4) == 40 ? 0 : 1; }

// CHECK:       Breakpoint 1 at {{.*}} (2 locations)
// The `__defer` executes.
// CHECK:       Breakpoint 1.{{[12]}}, work (n=4) at {{.*}}call-form-breakpoint.c:[[#DEFER:]]
// CHECK-NEXT:  [[#DEFER]]{{[[:space:]]+}}__defer report("n", n); // @defer
// CHECK-NEXT:  #0  work (n=4) at {{.*}}call-form-breakpoint.c:[[#DEFER]]
// The deferred call, at work's exit.
// CHECK:       Breakpoint 1.{{[12]}}, __cdefer_work_0 ({{.*}}) at {{.*}}call-form-breakpoint.c:[[#DEFER]]
// CHECK-NEXT:  [[#DEFER]]{{[[:space:]]+}}__defer report("n", n); // @defer
// CHECK-NEXT:  #0  __cdefer_work_0 ({{.*}}) at {{.*}}call-form-breakpoint.c:[[#DEFER]]
// Below it, work at its closing brace, 3 lines after the `__defer`.
// CHECK:       {{ in | }}work (n=40) at {{.*}}call-form-breakpoint.c:[[#DEFER+3]]
// CHECK-NEXT:  #{{[0-9]}}  0x{{[0-9a-f]+}} in main () at
