//===- DeferChecks.cc - diagnose misuse of `__defer` in GENERIC -----------===//
//
// The C front end has checked the function as if each `__defer S` were the
// loop `for (; marker (); ) S` it expands to. What that loop hides, these
// checks report, as the Clang plugin's DeferChecks.cpp does: a return,
// break or continue that would leave S, a goto, case label or `&&label`
// crossing S's boundary, a `__defer` inside S, and a deferred block naming
// a variable that dies before the function returns.
//
//===----------------------------------------------------------------------===//
#include "DeferChecks.h"
#include "Diagnostics.h"

namespace cdefer {

namespace {

/// Walks one deferred statement S for jumps that would leave it.
class JumpChecker {
public:
  explicit JumpChecker(const DeferSite &Site)
      : Defer(userLoc(Site.Loc)) {}

  bool ok() const { return !Failed; }

  void walk(tree *Slot, unsigned Loops, unsigned Switches) {
    if (!Slot || !*Slot)
      return;
    Walk W{this, Loops, Switches};
    walk_tree(Slot, visit, &W, nullptr);
  }

private:
  struct Walk {
    JumpChecker *C;
    unsigned Loops, Switches;
  };
  static tree visit(tree *Slot, int *WalkSubtrees, void *Data) {
    Walk *W = static_cast<Walk *>(Data);
    return W->C->node(*Slot, WalkSubtrees, W->Loops, W->Switches);
  }

  tree node(tree T, int *WalkSubtrees, unsigned Loops, unsigned Switches) {
    if (TYPE_P(T)) {
      *WalkSubtrees = 0;
      return NULL_TREE;
    }
    location_t L = userLoc(EXPR_LOCATION(T));
    switch (TREE_CODE(T)) {
    case RETURN_EXPR:
      // GENERIC places a `return E;` at E: point at the keyword.
      Failed = true;
      diag::returnFromDefer(wordNear(L, "return", /*Backward=*/true), Defer);
      return NULL_TREE;
    case BREAK_STMT:
      if (Loops + Switches == 0) {
        Failed = true;
        diag::breakOutOfDefer(L, Defer);
      }
      return NULL_TREE;
    case CONTINUE_STMT:
      if (Loops == 0) {
        Failed = true;
        diag::continueOutOfDefer(L, Defer);
      }
      return NULL_TREE;
    case CASE_LABEL_EXPR:
      if (Switches == 0) {
        Failed = true;
        diag::caseInDefer(L, Defer);
      }
      return NULL_TREE;
    case GOTO_EXPR:
      if (TREE_CODE(GOTO_DESTINATION(T)) != LABEL_DECL) {
        Failed = true;
        diag::indirectGotoInDefer(L, Defer);
      }
      return NULL_TREE;
    case FOR_STMT:
      *WalkSubtrees = 0;
      // A break in a for's init part belongs to the loop around the for.
      walk(&FOR_INIT_STMT(T), Loops, Switches);
      walk(&FOR_COND(T), Loops + 1, Switches);
      walk(&FOR_EXPR(T), Loops + 1, Switches);
      walk(&FOR_BODY(T), Loops + 1, Switches);
      return NULL_TREE;
    case WHILE_STMT:
    case DO_STMT:
      *WalkSubtrees = 0;
      walk(&TREE_OPERAND(T, 0), Loops + 1, Switches);
      walk(&TREE_OPERAND(T, 1), Loops + 1, Switches);
      return NULL_TREE;
    case SWITCH_STMT:
      *WalkSubtrees = 0;
      walk(&SWITCH_STMT_COND(T), Loops, Switches);
      walk(&SWITCH_STMT_BODY(T), Loops, Switches + 1);
      return NULL_TREE;
    case BIND_EXPR:
      *WalkSubtrees = 0;
      walk(&BIND_EXPR_BODY(T), Loops, Switches);
      return NULL_TREE;
    case DECL_EXPR:
      if (VAR_P(DECL_EXPR_DECL(T)))
        walk(&DECL_INITIAL(DECL_EXPR_DECL(T)), Loops, Switches);
      return NULL_TREE;
    default:
      return NULL_TREE;
    }
  }

