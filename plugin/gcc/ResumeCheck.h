//===- ResumeCheck.h - a panic-ready function kept its resume point -------===//
//
// A panic-ready function resumes after a recovery at the receiver of its
// `__builtin_setjmp` (LoweringPanic.cc). GCC 12 makes that receiver a target
// of every computed goto of the function, and its CFG cleanup then reaches
// the receiver only through them: when the optimisers prove every computed
// goto dead, the receiver is deleted and its label moved to the function's
// entry, so that a recovery would run the function again from the start
// (test/gcc/computed-goto-dead-error.c). This pass, after the last GIMPLE
// optimisation (in cc1, and in lto1 for an LTO link), finds a function that
// registers with the runtime and has a setjmp setup but no receiver left,
// and makes that an error instead of wrong code.
//
//===----------------------------------------------------------------------===//
#ifndef CDEFER_GCC_RESUMECHECK_H
#define CDEFER_GCC_RESUMECHECK_H

#include "GccCommon.h"

namespace cdefer {

/// Registers the pass for the plugin named PluginName.
void registerResumeCheck(const char *PluginName);

} // namespace cdefer

#endif
