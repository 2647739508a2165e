//===- ParseDiagnostics.h - say "__defer" where the parser says "for" -----===//
#ifndef CDEFER_GCC_PARSEDIAGNOSTICS_H
#define CDEFER_GCC_PARSEDIAGNOSTICS_H

#include "GccCommon.h"

namespace cdefer {

/// From PLUGIN_PRAGMAS on, GCC's own parser errors about a misplaced
/// `__defer` are reworded as the Clang plugin words them. Not under -E.
void rewordParseErrors();

/// Once the passes start (PLUGIN_ALL_IPA_PASSES_START; GCC 12 has no event
/// for the end of parsing): their diagnostics are left alone.
void stopRewording();

} // namespace cdefer

#endif
