//===- UnitExceptions.h - compile a unit that takes part with exceptions --===//
//
// As the Clang plugin does (CDeferPlugin.cpp, enableExceptions): a unit
// whose functions take part in panics is compiled as with -fexceptions, so
// that a panic's unwind runs the finally of an unwind-only function (its
// deferred code) and no call that may panic is taken for one that cannot
// throw. GCC decides exceptions per function, from the function's
// optimisation options (fexceptions is an Optimization option), and
// gimplifies every function of a C unit only after the unit is parsed: so
// turning them on when the first function that takes part is seen covers
// the whole unit.
//
//===----------------------------------------------------------------------===//
#ifndef CDEFER_GCC_UNITEXCEPTIONS_H
#define CDEFER_GCC_UNITEXCEPTIONS_H

#include "GccCommon.h"

namespace cdefer {

/// Turns exceptions on for the unit: its default and current options and
/// those of every function declared so far; and routes its landing pads'
/// _Unwind_Resume calls to the runtime. Once; later calls do nothing.
void compileUnitWithExceptions();

/// After compileUnitWithExceptions: turns them on in Fn's own options too
/// (an `optimize` attribute or `#pragma GCC optimize` after a
/// push_options taken before may have left them off). Called for every
/// function of the unit.
void keepExceptionsOn(tree Fn);

/// True if exceptions were on before the plugin turned them on: the user
/// asked for them, and every landing pad must run.
bool userExceptions();

} // namespace cdefer

#endif
