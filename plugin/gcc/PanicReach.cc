//===- PanicReach.cc - can deferred code panic or recover? ----------------===//
#include "PanicReach.h"

namespace cdefer {

namespace {

/// The panic API's functions that neither panic nor recover.
bool harmlessApi(const char *Name) {
  return strcmp(Name, "cdefer_panicking") == 0 ||
         strcmp(Name, "cdefer_pending") == 0;
}

bool isFunctionPointer(const_tree Type) {
  return Type && POINTER_TYPE_P(Type) &&
         TREE_CODE(TREE_TYPE(Type)) == FUNCTION_TYPE;
}

/// True if Call hands its callee a function pointer, also one converted to
/// `void *` on its way in (pthread_create, a callback registry).
bool takesFunctionPointer(tree Call) {
  for (int I = 0, N = call_expr_nargs(Call); I != N; ++I) {
    tree Arg = CALL_EXPR_ARG(Call, I);
    if (isFunctionPointer(TREE_TYPE(Arg)))
      return true;
    STRIP_NOPS(Arg);
    if (TREE_CODE(Arg) == ADDR_EXPR &&
        TREE_CODE(TREE_OPERAND(Arg, 0)) == FUNCTION_DECL)
      return true;
    if (isFunctionPointer(TREE_TYPE(Arg)))
      return true;
  }
  return false;
}

struct Walk {
  PanicReach *Reach;
};

} // namespace

bool PanicReach::inertCallee(tree Fn) {
  if (!DECL_NAME(Fn))
    return false;
  const char *Name = IDENTIFIER_POINTER(DECL_NAME(Fn));
  if (strncmp(Name, "cdefer_", 7) == 0 || strncmp(Name, "__cdefer_", 9) == 0)
    return harmlessApi(Name);
  auto [It, New] = Known.emplace(Fn, false);
  if (!New)
    return It->second; // known, or being looked at (recursion: not inert)
  bool Inert;
  if (DECL_SAVED_TREE(Fn))
    Inert = !hazard(DECL_SAVED_TREE(Fn));
  else
    // The C library and other system headers call no cdefer code, short of
    // a callback (hazard checks the arguments).
    Inert = fndecl_built_in_p(Fn) || DECL_IN_SYSTEM_HEADER(Fn);
  Known[Fn] = Inert;
  return Inert;
}

tree PanicReach::hazard(tree Stmt) {
  Walk W{this};
  auto Visit = [](tree *Slot, int *WalkSubtrees, void *Data) -> tree {
    Walk &W = *static_cast<Walk *>(Data);
    tree T = *Slot;
    if (TYPE_P(T)) {
      *WalkSubtrees = 0;
      return NULL_TREE;
    }
    // walk_tree does not look into a declaration's initializer.
    if (TREE_CODE(T) == DECL_EXPR && VAR_P(DECL_EXPR_DECL(T)) &&
        DECL_INITIAL(DECL_EXPR_DECL(T)))
      if (tree Found = W.Reach->hazard(DECL_INITIAL(DECL_EXPR_DECL(T))))
        return Found;
    if (TREE_CODE(T) != CALL_EXPR)
      return NULL_TREE;
    if (!CALL_EXPR_FN(T))
      return NULL_TREE; // an internal function: no call at all
    tree Callee = get_callee_fndecl(T);
    if (!Callee || !W.Reach->inertCallee(Callee) ||
        (!fndecl_built_in_p(Callee) && takesFunctionPointer(T)))
      return T;
    return NULL_TREE;
  };
  return walk_tree_without_duplicates(&Stmt, Visit, &W);
}

} // namespace cdefer
