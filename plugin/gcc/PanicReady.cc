//===- PanicReady.cc - which functions take part in panics ----------------===//
#include "PanicReady.h"
#include "DeferSite.h"
#include "Diagnostics.h"
#include "PanicReach.h"
#include "UnitExceptions.h"
#include <vector>

namespace cdefer {

namespace {

constexpr const char *RecoverName = "cdefer_recover";

/// The translation unit's function Name, or null.
tree declaredFunction(const char *Name) {
  tree D = identifier_global_value(get_identifier(Name));
  return D && TREE_CODE(D) == FUNCTION_DECL ? D : NULL_TREE;
}

tree findRecoverCall(tree *Slot, int *WalkSubtrees, void *) {
  if (TYPE_P(*Slot)) {
    *WalkSubtrees = 0;
    return NULL_TREE;
  }
  if (TREE_CODE(*Slot) == DECL_EXPR && VAR_P(DECL_EXPR_DECL(*Slot)))
    if (tree Found = walk_tree(&DECL_INITIAL(DECL_EXPR_DECL(*Slot)),
                               findRecoverCall, nullptr, nullptr))
      return Found;
  return isRecoverCall(*Slot) ? *Slot : NULL_TREE;
}

constexpr const char *NoPartition = "no-reorder-blocks-and-partition";
constexpr const char *NoSibcalls = "no-optimize-sibling-calls";

/// True if Fn has our `optimize` attribute already.
bool hasOurOptimize(tree Fn) {
  for (tree A = lookup_attribute("optimize", DECL_ATTRIBUTES(Fn)); A;
       A = lookup_attribute("optimize", TREE_CHAIN(A)))
    for (tree Arg = TREE_VALUE(A); Arg; Arg = TREE_CHAIN(Arg))
      if (TREE_CODE(TREE_VALUE(Arg)) == STRING_CST &&
          strcmp(TREE_STRING_POINTER(TREE_VALUE(Arg)), NoPartition) == 0)
        return true;
  return false;
}

/// `optimize (Options...)`, added the way the attribute would be: on top
/// of the function's current optimisation options. One attribute with all
/// of them: GCC 12 keeps only the last of two `optimize` attributes added
/// one after the other (an earlier `-fno-` flag is lost).
void addOptimize(tree Fn, const std::vector<const char *> &Options) {
  tree Args = NULL_TREE;
  for (auto It = Options.rbegin(); It != Options.rend(); ++It)
    Args = tree_cons(NULL_TREE, build_string(strlen(*It) + 1, *It), Args);
  tree Attr = tree_cons(get_identifier("optimize"), Args, NULL_TREE);
  decl_attributes(&Fn, Attr, 0);
}

void addAttribute(tree Fn, const char *Name) {
  if (!lookup_attribute(Name, DECL_ATTRIBUTES(Fn)))
    DECL_ATTRIBUTES(Fn) = tree_cons(get_identifier(Name), NULL_TREE,
                                    DECL_ATTRIBUTES(Fn));
}

tree findNullPanic(tree *Slot, int *WalkSubtrees, void *) {
  tree T = *Slot;
  if (TYPE_P(T)) {
    *WalkSubtrees = 0;
    return NULL_TREE;
  }
  if (TREE_CODE(T) == DECL_EXPR && VAR_P(DECL_EXPR_DECL(T)))
    walk_tree(&DECL_INITIAL(DECL_EXPR_DECL(T)), findNullPanic, nullptr,
              nullptr);
  if (TREE_CODE(T) != CALL_EXPR || call_expr_nargs(T) < 1)
    return NULL_TREE;
  tree Callee = get_callee_fndecl(T);
  if (!Callee || !DECL_NAME(Callee))
    return NULL_TREE;
  const char *Name = IDENTIFIER_POINTER(DECL_NAME(Callee));
  if (strcmp(Name, "__cdefer_panic_at") != 0 &&
      strcmp(Name, "cdefer_panic") != 0)
    return NULL_TREE;
  tree Value = CALL_EXPR_ARG(T, 0);
  STRIP_NOPS(Value);
  if (integer_zerop(Value))
    diag::nullPanic(userLoc(EXPR_LOCATION(T)));
  return NULL_TREE;
}

} // namespace

void warnNullPanics(tree Fn) {
  tree Panic = declaredFunction("__cdefer_panic_at");
  tree Plain = declaredFunction("cdefer_panic");
  if ((!Panic || !TREE_USED(Panic)) && (!Plain || !TREE_USED(Plain)))
    return;
  walk_tree_without_duplicates(&DECL_SAVED_TREE(Fn), findNullPanic, nullptr);
}

bool isRecoverCall(const_tree Call) {
  if (!Call || TREE_CODE(Call) != CALL_EXPR || call_expr_nargs(Call) != 0)
    return false;
  tree Callee = get_callee_fndecl(Call);
  return Callee && DECL_NAME(Callee) &&
         strcmp(IDENTIFIER_POINTER(DECL_NAME(Callee)), RecoverName) == 0;
}

bool panicReady(const FunctionDefers &FDs, const Options &Opts) {
  if (lookup_attribute("always_inline", DECL_ATTRIBUTES(FDs.Fn)))
    return false;
  switch (Opts.PanicMode) {
  case Options::Panic::On:
  case Options::Panic::Register:
    return true;
  case Options::Panic::Off:
    return false;
  case Options::Panic::Auto:
    break;
  }
  // A unit that can see the panic API may panic or recover anywhere, also in
  // functions it defines later than this one, or call code that does: every
  // function with a `__defer` takes part.
  return declaredFunction(RecoverName) ||
         declaredFunction("__cdefer_panic_at") ||
         declaredFunction("cdefer_panic");
}

PanicRole choosePanicRole(const FunctionDefers &FDs, const Options &Opts,
                          PanicReach &Reach, tree *Hazard) {
  *Hazard = NULL_TREE;
  if (!panicReady(FDs, Opts))
    return PanicRole::None;
  compileUnitWithExceptions();
  for (const auto &Site : FDs.Sites)
    if ((*Hazard = Reach.hazard(Site->body())))
      return PanicRole::Registers;
  if (Opts.PanicMode == Options::Panic::Register)
    return PanicRole::RegistersOnRequest;
  return PanicRole::UnwindOnly;
}

void keepUnwindOnlyOutOfLine(tree Fn) {
  DECL_UNINLINABLE(Fn) = 1;
  addAttribute(Fn, "noinline");
}

bool declaresCleanupVariable(tree Fn) {
  auto Visit = [](tree *Slot, int *WalkSubtrees, void *) -> tree {
    if (TYPE_P(*Slot)) {
      *WalkSubtrees = 0;
      return NULL_TREE;
    }
    if (TREE_CODE(*Slot) == BIND_EXPR)
      for (tree V = BIND_EXPR_VARS(*Slot); V; V = DECL_CHAIN(V))
        if (VAR_P(V) && lookup_attribute("cleanup", DECL_ATTRIBUTES(V)))
          return V;
    return NULL_TREE;
  };
  return walk_tree_without_duplicates(&DECL_SAVED_TREE(Fn), Visit, nullptr);
}

void keepOutOfLine(tree Fn) {
  DECL_UNINLINABLE(Fn) = 1;
  addAttribute(Fn, "noinline");
  addAttribute(Fn, "noipa");
  if (!hasOurOptimize(Fn))
    addOptimize(Fn, {NoPartition, NoSibcalls});
}

void keepRecoverCallerOutOfLine(tree Fn) {
  tree Recover = declaredFunction(RecoverName);
  if (!Recover || !TREE_USED(Recover) ||
      lookup_attribute("always_inline", DECL_ATTRIBUTES(Fn)))
    return;
  if (walk_tree_without_duplicates(&DECL_SAVED_TREE(Fn), findRecoverCall,
                                   nullptr))
    keepOutOfLine(Fn);
}

} // namespace cdefer
