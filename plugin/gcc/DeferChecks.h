//===- DeferChecks.h - diagnose misuse of `__defer` -----------------------===//
#ifndef CDEFER_GCC_DEFERCHECKS_H
#define CDEFER_GCC_DEFERCHECKS_H

#include "DeferSite.h"
#include <functional>
#include <map>
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

/// True if Var is a variable-length array (not static) whose elements are
/// not variably modified themselves: a deferred block can reach it through
/// a pointer to its first element and the values of its size, both taken
/// at the `__defer`.
bool isCapturableVLA(const_tree Var);

/// The SAVE_EXPRs in the sizes of Fn's variably modified variables declared
/// outside a deferred statement (Declared: those declared in it), each
/// with its variable. Each was evaluated where its variable was declared.
class VLASizes {
public:
  VLASizes(tree Fn, const std::set<tree> &Declared);
  /// The variable Save is a size of, or null.
  tree owner(tree Save);
  const std::set<tree> &declared() const { return Declared; }

private:
  tree Fn;
  const std::set<tree> &Declared;
  bool Known = false;
  std::map<tree, tree> Owners;
};

/// How a deferred block uses a variable-length array of the function
/// (SPEC 2.5: one of the outermost block lives until every exit).
enum class VLAUse {
  Index, ///< the array of `a[i]` (an ARRAY_REF of `a` in GENERIC)
  Decay, ///< `a` decays to a pointer to its first element (f(a), a + 1)
  Size,  ///< a value of its size: `sizeof a`, also through typeof
  Other, ///< anything else (`&a`; any use of a VLA that is not capturable)
};

/// Returns what replaces Node (see forEachVLAUse), or null.
using VLAUseFn =
    std::function<tree(tree Var, VLAUse U, tree Node, location_t Near)>;

/// Calls Use for each use in *S of a variable-length array of Fn declared
/// outside S: for a capturable one (isCapturableVLA) its Index, Decay and
/// Size uses, and its Other uses; for any other variably modified variable,
/// each of its sizes S uses, as Other. Node is the use: the array of an
/// ARRAY_REF (Index), the ADDR_EXPR or `(void) a` (Decay), a SAVE_EXPR of
/// its size or the COMPOUND_EXPR `a, size` that `sizeof a` makes (Size),
/// the reference (Other). Near locates the expression around it. If
/// Rewrite, what Use returns replaces Node (a `T *` for a Decay, an array
/// for an Index), and `sizeof a` loses its `a`; value expressions above a
/// replaced node are copied (a size expression is shared with its type).
void forEachVLAUse(tree *S, tree Fn, VLASizes &Sizes, bool Rewrite,
                   const VLAUseFn &Use);

/// The parameters and the locals of Fn's outermost block: alive at every exit.
std::set<tree> outermostLocals(tree Fn);

} // namespace cdefer

#endif
