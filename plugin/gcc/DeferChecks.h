//===- DeferChecks.h - diagnose misuse of `__defer` -----------------------===//
#ifndef CDEFER_GCC_DEFERCHECKS_H
#define CDEFER_GCC_DEFERCHECKS_H

#include "DeferSite.h"
#include <functional>
#include <set>

namespace cdefer {

/// Reports every misuse in FDs (SPEC 2.5, 2.7) and the defer-in-loop
/// warning. Returns false if there was an error.
bool checkDefers(FunctionDefers &FDs, const Options &Opts);

/// The call of a call-form deferred statement (SPEC 2.4): an expression
/// statement that is a call, under casts to void. Null for the block form
/// (a braced S is one even when its only statement is a call).
tree callFormCall(const DeferSite &Site);

/// Variables declared inside S (they are not captures).
void collectDeclared(tree S, std::set<tree> &Out);

/// Calls Fn(slot, decl, location of the use) for every use in S of an
/// automatic variable or parameter of Fn declared outside S.
void forEachCapture(tree *S, tree Fn,
                    const std::function<void(tree *, tree, location_t)> &Use);

/// The parameters and the locals of Fn's outermost block: alive at every exit.
std::set<tree> outermostLocals(tree Fn);

} // namespace cdefer

#endif
