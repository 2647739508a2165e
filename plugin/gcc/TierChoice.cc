//===- TierChoice.cc - which tier each `__defer` is lowered in ------------===//
//
// The Clang plugin's rules (plugin/clang/TierChoice.cpp, docs/design.md §9),
// with the same reasons in the remark:
//
//   pooled           the `__defer` can run more than once per call: it is in
//                    a loop, a backward goto can reach it, or the function
//                    calls setjmp (a longjmp back re-runs what follows it);
//   frame-allocated  it runs at most once, but the function cannot be
//                    open-coded: another `__defer` of it is pooled (one LIFO
//                    list for both), it has a computed goto, or more defers
//                    than the bit mask holds;
//   open-coded       every other function: all its defers.
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
  std::string Fn = nameOf(FDs.Fn);
  tree Setjmp = findSetjmp(&DECL_SAVED_TREE(FDs.Fn));

  // Why the function as a whole cannot be open-coded, if it cannot.
  std::string NotOpen;
  bool AnyInLoop = false;
  for (auto &Site : FDs.Sites)
    AnyInLoop |= Site->InLoop;
  if (Setjmp || AnyInLoop)
    NotOpen = "another '__defer' of '" + Fn + "' needs a pooled record";
  else if (!FDs.IndirectGotos.empty())
    NotOpen = "'" + Fn + "' has a computed goto";
  else if (FDs.Sites.size() > MaxOpenCoded)
    NotOpen = "'" + Fn + "' has " + std::to_string(FDs.Sites.size()) +
              " defers, more than the " + std::to_string(MaxOpenCoded) +
              " that can be open-coded";
  else if (Opts.Forced == Tier::Frame || Opts.Forced == Tier::Pooled)
    NotOpen = std::string("tier=") + tierName(Opts.Forced);

  for (auto &SiteP : FDs.Sites) {
    DeferSite &Site = *SiteP;
    if (Site.InLoop) {
      Site.Chosen = Tier::Pooled;
      Site.TierReason = Site.Loop ? "it is in a loop"
                                  : "a backward goto can run it again";
    } else if (Setjmp) {
      Site.Chosen = Tier::Pooled;
      Site.TierReason = "'" + Fn + "' calls '" + nameOf(Setjmp) +
                        "': a longjmp back into it can run it again";
    } else if (Opts.Forced == Tier::Pooled) {
      Site.Chosen = Tier::Pooled;
      Site.TierReason = "tier=pool";
    } else if (!NotOpen.empty()) {
      Site.Chosen = Tier::Frame;
      Site.TierReason = NotOpen;
    } else {
      Site.Chosen = Tier::OpenCoded;
      Site.TierReason.clear();
    }
  }
}

} // namespace cdefer
