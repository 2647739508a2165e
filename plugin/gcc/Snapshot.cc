//===- Snapshot.cc - what a `__defer` must save when it executes ----------===//
#include "Snapshot.h"
#include "DeferChecks.h"

namespace cdefer {

static bool timeInvariant(tree E) {
  return TREE_CONSTANT(E) && !TREE_SIDE_EFFECTS(E);
}

static tree slotType(tree E) {
  tree T = TYPE_MAIN_VARIANT(TREE_TYPE(E));
  return variably_modified_type_p(T, NULL_TREE) ? ptr_type_node : T;
}

std::vector<SavedValue> callFormValues(const DeferSite &Site) {
  std::vector<SavedValue> Out;
  tree Call = callFormCall(Site);
  if (!Call)
    return Out;
  tree &Callee = CALL_EXPR_FN(Call);
  bool Direct = TREE_CODE(Callee) == ADDR_EXPR &&
                TREE_CODE(TREE_OPERAND(Callee, 0)) == FUNCTION_DECL;
  if (!Direct)
    Out.push_back({"fn", Callee, &Callee, slotType(Callee)});
  for (int I = 0, N = call_expr_nargs(Call); I != N; ++I) {
    tree &Arg = CALL_EXPR_ARG(Call, I);
    if (timeInvariant(Arg))
      continue;
    Out.push_back({"a" + std::to_string(I), Arg, &Arg, slotType(Arg)});
  }
  return Out;
}

tree readBack(const SavedValue &V, tree Slot) {
  tree Type = TREE_TYPE(V.Value);
  return V.SlotType == TYPE_MAIN_VARIANT(Type) ? Slot : fold_convert(Type, Slot);
}

} // namespace cdefer
