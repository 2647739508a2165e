//===- DeferSite.h - what the GCC plugin knows about each `__defer` -------===//
//
// The finder (DeferFinder.cc) fills a FunctionDefers from one function's
// GENERIC at PLUGIN_PRE_GENERICIZE; the checks (DeferChecks.cc) read it; the
// tier choice (TierChoice.cc) and the lowering (Lowering.cc) rewrite the
// body from it. Trees belong to GCC's garbage-collected heap: nothing here
// outlives the callback that built it.
//
//===----------------------------------------------------------------------===//
#ifndef CDEFER_GCC_DEFERSITE_H
#define CDEFER_GCC_DEFERSITE_H

#include "GccCommon.h"
#include "Options.h"
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace cdefer {

/// The function the `__defer` macro hides in a for condition.
constexpr const char *MarkerName = "__cdefer_marker_requires_the_cdefer_plugin";

/// True if Call is a call of the marker function.
bool isMarkerCall(const_tree Call);
/// True if T is the `for (; marker() != 0; )` loop `__defer` expands to.
bool isMarkerLoop(const_tree T);

/// One `__defer S` in a function body.
struct DeferSite {
  tree Marker = NULL_TREE;      ///< the FOR_STMT the macro made
  tree *Slot = nullptr;         ///< where Marker hangs in its parent
  location_t Loc = UNKNOWN_LOCATION; ///< the `__defer` as the user wrote it
  DeferSite *Enclosing = nullptr; ///< the deferred statement this one is in
  tree Loop = NULL_TREE;        ///< innermost loop statement around it
  bool InLoop = false;          ///< may execute more than once per call
  /// S is a `{ ... }` block. GENERIC drops the braces around a block of one
  /// statement, so the finder looks at the source after the `__defer`.
  bool Braced = false;
  unsigned Order = 0;           ///< position in the walk (source order)
  unsigned Index = 0;           ///< number within the function, from 0

  // Set by chooseTiers (TierChoice.cc).
  Tier Chosen = Tier::Pooled;
  std::string TierReason;

  tree &body() const { return FOR_BODY(Marker); }
};

/// A goto, computed goto or `&&label`, with the deferred statement it is in.
struct JumpRef {
  tree Stmt;
  DeferSite *Site;
  unsigned Order;
};

/// Where a label is defined: the deferred statement around it.
struct LabelInfo {
  DeferSite *Site;
  unsigned Order;
};

/// Everything the checks and the lowering need about one function.
struct FunctionDefers {
  tree Fn = NULL_TREE;
  std::vector<std::unique_ptr<DeferSite>> Sites;
  std::vector<JumpRef> Gotos, IndirectGotos, AddrLabels;
  std::map<tree, LabelInfo> Labels; ///< by LABEL_DECL
  std::vector<tree> NestedFunctions; ///< GNU nested functions declared inside
  bool PanicReady = false; ///< registers for panics (PanicReady.h)

  bool empty() const { return Sites.empty(); }
  bool openCoded() const {
    return !Sites.empty() && Sites.front()->Chosen == Tier::OpenCoded;
  }
};

/// Finds every `__defer` in Fn's body, in source order.
FunctionDefers findDefers(tree Fn);

/// The outermost BIND_EXPR of Fn's body, or null (a body with no locals is
/// a bare STATEMENT_LIST).
tree outermostBind(tree Fn);

/// True if Decl is an automatic variable or parameter of Fn.
bool isLocalOf(const_tree Decl, const_tree Fn);

} // namespace cdefer

#endif
