//===- Diagnostics.h - the GCC plugin's messages and their locations ------===//
//
// All user-facing messages of the GCC plugin, through GCC's own diagnostic
// machinery: error_at for errors, warning_at for warnings (so -w and -Werror
// apply), inform for notes and for the tier remarks (GCC 12 has no remark
// kind). The wording is the Clang plugin's (plugin/clang/Diagnostics.cpp),
// word for word, so one test file checks both plugins. An error that
// involves two places comes with a note at the other one.
//
//===----------------------------------------------------------------------===//
#ifndef CDEFER_GCC_DIAGNOSTICS_H
#define CDEFER_GCC_DIAGNOSTICS_H

#include "GccCommon.h"

namespace cdefer {

/// Where a diagnostic points, as Clang's SourceManager::getFileLoc: a token
/// the user passed as a macro argument where it is spelled, any other token
/// from a macro (the `__defer` itself) where the macro was expanded. Never
/// a virtual location, so GCC adds no "in expansion of macro" notes.
location_t userLoc(location_t L);

/// The location of the whole word Word on L's line, searching from L's
/// column forward (or backward): GENERIC keeps no location for a variable
/// use or a `return` keyword, only for the expression around it. L if the
/// word is not found.
location_t wordNear(location_t L, const char *Word, bool Backward = false);

/// The name GCC prints for a declaration.
const char *nameOf(tree Decl);

namespace diag {
// Jumps (SPEC 2.7).
void returnFromDefer(location_t L, location_t Defer);
void breakOutOfDefer(location_t L, location_t Defer);
void continueOutOfDefer(location_t L, location_t Defer);
void indirectGotoInDefer(location_t L, location_t Defer);
void caseInDefer(location_t L, location_t Defer);
void gotoCrossesDefer(location_t L);
void addrOfLabelInDefer(location_t L, const char *Label);
void noteJumpExits(location_t Defer);
void noteJumpEnters(location_t Defer);

// Where a `__defer` may stand.
void nestedDefer(location_t L, location_t Enclosing);
void deferNotLowered(location_t L);
void deferInNestedFunction(location_t L, const char *Fn);

// Captures (SPEC 2.5).
void shortLivedCapture(location_t Use, tree Var, const char *Fn,
                       location_t Defer);
void vlaCapture(location_t Use, tree Var, location_t Defer);
void registerCapture(location_t Use, tree Var);
/// Warnings return whether they were emitted (not under -w).
bool addrOfShortLived(location_t Use, tree Var, const char *Fn);
bool deferInLoop(location_t L, const char *Fn, tree Loop);

void tierRemark(location_t L, const char *What, const std::string &Reason);
} // namespace diag

} // namespace cdefer

#endif
