//===- Lowering.h - rewrite a function's `__defer`s in their tiers --------===//
#ifndef CDEFER_GCC_LOWERING_H
#define CDEFER_GCC_LOWERING_H

#include "DeferSite.h"

namespace cdefer {

/// Rewrites FDs.Fn's body: every marker loop is replaced, and the body runs
/// the deferred code on every exit. NextOutlined numbers outlined
/// statements across the translation unit.
void lowerDefers(FunctionDefers &FDs, unsigned &NextOutlined);

} // namespace cdefer

#endif
