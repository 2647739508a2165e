// An unknown -fplugin-arg-cdefer-<arg> is an error that lists the valid
// ones, not a silent no-op; `help` prints the list and compiles on.
// RUN: not %cdefer_cc %{cdefer_arg}bogus -fsyntax-only %s 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BOGUS --implicit-check-not="Stack dump"
// BOGUS: error: invalid argument 'bogus' for the cdefer plugin (valid: Wloop, Wno-loop, tier=open|frame|pool|auto, Rtier, panic=on|off|auto|register, Rpanic, help)
// RUN: not %cdefer_cc %{cdefer_arg}Wno-loop %{cdefer_arg}wno-loop -fsyntax-only %s 2>&1 \
// RUN:   | FileCheck %s --check-prefix=CASE --implicit-check-not="Stack dump"
// CASE: error: invalid argument 'wno-loop' for the cdefer plugin (valid: Wloop, Wno-loop, tier=open|frame|pool|auto, Rtier, panic=on|off|auto|register, Rpanic, help)
// RUN: not %cdefer_cc %{cdefer_arg}Wno-loop=1 -fsyntax-only %s 2>&1 \
// RUN:   | FileCheck %s --check-prefix=VALUE --implicit-check-not="Stack dump"
// VALUE: error: invalid argument 'Wno-loop=1' for the cdefer plugin (valid: Wloop, Wno-loop, tier=open|frame|pool|auto, Rtier, panic=on|off|auto|register, Rpanic, help)
// RUN: not %cdefer_cc %{cdefer_arg}tier=fast -fsyntax-only %s 2>&1 \
// RUN:   | FileCheck %s --check-prefix=TIER --implicit-check-not="Stack dump"
// TIER: error: invalid argument 'tier=fast' for the cdefer plugin (valid: Wloop, Wno-loop, tier=open|frame|pool|auto, Rtier, panic=on|off|auto|register, Rpanic, help)
// RUN: %cdefer_cc %{cdefer_arg}help -fsyntax-only %s 2>&1 \
// RUN:   | FileCheck %s --check-prefix=HELP --implicit-check-not=error
// (GCC names the arguments after the .so: -fplugin-arg-cdefer_gcc-<arg>.)
// HELP: cdefer plugin arguments (-fplugin-arg-cdefer{{(_gcc)?}}-<arg>): Wloop, Wno-loop, tier=open|frame|pool|auto, Rtier, panic=on|off|auto|register, Rpanic, help

void f(int);

void g(void) {
  __defer f(1);
}
