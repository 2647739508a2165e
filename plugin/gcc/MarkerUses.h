//===- MarkerUses.h - `__defer`s the front end folded away ----------------===//
#ifndef CDEFER_GCC_MARKERUSES_H
#define CDEFER_GCC_MARKERUSES_H

#include "GccCommon.h"

namespace cdefer {

/// From PLUGIN_PRAGMAS on, note every occurrence of the marker's name the
/// preprocessor hands the parser inside a function (in preprocessed input,
/// every one the lexer reads there). Not under -E.
void watchMarkerUses();

/// An error at each `__defer` noted in Fn (or in a GNU nested function of
/// Fn) whose marker call is not in Fn's GENERIC: the front end folded it
/// away with an operand it never evaluates. Call before anything rewrites
/// Fn, then doneWithFunction once Fn's diagnostics are out.
void checkLostDefers(tree Fn);
void doneWithFunction();

} // namespace cdefer

#endif
