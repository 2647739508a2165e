//===- TierChoice.cc - which tier each `__defer` is lowered in ------------===//
//
// The rule is chooseTier in plugin/common/TierPolicy.h, shared with the
// Clang plugin (docs/design.md §9), so the tiers and the remark's reasons are
// the same; this file finds its inputs in GCC's trees.
//
//===----------------------------------------------------------------------===//
#include "TierChoice.h"
#include "Diagnostics.h"

namespace cdefer {

namespace {

/// True if Fn can return twice, as setjmp does.
bool returnsTwice(tree Fn) {
  if (DECL_IS_RETURNS_TWICE(Fn) ||
      lookup_attribute("returns_twice", DECL_ATTRIBUTES(Fn)))
    return true;
  const char *Name = nameOf(Fn);
  for (const char *N : ReturnsTwiceNames)
    if (strcmp(Name, N) == 0)
      return true;
  return false;
}

/// The first call, outside deferred statements, of a function that returns
/// twice.
tree findSetjmp(tree *Body) {
  struct Search {
    static tree visit(tree *Slot, int *WalkSubtrees, void *) {
      tree T = *Slot;
      if (TYPE_P(T) || isMarkerLoop(T)) {
        *WalkSubtrees = 0;
        return NULL_TREE;
      }
      if (TREE_CODE(T) == DECL_EXPR && VAR_P(DECL_EXPR_DECL(T)))
        if (tree F = walk_tree(&DECL_INITIAL(DECL_EXPR_DECL(T)), visit,
                               nullptr, nullptr))
          return F;
      if (TREE_CODE(T) == CALL_EXPR)
        if (tree Callee = get_callee_fndecl(T))
          if (returnsTwice(Callee))
            return Callee;
      return NULL_TREE;
    }
  };
  return walk_tree_without_duplicates(Body, Search::visit, nullptr);
}

} // namespace

void chooseTiers(FunctionDefers &FDs, const Options &Opts) {
  FunctionTierFacts F;
  F.Name = nameOf(FDs.Fn);
  if (tree Setjmp = findSetjmp(&DECL_SAVED_TREE(FDs.Fn)))
    F.Setjmp = nameOf(Setjmp);
  for (auto &Site : FDs.Sites)
    F.AnyInLoop |= Site->InLoop;
  F.ComputedGoto = !FDs.IndirectGotos.empty();
  F.Defers = FDs.Sites.size();
  F.Forced = Opts.Forced;
  std::string NotOpen = notOpenCodedReason(F);
  for (auto &Site : FDs.Sites)
    Site->Chosen = chooseTier(F, NotOpen, Site->InLoop, Site->Loop != nullptr,
                              Site->TierReason);
}

} // namespace cdefer
