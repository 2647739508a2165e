//===- MarkerAudit.cc - no `__defer` may survive lowering -----------------===//
//
// A marker call the lowering did not replace would reach the linker as an
// undefined reference; this makes it a compile error at the `__defer`
// instead. GNU nested functions are genericized with their parent, not
// through PLUGIN_PRE_GENERICIZE, so their markers are never lowered: each
// is reported naming the nested function.
//
//===----------------------------------------------------------------------===//
#include "MarkerAudit.h"
#include "DeferSite.h"
#include "Diagnostics.h"

namespace cdefer {

namespace {

struct Audit {
  tree Nested; ///< the nested function walked, or null for the parent
  unsigned Count = 0;
  std::vector<tree> NestedFunctions;
};

tree visit(tree *Slot, int *WalkSubtrees, void *Data) {
  auto &A = *static_cast<Audit *>(Data);
  tree T = *Slot;
  if (TYPE_P(T)) {
    *WalkSubtrees = 0;
    return NULL_TREE;
  }
  if (TREE_CODE(T) == DECL_EXPR &&
      TREE_CODE(DECL_EXPR_DECL(T)) == FUNCTION_DECL) {
    *WalkSubtrees = 0;
    A.NestedFunctions.push_back(DECL_EXPR_DECL(T));
    return NULL_TREE;
  }
  if (TREE_CODE(T) == DECL_EXPR && VAR_P(DECL_EXPR_DECL(T)))
    walk_tree(&DECL_INITIAL(DECL_EXPR_DECL(T)), visit, Data, nullptr);
  if (isMarkerCall(T)) {
    ++A.Count;
    location_t L = userLoc(EXPR_LOCATION(T));
    if (A.Nested)
      diag::deferInNestedFunction(L, nameOf(A.Nested));
    else
      diag::deferNotLowered(L);
  }
  return NULL_TREE;
}

unsigned audit(tree Fn, tree Nested, int Depth) {
  if (!DECL_SAVED_TREE(Fn) || Depth > 32)
    return 0;
  Audit A{Nested};
  walk_tree_without_duplicates(&DECL_SAVED_TREE(Fn), visit, &A);
  for (tree N : A.NestedFunctions)
    if (N != Fn)
      A.Count += audit(N, N, Depth + 1);
  return A.Count;
}

} // namespace

unsigned auditMarkers(tree Fn) { return audit(Fn, NULL_TREE, 0); }

} // namespace cdefer
