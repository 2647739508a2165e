//===- TierChoice.h - which tier each `__defer` is lowered in -------------===//
#ifndef CDEFER_GCC_TIERCHOICE_H
#define CDEFER_GCC_TIERCHOICE_H

#include "DeferSite.h"

namespace cdefer {

/// Sets each site's Chosen tier and TierReason (SPEC 3).
void chooseTiers(FunctionDefers &FDs, const Options &Opts);

} // namespace cdefer

#endif
