// With -fplugin-arg-cdefer-panic=off no function registers: a panic runs no
// deferred statement of this translation unit (none was compiled with
// -fexceptions) and nothing can recover, so it ends the program. panic=on
// makes every function with a `__defer` panic-ready even where the unit
// never names cdefer_panic or cdefer_recover.
// A mode that forces panic= itself overrides both.
// UNSUPPORTED: panic-forced
// RUN: %cdefer_cc %{cdefer_arg}panic=off -O2 %s -o %t-off %cdefer_rt
// RUN: not --crash %t-off > %t-off.out 2> %t-off.err
// RUN: FileCheck --check-prefix=OFF-OUT --allow-empty %s < %t-off.out
// RUN: FileCheck --check-prefix=OFF-ERR %s < %t-off.err
// RUN: %cdefer_cc %{cdefer_arg}panic=on -O2 %s -o %t-on %cdefer_rt && %t-on | FileCheck --check-prefix=ON %s
#include <cdefer.h>
#include <stdio.h>

static void f(void) {
  __defer puts("deferred ran");
  __defer { printf("recovered %ld\n", (long)cdefer_recover()); }
  cdefer_panic((void *)5);
}

int main(void) {
  f();
  return 0;
}
// OFF-OUT-NOT: deferred ran
// OFF-ERR: panic: 0x5
// ON: recovered 5
// ON: deferred ran
