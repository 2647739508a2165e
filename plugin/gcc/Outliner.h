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
};

/// Outlines Site's statement (N numbers it in the translation unit). The
/// function is genericized and handed to the call graph here.
OutlinedDefer outlineDefer(FunctionDefers &FDs, DeferSite &Site, unsigned N);

} // namespace cdefer

#endif
