//===- PanicReady.h - which functions take part in panics -*- C++ -*-===//
//
// SPEC 4. A panic runs the deferred code of the functions it unwinds, and a
// function whose deferred code recovers returns normally. The runtime can
// only do that for functions that registered with it (runtime/src/panic.c);
// registering costs a few instructions per call, so only panic-ready
// functions do it.
//
//===----------------------------------------------------------------------===//
#ifndef CDEFER_PANICREADY_H
#define CDEFER_PANICREADY_H

#include "Options.h"
#include "clang/AST/Decl.h"

namespace cdefer {

/// The public functions of <cdefer.h> that make a translation unit use
/// panics.
inline constexpr const char *RecoverName = "cdefer_recover";

/// True if Fn is cdefer_recover.
inline bool isRecover(const clang::FunctionDecl *Fn) {
  return Fn && Fn->getIdentifier() && Fn->getName() == RecoverName;
}

/// True if FD's body calls cdefer_recover itself (not in a block literal).
bool callsRecover(const clang::FunctionDecl *FD);

/// True if functions with a `__defer` lowered now must be panic-ready:
/// `panic=on`, or `panic=auto` and the translation unit declares the panic
/// API (<cdefer.h>, unless CDEFER_NO_PANIC is defined before it).
bool panicReady(const clang::FunctionDecl *FD, const Options &Opts);

} // namespace cdefer

#endif
