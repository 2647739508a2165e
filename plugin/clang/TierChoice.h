//===- TierChoice.h - which tier each `__defer` is lowered in -*- C++ -*-===//
#ifndef CDEFER_TIERCHOICE_H
#define CDEFER_TIERCHOICE_H

#include "DeferSite.h"
#include "Options.h"

namespace cdefer {

/// Sets Chosen, TierReason and AlwaysRuns of every site of FDs (SPEC 3):
/// open-coded when the whole function can be, else a frame-allocated record
/// for each `__defer` that runs at most once per call and a pooled one for
/// the rest. Opts.Forced moves every site to that tier where it can hold it.
void chooseTiers(FunctionDefers &FDs, const Options &Opts);

} // namespace cdefer

#endif
