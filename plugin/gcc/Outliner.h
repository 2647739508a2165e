//===- Outliner.h - move a deferred statement into a function -------------===//
#ifndef CDEFER_GCC_OUTLINER_H
#define CDEFER_GCC_OUTLINER_H

#include "DeferSite.h"
#include <string>
#include <vector>

namespace cdefer {

/// A deferred statement moved into `static void __cdefer_<f>_<N>(void *)`.
struct OutlinedDefer {
  tree Fn = NULL_TREE;  ///< the outlined function
  tree Ctx = NULL_TREE; ///< its snapshot's RECORD_TYPE, or null if none
  std::vector<tree> Values; ///< what fills each field, at the `__defer`
  bool CallForm = false; ///< S was the call form (the site's form byte)
};

/// Outlines Site's statement (N numbers it in the translation unit). The
/// function is genericized and handed to the call graph here.
/// In a panic-ready function (FDs.PanicReady) a direct call's snapshot
/// begins with the callee's address (cdefer_abi.h). `__defer
/// cdefer_recover ();` becomes `__defer __cdefer_recover_deferred (f);`, and
/// a cdefer_recover () in a deferred block `__cdefer_recover_block (<the
/// outlined function>, <its context>)`.
OutlinedDefer outlineDefer(FunctionDefers &FDs, DeferSite &Site, unsigned N);

/// `static R Name (Params)`, a synthesised function next to Parent, with
/// Parent's target and optimisation options; no body yet.
tree newFunction(tree Parent, const std::string &Name, tree ReturnType,
                 const std::vector<std::pair<std::string, tree>> &Params,
                 location_t L);
/// Gives Fn (from newFunction) Body, a BIND_EXPR whose BLOCK is Block,
/// genericizes it and hands it to the call graph.
void finishFunction(tree Fn, tree Body, tree Block, location_t L);

} // namespace cdefer

#endif
