//===- PanicReady.h - which functions take part in panics -*- C++ -*-===//
//
// SPEC 4. A panic runs the deferred code of the functions it unwinds, and a
// function whose deferred code recovers returns normally. A function takes
// part in one of two ways:
//  - panic-ready: it registers with the runtime at entry
//    (runtime/src/panic.c), which then runs its deferred code itself,
//    statement by statement, and can make it return normally after a
//    recovery; this costs a few instructions per call;
//  - unwind-only: its deferred code cannot panic or recover (PanicReach),
//    so the panic's unwind runs it from the function's exception cleanup,
//    which costs nothing on the normal path (the plugin turns exceptions on
//    for units that take part in panics). A panic through it costs more:
//    the unwinder must step to it and restart after its cleanup, where a
//    panic through registered frames one above the other runs them without
//    the unwinder. `panic=register` makes every function register.
//
//===----------------------------------------------------------------------===//
#ifndef CDEFER_PANICREADY_H
#define CDEFER_PANICREADY_H

#include "Options.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/DenseMap.h"

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

/// True if the functions with a `__defer` lowered now must take part in
/// panics: `panic=on`, or `panic=auto` and the translation unit declares the
/// panic API so far.
bool unitTakesPartInPanics(clang::ASTContext &Ctx, const Options &Opts);

/// True if FD's deferred code must run during a panic: `panic=on`, or
/// `panic=auto` and the translation unit declares the panic API
/// (<cdefer.h>, unless CDEFER_NO_PANIC is defined before it). Never for an
/// always_inline function, which has no frame of its own.
bool takesPartInPanics(const clang::FunctionDecl *FD, const Options &Opts);

/// Whether calling a function can start or stop a panic, as far as the
/// translation unit shows: remembers its answer per function.
class PanicReach {
public:
  /// True if running S cannot call cdefer_panic or cdefer_recover: every
  /// call in it is a direct call of a function that is declared in a system
  /// header (other than the panic API) and is handed no function pointer,
  /// or whose body, in this unit, is itself inert. Anything else (a call
  /// through a pointer, a function defined elsewhere or later) may panic.
  bool inert(const clang::Stmt *S) { return !hazard(S); }
  /// The first call in S that may panic or recover, or null if S is inert.
  const clang::Expr *hazard(const clang::Stmt *S);

private:
  bool inertCallee(const clang::FunctionDecl *FD);
  llvm::DenseMap<const clang::FunctionDecl *, bool> Known;
};

} // namespace cdefer

#endif
