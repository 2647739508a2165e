//===- PanicReach.h - can deferred code panic or recover? -----------------===//
//
// The GCC side of the Clang plugin's PanicReach (plugin/clang/PanicReady.h):
// a function whose deferred code can neither panic nor recover takes part
// in panics unwind-only, through its exception cleanup, and pays nothing
// on its normal path; any other registers with the runtime.
//
//===----------------------------------------------------------------------===//
#ifndef CDEFER_GCC_PANICREACH_H
#define CDEFER_GCC_PANICREACH_H

#include "GccCommon.h"
#include <map>

namespace cdefer {

class PanicReach {
public:
  /// The first call in Stmt that may call cdefer_panic or cdefer_recover,
  /// or null when there is none: every call in Stmt goes straight to a
  /// function that is declared in a system header (other than the panic
  /// API) or is a builtin, and is handed no function pointer, or to a
  /// function defined earlier in the unit whose own calls are all like
  /// that. Anything else (a call through a pointer, a function defined
  /// elsewhere or later) may panic.
  tree hazard(tree Stmt);

private:
  bool inertCallee(tree Fn);
  /// By FUNCTION_DECL: inert or not (false while being looked at, so that
  /// recursion counts as a hazard). The decls live as long as the unit.
  std::map<tree, bool> Known;
};

} // namespace cdefer

#endif
