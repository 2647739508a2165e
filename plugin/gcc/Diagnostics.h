//===- Diagnostics.h - the GCC plugin's messages and their locations ------===//
//
// All user-facing messages of the GCC plugin, through GCC's own diagnostic
// machinery: error_at for errors, warning_at for warnings (so -w and -Werror
// apply), inform for notes and for the tier remarks (GCC 12 has no remark
// kind). The wording is the Clang plugin's (plugin/clang/Diagnostics.cpp),
// word for word, so one test file checks both plugins. An error that
// involves two places comes with a note at the other one.
//
// Quotes are GCC's directives (%<...%>, %qs, %qT), so -Wformat checks every
// format: they print as the locale's quotes, which in the C locale are
// Clang's ASCII ones (test/tools/gcc_cc.py runs GCC under LC_ALL=C).
//
//===----------------------------------------------------------------------===//
#ifndef CDEFER_GCC_DIAGNOSTICS_H
#define CDEFER_GCC_DIAGNOSTICS_H

#include "GccCommon.h"
#include <string>

namespace cdefer {

/// Where a diagnostic points, as Clang's SourceManager::getFileLoc: a token
/// the user passed as a macro argument where it is spelled, any other token
/// from a macro (the `__defer` itself) where the macro was expanded. Never
/// a virtual location, so GCC adds no "in expansion of macro" notes.
location_t userLoc(location_t L);

/// The location of the whole word Word near L: GENERIC keeps no location
/// for a variable use or a `return` keyword, only for the expression around
/// it. Forward searches L's source range first, then L's line from its
/// caret on; Backward searches the line from the caret back. L if the word
/// is not there.
location_t wordNear(location_t L, const char *Word, bool Backward = false);

/// The location of the keyword Word if it is the token right before L
/// (across lines, blanks and comments), else L. GCC 12 places a `do` loop at
/// its body; Clang places it at the `do`.
location_t keywordBefore(location_t L, const char *Word);

/// The location of the identifier `__defer` (or `defer`, the short name
/// <cdefer.h> offers) if it is the token right before L, spelled in a
/// source file; UNKNOWN_LOCATION if something else is.
location_t deferBefore(location_t L);

/// The source character at L's spelling location, or 0.
char charAt(location_t L);

/// The identifier (or keyword) spelled at L, or "".
std::string wordAt(location_t L);

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
void deferUnevaluated(location_t L);

// Captures (SPEC 2.5).
void shortLivedCapture(location_t Use, tree Var, const char *Fn,
                       location_t Defer);
void vlaCapture(location_t Use, tree Var, location_t Defer);
void registerCapture(location_t Use, tree Var);
/// Warnings return whether they were emitted (not under -w).
bool addrOfShortLived(location_t Use, tree Var, const char *Fn);
bool deferInLoop(location_t L, const char *Fn, tree Loop);
bool nullPanic(location_t L);

void tierRemark(location_t L, const char *What, const std::string &Reason);
/// `Rpanic`: how Fn takes part in panics (Role: PanicRole - 1), with a note
/// at HazardLoc, the call that made it register, when known.
void panicRemark(location_t L, tree Fn, unsigned Role, location_t HazardLoc);

/// The texts that replace GCC's parser errors about a misplaced `__defer`
/// (ParseDiagnostics.cc), with the locale's quotes: the parser has already
/// formatted its message, so these are plain text, not formats.
std::string deferOutsideFunctionText();
std::string deferOfDeclarationText();
std::string deferWithoutStatementText();
} // namespace diag

} // namespace cdefer

#endif