  location_t Defer;
  bool Failed = false;
};

DeferSite *labelSite(const FunctionDefers &FDs, tree Label) {
  auto It = FDs.Labels.find(Label);
  return It == FDs.Labels.end() ? nullptr : It->second.Site;
}

/// Gotos and label addresses that cross a deferred statement's boundary.
bool checkGotos(const FunctionDefers &FDs) {
  bool OK = true;
  for (const JumpRef &G : FDs.Gotos) {
    DeferSite *LabelSite = labelSite(FDs, GOTO_DESTINATION(G.Stmt));
    if (LabelSite == G.Site)
      continue;
    OK = false;
    diag::gotoCrossesDefer(userLoc(EXPR_LOCATION(G.Stmt)));
    if (G.Site)
      diag::noteJumpExits(userLoc(G.Site->Loc));
    if (LabelSite)
      diag::noteJumpEnters(userLoc(LabelSite->Loc));
  }
  // The address of a label may only stay on its side of a deferred
  // statement's boundary; a label inside one cannot have its address taken
  // at all, since `goto *` from anywhere could then enter it.
  for (const JumpRef &A : FDs.AddrLabels) {
    tree Label = TREE_OPERAND(A.Stmt, 0);
    DeferSite *LabelSite = labelSite(FDs, Label);
    if (!LabelSite && !A.Site)
      continue;
    OK = false;
    location_t L = userLoc(EXPR_LOCATION(A.Stmt));
    diag::addrOfLabelInDefer(wordNear(L, nameOf(Label)), nameOf(Label));
    if (LabelSite)
      diag::noteJumpEnters(userLoc(LabelSite->Loc));
    if (A.Site && A.Site != LabelSite)
      diag::noteJumpExits(userLoc(A.Site->Loc));
  }
  return OK;
}

/// SPEC 2.5: a deferred block may name only variables alive at every exit.
bool checkCaptures(const FunctionDefers &FDs, DeferSite &Site,
                   const std::set<tree> &Outermost) {
  bool OK = true;
  const char *Fn = nameOf(FDs.Fn);
  location_t Defer = userLoc(Site.Loc);
  std::set<tree> Reported;
  // A VLA of the outermost block is reached through a pointer to its first
  // element and the values of its size, taken at the `__defer`
  // (Outliner.cc): the block may index it, pass it on, take its sizeof, but
  // not its address. A size of a VLA may be all that is left of a `sizeof`
  // in GENERIC: such a use is reported here, not by forEachCapture.
  std::vector<std::pair<tree, location_t>> VLAs; // first use of each
  std::set<tree> VLASeen, VLAOtherUse;
  {
    std::set<tree> Declared;
    collectDeclared(Site.body(), Declared);
    VLASizes Sizes(FDs.Fn, Declared);
    forEachVLAUse(&Site.body(), FDs.Fn, Sizes, /*Rewrite=*/false,
                  [&](tree Var, VLAUse U, tree, location_t Near) {
                    if (VLASeen.insert(Var).second)
                      VLAs.push_back({Var, Near});
                    if (U == VLAUse::Other)
                      VLAOtherUse.insert(Var);
                    return NULL_TREE;
                  });
  }
  auto CapturableVLA = [&](tree Var) {
    return isCapturableVLA(Var) && Outermost.count(Var) &&
           !VLAOtherUse.count(Var);
  };
  forEachCapture(&Site.body(), FDs.Fn, [&](tree *, tree Var, location_t Near) {
    if (!Reported.insert(Var).second)
      return;
    location_t Use = wordNear(Near, nameOf(Var));
    if (CapturableVLA(Var))
      return;
    if (variably_modified_type_p(TREE_TYPE(Var), NULL_TREE)) {
      OK = false;
      diag::vlaCapture(Use, Var, Defer);
      return;
    }
    if (DECL_REGISTER(Var)) {
      OK = false;
      diag::registerCapture(Use, Var);
      return;
    }
    if (Outermost.count(Var))
      return;
    OK = false;
    diag::shortLivedCapture(Use, Var, Fn, Defer);
  });
  for (const auto &[Var, Near] : VLAs)
    if (!CapturableVLA(Var) && Reported.insert(Var).second) {
      OK = false;
      diag::vlaCapture(wordNear(Near, nameOf(Var)), Var, Defer);
    }
  return OK;
}

/// A deferred call's argument `&x` or `array` where x dies before the
/// function returns: the call will see a dead object. Legal C: a warning.
void warnShortLivedAddress(const FunctionDefers &FDs, tree Call,
                           const std::set<tree> &Outermost) {
  location_t Near = userLoc(EXPR_LOCATION(Call));
  for (int I = 0, N = call_expr_nargs(Call); I != N; ++I) {
    // The variable the argument points into: `&x`, `&s.m`, `&a[i]` (an
    // array decays to `&array` or `&array[0]` in GENERIC), pointer
    // arithmetic on one (POINTER_PLUS_EXPR), pointer conversions of one.
    tree Arg = CALL_EXPR_ARG(Call, I);
    STRIP_NOPS(Arg);
    while (TREE_CODE(Arg) == POINTER_PLUS_EXPR) {
      Arg = TREE_OPERAND(Arg, 0);
      STRIP_NOPS(Arg);
    }
    if (TREE_CODE(Arg) != ADDR_EXPR)
      continue;
    tree Obj = get_base_address(TREE_OPERAND(Arg, 0));
    if (!Obj || !DECL_P(Obj))
      continue;
    if (!isLocalOf(Obj, FDs.Fn) || TREE_CODE(Obj) == PARM_DECL ||
        Outermost.count(Obj))
      continue;
    diag::addrOfShortLived(wordNear(Near, nameOf(Obj)), Obj, nameOf(FDs.Fn));
  }
}

} // namespace

bool checkDefers(FunctionDefers &FDs, const Options &Opts) {
  bool OK = checkGotos(FDs);
  std::set<tree> Outermost = outermostLocals(FDs.Fn);

  for (auto &SitePtr : FDs.Sites) {
    DeferSite &Site = *SitePtr;
    location_t Loc = userLoc(Site.Loc);
    if (Site.Enclosing) {
      diag::nestedDefer(Loc, userLoc(Site.Enclosing->Loc));
      OK = false;
      continue;
    }
    JumpChecker Jumps(Site);
    Jumps.walk(&Site.body(), 0, 0);
    OK &= Jumps.ok();

    if (tree Call = callFormCall(Site))
      warnShortLivedAddress(FDs, Call, Outermost);
    else
      OK &= checkCaptures(FDs, Site, Outermost);

    if (Site.InLoop && Opts.WarnLoop)
      diag::deferInLoop(Loc, nameOf(FDs.Fn), Site.Loop);
  }
  return OK;
}

} // namespace cdefer
