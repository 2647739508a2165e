//===- PanicReady.h - which functions take part in panics -----------------===//
//
// SPEC 4. A panic runs the deferred code of the functions it unwinds, and a
// function whose deferred code recovers returns normally. The runtime can
// only do that for functions that registered with it (runtime/src/panic.c);
// registering costs a few instructions per call, so only panic-ready
// functions do it. The rule is the Clang plugin's (plugin/clang/PanicReady.h).
// Also here: what every function of a unit that uses the panic API needs
// (functions calling cdefer_recover kept out of line, null panics warned).
//
//===----------------------------------------------------------------------===//
#ifndef CDEFER_GCC_PANICREADY_H
#define CDEFER_GCC_PANICREADY_H

#include "GccCommon.h"
#include "Options.h"

namespace cdefer {

/// True if Call is `cdefer_recover ()`.
bool isRecoverCall(const_tree Call);

struct FunctionDefers;
class PanicReach;

/// True if FDs.Fn, a function with a `__defer`, takes part in panics (as
/// choosePanicRole says how): `panic=on` or `panic=register`, or
/// `panic=auto` and the translation unit declares the panic
/// API (<cdefer.h>, unless CDEFER_NO_PANIC is defined before it). Never an
/// always_inline function: it has no frame of its own to recognise.
bool panicReady(const FunctionDefers &FDs, const Options &Opts);

/// How a function with a `__defer` takes part in panics: the Clang
/// plugin's roles (plugin/clang/PanicReady.h).
enum class PanicRole {
  None,       ///< not at all (panicReady is false)
  Registers,  ///< panic-ready: registers with the runtime at entry
  UnwindOnly, ///< a panic runs its deferred code from its exception cleanup
  RegistersOnRequest, ///< registers because of `panic=register`
};

/// FDs.Fn's role. A function that takes part makes the unit compile with
/// exceptions (UnitExceptions.h). It registers when its deferred code may
/// panic or recover (*Hazard: the first call that may), or on request;
/// otherwise it takes part unwind-only and pays nothing on its normal path.
PanicRole choosePanicRole(const FunctionDefers &FDs, const Options &Opts,
                          PanicReach &Reach, tree *Hazard);

/// An unwind-only function stays out of line: inlined into a panic-ready
/// caller, its cleanup would run after the caller's registration had run
/// (and maybe recovered).
void keepUnwindOnlyOutOfLine(tree Fn);

/// True if Fn declares a variable with `__attribute__((cleanup))`: its
/// landing pad then runs more than the plugin's cleanups.
bool declaresCleanupVariable(tree Fn);

/// cdefer_recover tells a direct call by its callers' frames
/// (runtime/src/panic.c): a function that calls it must stay a function of
/// its own, under its own name, not split, making no tail calls. Does that
/// to Fn if its body calls cdefer_recover.
void keepRecoverCallerOutOfLine(tree Fn);

/// Makes Fn a function of its own whose frame the runtime can recognise by
/// its address: no inlining, cloning or splitting (`noipa`, `noinline`), no
/// hot/cold partition (GCC moves a noreturn path into `f.cold`, whose frames
/// unwind with another region start), no tail calls.
void keepOutOfLine(tree Fn);

/// cdefer_panic (NULL) cannot be told from no panic by cdefer_recover
/// (SPEC 4): warns at each call in Fn of cdefer_panic or __cdefer_panic_at
/// (the macro) with a null pointer constant.
void warnNullPanics(tree Fn);

} // namespace cdefer

#endif
