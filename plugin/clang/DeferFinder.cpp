//===- DeferFinder.cpp - find every `__defer` in a function body ----------===//
//
// `__defer S` reaches the AST as `for (; __cdefer_marker...(); ) S`. This
// walk finds those marker loops, remembers where each hangs in its parent
// (the lowering replaces it there), and records what the checks need: the
// loops around a defer, the deferred statement around each goto and label,
// and places a defer cannot work (block literals, unevaluated operands).
//
//===----------------------------------------------------------------------===//
#include "DeferSite.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "clang/Basic/Builtins.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace cdefer {

bool isMarkerLoop(const Stmt *S) {
  const auto *For = dyn_cast_or_null<ForStmt>(S);
  if (!For || For->getInit() || For->getInc() || For->getConditionVariable())
    return false;
  const auto *Call =
      dyn_cast_or_null<CallExpr>(For->getCond() ? For->getCond()->IgnoreParenImpCasts() : nullptr);
  if (!Call)
    return false;
  const FunctionDecl *Callee = Call->getDirectCallee();
  return Callee && Callee->getIdentifier() &&
         Callee->getName() == MarkerName;
}

Stmt *&DeferSite::bodySlot() const {
  for (Stmt *&Child : Marker->children())
    if (Child == Marker->getBody())
      return Child;
  llvm_unreachable("a marker loop always has a body");
}

namespace {

struct WalkState {
  DeferSite *InDefer = nullptr;
  const Stmt *Loop = nullptr;
  bool InBlockLiteral = false;
  bool Unevaluated = false;
};

class Finder {
public:
  explicit Finder(FunctionDefers &FDs) : FDs(FDs) {}

  void walk(Stmt *&Slot, WalkState St);

private:
  void walkChildren(Stmt *S, WalkState St) {
    for (Stmt *&Child : S->children())
      walk(Child, St);
  }

  /// Walks S's children; those IsEvaluated rejects are operands that never
  /// run (sizeof's, _Generic's losers, ...).
  void walkOperands(Stmt *S, WalkState St,
                    llvm::function_ref<bool(const Stmt *)> IsEvaluated) {
    WalkState Uneval = St;
    Uneval.Unevaluated = true;
    for (Stmt *&Child : S->children())
      walk(Child, IsEvaluated(Child) ? St : Uneval);
  }

  FunctionDefers &FDs;
};

void Finder::walk(Stmt *&Slot, WalkState St) {
  Stmt *S = Slot;
  if (!S)
    return;

  if (isMarkerLoop(S)) {
    auto *For = cast<ForStmt>(S);
    auto Site = std::make_unique<DeferSite>();
    Site->Marker = For;
    Site->Slot = &Slot;
    Site->Loc = For->getForLoc();
    Site->Enclosing = St.InDefer;
    Site->Loop = St.Loop;
    Site->InLoop = St.Loop != nullptr;
    Site->InBlockLiteral = St.InBlockLiteral;
    Site->Unevaluated = St.Unevaluated;
    WalkState Inner = St;
    Inner.InDefer = Site.get();
    DeferSite *Added = Site.get();
    FDs.Sites.push_back(std::move(Site));
    walk(Added->bodySlot(), Inner);
    return;
  }

  switch (S->getStmtClass()) {
  case Stmt::ForStmtClass: {
    auto *For = cast<ForStmt>(S);
    // The init part runs once; everything else may run again.
    WalkState Repeated = St;
    Repeated.Loop = S;
    for (Stmt *&Child : For->children())
      walk(Child, Child == For->getInit() ? St : Repeated);
    return;
  }
  case Stmt::WhileStmtClass:
  case Stmt::DoStmtClass: {
    WalkState Repeated = St;
    Repeated.Loop = S;
    walkChildren(S, Repeated);
    return;
  }
  case Stmt::GotoStmtClass:
    FDs.Gotos.push_back({cast<GotoStmt>(S), St.InDefer});
    return;
  case Stmt::IndirectGotoStmtClass:
    FDs.IndirectGotos.push_back({cast<IndirectGotoStmt>(S), St.InDefer});
    break;
  case Stmt::LabelStmtClass:
    FDs.LabelSite[cast<LabelStmt>(S)->getDecl()] = St.InDefer;
    break;
  case Stmt::AddrLabelExprClass:
    FDs.AddrLabels.push_back({cast<AddrLabelExpr>(S), St.InDefer});
    break;
  case Stmt::BlockExprClass: {
    // A block literal is a function of its own: its body is not a child.
    WalkState InBlock;
    InBlock.InBlockLiteral = true;
    Stmt *Body = cast<BlockExpr>(S)->getBody();
    walk(Body, InBlock);
    return;
  }
  case Stmt::UnaryExprOrTypeTraitExprClass: {
    auto *U = cast<UnaryExprOrTypeTraitExpr>(S);
    // sizeof of a variable-length array is evaluated; the rest is not.
    bool Evaluated = U->isArgumentType() ||
                     U->getArgumentExpr()->getType()->isVariablyModifiedType();
    walkOperands(S, St, [&](const Stmt *) { return Evaluated; });
    return;
  }
  case Stmt::CallExprClass: {
    // __builtin_constant_p looks at its operand without evaluating it.
    const FunctionDecl *Callee = cast<CallExpr>(S)->getDirectCallee();
    if (Callee && Callee->getBuiltinID() == Builtin::BI__builtin_constant_p) {
      walkOperands(S, St, [](const Stmt *) { return false; });
      return;
    }
    break;
  }
  case Stmt::ChooseExprClass: {
    auto *C = cast<ChooseExpr>(S);
    const Expr *Chosen =
        C->isConditionDependent() ? nullptr : C->getChosenSubExpr();
    walkOperands(S, St, [&](const Stmt *Child) {
      return Child == Chosen || Child == C->getCond();
    });
    return;
  }
  case Stmt::GenericSelectionExprClass: {
    auto *G = cast<GenericSelectionExpr>(S);
    const Expr *Chosen = G->isResultDependent() ? nullptr : G->getResultExpr();
    walkOperands(S, St, [&](const Stmt *Child) { return Child == Chosen; });
    return;
  }
  default:
    break;
  }
  walkChildren(S, St);
}

} // namespace

