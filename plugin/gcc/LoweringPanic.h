//===- LoweringPanic.h - make a function panic-ready ----------------------===//
#ifndef CDEFER_GCC_LOWERINGPANIC_H
#define CDEFER_GCC_LOWERINGPANIC_H

#include "DeferSite.h"
#include "Outliner.h"
#include <string>
#include <vector>

namespace cdefer {

/// What a panic-ready function adds around its tier's lowering (wrapBody in
/// Lowering.cc puts the pieces in place).
struct Registration {
  std::vector<tree> Entry; ///< fill the registration and push it
  tree Resume;             ///< `if (__builtin_setjmp (...)) return rv;`
  tree Pop;                ///< the registration's cleanup
};

/// Declares Fn's registration (and its volatile copy of the return value)
/// in Bind, rewrites every `return E` of Fn to keep that copy and hides the
/// target of every computed goto of Fn from the optimizers. Frame is
/// the tier's hidden local; Step the open-coded tier's step function, or
/// null for the runtime tiers.
Registration registerFrame(tree Fn, tree Bind, tree Frame, tree Step);

/// The step function of an open-coded panic-ready function: hands out its
/// newest pending statement, clearing its bit. Open is the hidden local's
/// record (`__bits` first), FieldOf[I] the field of statement I's snapshot
/// (or -1), Sites[I] its site string.
tree stepFunction(FunctionDefers &FDs, const std::string &Base,
                  const std::vector<OutlinedDefer> &Outs, tree Open,
                  const std::vector<int> &FieldOf,
                  const std::vector<tree> &Sites);

} // namespace cdefer

#endif
