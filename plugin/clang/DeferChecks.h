//===- DeferChecks.h - diagnose misuse of `__defer` -*- C++ -*-===//
#ifndef CDEFER_DEFERCHECKS_H
#define CDEFER_DEFERCHECKS_H

#include "DeferSite.h"
#include "Diagnostics.h"
#include "Options.h"

namespace cdefer {

/// Diagnoses every misuse of `__defer` in one function (SPEC 2.5, 2.7, 5)
/// and warns about defers in loops. Returns false if it reported an error:
/// such a function is not lowered.
bool checkDefers(FunctionDefers &FDs, Diags &D, const Options &Opts);

} // namespace cdefer

#endif