/// True if A comes before B in the translation unit, judged where the user
/// wrote them (macro expansions count at their expansion point).
static bool isBefore(const SourceManager &SM, SourceLocation A,
                     SourceLocation B) {
  return SM.isBeforeInTranslationUnit(SM.getExpansionLoc(A),
                                      SM.getExpansionLoc(B));
}

/// A defer outside every loop statement can still run twice if a goto after
/// it jumps back to a label before it (SPEC 3: "code a backward goto can
/// reach again"). Any such cycle must contain a jump from at-or-after the
/// defer to at-or-before it, so checking source order is sound; it is
/// conservative for gotos that only skip around.
static void markBackwardGotoLoops(FunctionDefers &FDs, const SourceManager &SM) {
  llvm::SmallVector<std::pair<SourceLocation, SourceLocation>, 4> Jumps;
  for (auto &[Goto, Site] : FDs.Gotos) {
    if (Site) // gotos inside a deferred statement stay inside it
      continue;
    const LabelStmt *Target = Goto->getLabel()->getStmt();
    if (Target)
      Jumps.push_back({Target->getBeginLoc(), Goto->getBeginLoc()});
  }
  // An indirect goto can reach any label whose address is taken.
  for (auto &[IGoto, Site] : FDs.IndirectGotos) {
    if (Site)
      continue;
    for (auto &[Addr, ASite] : FDs.AddrLabels)
      if (const LabelStmt *Target = Addr->getLabel()->getStmt())
        Jumps.push_back({Target->getBeginLoc(), IGoto->getBeginLoc()});
  }
  for (auto &Site : FDs.Sites) {
    if (Site->InLoop || Site->Enclosing)
      continue;
    for (auto &[LabelLoc, GotoLoc] : Jumps) {
      if (!isBefore(SM, Site->Loc, LabelLoc) && !isBefore(SM, GotoLoc, Site->Loc)) {
        Site->InLoop = true;
        break;
      }
    }
  }
}

FunctionDefers findDefers(FunctionDecl *FD) {
  FunctionDefers FDs;
  FDs.FD = FD;
  FDs.Body = dyn_cast_or_null<CompoundStmt>(FD->getBody());
  if (!FDs.Body)
    return FDs;
  Stmt *Body = FDs.Body;
  Finder(FDs).walk(Body, WalkState());
  if (!FDs.Sites.empty())
    markBackwardGotoLoops(FDs, FD->getASTContext().getSourceManager());
  return FDs;
}

} // namespace cdefer
