//===- DeferChecks.cpp - diagnose misuse of `__defer` ---------------------===//
//
// Sema has already checked the function as if each `__defer S` were the loop
// `for (; marker(); ) S` it expands to. What that loop hides, these checks
// report: a return, break or continue that would leave S (they would bind
// to the marker loop), a goto or case label crossing S's boundary, a
// `__defer` inside S, and a deferred block naming a variable that dies
// before the function returns.
//
//===----------------------------------------------------------------------===//
#include "DeferChecks.h"
#include "Captures.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace cdefer {

namespace {

/// Where a diagnostic points: the `__defer` the user wrote, not the inside
/// of the macro; a token the user passed as a macro argument, where it is
/// spelled (as Clang reports its own errors).
SourceLocation userLoc(const SourceManager &SM, SourceLocation L) {
  return SM.getFileLoc(L);
}

/// Walks one deferred statement S for jumps that would leave it.
class JumpChecker {
public:
  JumpChecker(Diags &D, const SourceManager &SM, const DeferSite &Site)
      : D(D), SM(SM), Site(Site) {}

  bool ok() const { return !Failed; }

  void walk(const Stmt *S, unsigned Loops, unsigned Switches) {
    if (!S || isa<BlockExpr>(S))
      return;
    switch (S->getStmtClass()) {
    case Stmt::ReturnStmtClass:
      error(cast<ReturnStmt>(S)->getReturnLoc(), D.ReturnFromDefer);
      break;
    case Stmt::BreakStmtClass: {
      const auto *B = cast<BreakStmt>(S);
      if (B->hasLabelTarget() ? !Inside.count(B->getNamedLoopOrSwitch())
                              : Loops + Switches == 0)
        error(B->getKwLoc(), D.BreakOutOfDefer);
      return;
    }
    case Stmt::ContinueStmtClass: {
      const auto *C = cast<ContinueStmt>(S);
      if (C->hasLabelTarget() ? !Inside.count(C->getNamedLoopOrSwitch())
                              : Loops == 0)
        error(C->getKwLoc(), D.ContinueOutOfDefer);
      return;
    }
    case Stmt::CaseStmtClass:
    case Stmt::DefaultStmtClass:
      if (Switches == 0) {
        Failed = true;
        D.report(userLoc(SM, cast<SwitchCase>(S)->getKeywordLoc()),
                 D.CaseInDefer);
        D.report(userLoc(SM, Site.Loc), D.NoteJumpEnters);
      }
      break;
    case Stmt::IndirectGotoStmtClass:
      error(cast<IndirectGotoStmt>(S)->getGotoLoc(), D.IndirectGotoInDefer);
      break;
    case Stmt::ForStmtClass:
    case Stmt::WhileStmtClass:
    case Stmt::DoStmtClass: {
      Inside.insert(S);
      // A break in a for's init part belongs to the loop around the for.
      const auto *For = dyn_cast<ForStmt>(S);
      for (const Stmt *Child : S->children())
        walk(Child, For && Child == For->getInit() ? Loops : Loops + 1,
             Switches);
      return;
    }
    case Stmt::SwitchStmtClass: {
      Inside.insert(S);
      const auto *Sw = cast<SwitchStmt>(S);
      for (const Stmt *Child : S->children())
        walk(Child, Loops, Child == Sw->getBody() ? Switches + 1 : Switches);
      return;
    }
    default:
      break;
    }
    for (const Stmt *Child : S->children())
      walk(Child, Loops, Switches);
  }

private:
  void error(SourceLocation L, unsigned ID) {
    Failed = true;
    D.report(userLoc(SM, L), ID);
    D.report(userLoc(SM, Site.Loc), D.NoteDeferHere);
  }

  Diags &D;
  const SourceManager &SM;
  const DeferSite &Site;
  llvm::SmallPtrSet<const Stmt *, 8> Inside; // loops and switches within S
  bool Failed = false;
};

/// Gotos and label addresses that cross a deferred statement's boundary.
bool checkGotos(const FunctionDefers &FDs, Diags &D, const SourceManager &SM) {
  bool OK = true;
  for (const auto &[Goto, GotoSite] : FDs.Gotos) {
    auto It = FDs.LabelSite.find(Goto->getLabel());
    DeferSite *LabelSite = It == FDs.LabelSite.end() ? nullptr : It->second;
    if (LabelSite == GotoSite)
      continue;
    OK = false;
    D.report(userLoc(SM, Goto->getGotoLoc()), D.GotoCrossesDefer);
    if (GotoSite)
      D.report(userLoc(SM, GotoSite->Loc), D.NoteJumpExits);
    if (LabelSite)
      D.report(userLoc(SM, LabelSite->Loc), D.NoteJumpEnters);
  }
  // The address of a label may only stay on its side of a deferred
  // statement's boundary; and a label inside one cannot have its address
  // taken at all, since `goto *` from anywhere could then enter it.
  for (const auto &[Addr, AddrSite] : FDs.AddrLabels) {
    auto It = FDs.LabelSite.find(Addr->getLabel());
    DeferSite *LabelSite = It == FDs.LabelSite.end() ? nullptr : It->second;
    if (!LabelSite && !AddrSite)
      continue;
    OK = false;
    D.report(userLoc(SM, Addr->getLabelLoc()), D.AddrOfLabelInDefer)
        << Addr->getLabel()->getName();
    if (LabelSite)
      D.report(userLoc(SM, LabelSite->Loc), D.NoteJumpEnters);
    if (AddrSite && AddrSite != LabelSite)
      D.report(userLoc(SM, AddrSite->Loc), D.NoteJumpExits);
  }
  return OK;
}

/// SPEC 2.5: a deferred block may name only variables alive at every exit.
bool checkCaptures(const FunctionDefers &FDs, DeferSite &Site, Diags &D,
                   const SourceManager &SM,
                   const llvm::SmallPtrSetImpl<const VarDecl *> &Outermost) {
  bool OK = true;
  StringRef Fn = FDs.FD->getName();
  Stmt *&Body = Site.bodySlot();
  llvm::SmallPtrSet<const VarDecl *, 4> Reported;
  // A VLA of the outermost block is reached through a pointer to its first
  // element and its size, taken at the `__defer` (Outliner.cpp): the block
  // may index it, pass it on, take its sizeof, but not its address.
  llvm::SmallPtrSet<const VarDecl *, 2> VLAOtherUse;
  forEachVLAUse(Body, [&](Stmt *&, VarDecl *VD, VLAUse U) {
    if (U == VLAUse::Other)
      VLAOtherUse.insert(VD);
  });
  forEachCapture(Body, [&](Stmt *&, DeclRefExpr *Ref, VarDecl *VD) {
    if (!Reported.insert(VD).second)
      return;
    if (isCapturableVLA(VD) && Outermost.count(VD) && !VLAOtherUse.count(VD))
      return;
    if (VD->getType()->isVariablyModifiedType()) {
      OK = false;
      D.report(userLoc(SM, Ref->getLocation()), D.VLACapture)
          << VD->getName() << VD->getType();
      D.report(userLoc(SM, Site.Loc), D.NoteUseCallForm) << VD->getName();
      return;
    }
    if (VD->getStorageClass() == SC_Register) {
      OK = false;
      D.report(userLoc(SM, Ref->getLocation()), D.RegisterCapture)
          << VD->getName();
      return;
    }
    if (isa<ParmVarDecl>(VD) || Outermost.count(VD))
      return;
    OK = false;
    D.report(userLoc(SM, Ref->getLocation()), D.ShortLivedCapture)
        << VD->getName() << Fn;
    D.report(userLoc(SM, VD->getLocation()), D.NoteCapturedDecl)
        << VD->getName() << Fn;
    D.report(userLoc(SM, Site.Loc), D.NoteUseCallForm) << VD->getName();
  });
  return OK;
}

const DeclRefExpr *pointee(const Expr *E);

/// The variable whose storage the lvalue LV designates part of (x, x.m,
/// x[i], (*p) where p points into x), as the reference to it.
const DeclRefExpr *objectOf(const Expr *LV) {
  LV = LV->IgnoreParens();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(LV))
    return isa<VarDecl>(Ref->getDecl()) ? Ref : nullptr;
  if (const auto *M = dyn_cast<MemberExpr>(LV))
    return M->isArrow() ? pointee(M->getBase()) : objectOf(M->getBase());
  if (const auto *A = dyn_cast<ArraySubscriptExpr>(LV))
    return pointee(A->getBase());
  if (const auto *U = dyn_cast<UnaryOperator>(LV))
    if (U->getOpcode() == UO_Deref)
      return pointee(U->getSubExpr());
  return nullptr;
}

/// The variable the pointer value E points into: `&x`, `&x.m`, `&a[i]`, an
/// array decaying to a pointer, pointer arithmetic on one, a pointer
/// conversion of one.
const DeclRefExpr *pointee(const Expr *E) {
  E = E->IgnoreParens();
  if (const auto *C = dyn_cast<CastExpr>(E)) {
    switch (C->getCastKind()) {
    case CK_ArrayToPointerDecay:
      return objectOf(C->getSubExpr());
    case CK_BitCast:
    case CK_NoOp:
    case CK_LValueToRValue:
      return C->getType()->isPointerType() &&
                     C->getSubExpr()->getType()->isPointerType()
                 ? pointee(C->getSubExpr())
                 : nullptr;
    default:
      return nullptr;
    }
  }
  if (const auto *U = dyn_cast<UnaryOperator>(E))
    return U->getOpcode() == UO_AddrOf ? objectOf(U->getSubExpr()) : nullptr;
  if (const auto *B = dyn_cast<BinaryOperator>(E))
    if (B->isAdditiveOp()) {
      if (B->getLHS()->getType()->isPointerType())
        return pointee(B->getLHS());
      if (B->getRHS()->getType()->isPointerType())
        return pointee(B->getRHS());
    }
  return nullptr;
}

/// A deferred call's argument that points into a variable that dies before
/// the function returns (`&x`, `&s.m`, `&a[1]`, `a`, `a + 1`, `(void *)&x`):
/// the call will see a dead object. Legal C, so a warning.
void warnShortLivedAddress(const FunctionDefers &FDs, const CallExpr *Call,
                           Diags &D, const SourceManager &SM,
                           const llvm::SmallPtrSetImpl<const VarDecl *> &Outermost) {
  for (const Expr *Arg : Call->arguments()) {
    // A pointer variable's value is not an address the plugin can see
    // taken (CK_LValueToRValue of a pointer is followed above only
    // through an lvalue it designates: `*(&x)`).
    if (isa<DeclRefExpr>(Arg->IgnoreParenImpCasts()) &&
        !Arg->IgnoreParenImpCasts()->getType()->isArrayType())
      continue;
    const DeclRefExpr *Ref = pointee(Arg);
    const auto *VD = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
    if (!VD || !VD->hasLocalStorage() || isa<ParmVarDecl>(VD) ||
        Outermost.count(VD))
      continue;
    D.warn(userLoc(SM, Ref->getLocation()), D.AddrOfShortLived)
        << VD->getName() << FDs.FD->getName();
    D.report(userLoc(SM, VD->getLocation()), D.NoteCapturedDecl)
        << VD->getName() << FDs.FD->getName();
  }
}

} // namespace

bool checkDefers(FunctionDefers &FDs, Diags &D, const Options &Opts) {
  const SourceManager &SM = FDs.FD->getASTContext().getSourceManager();
  bool OK = checkGotos(FDs, D, SM);
  auto Outermost = outermostLocals(FDs.Body);

  for (auto &SitePtr : FDs.Sites) {
    DeferSite &Site = *SitePtr;
    SourceLocation Loc = userLoc(SM, Site.Loc);
    if (Site.InBlockLiteral) {
      D.report(Loc, D.DeferInBlockLiteral);
      OK = false;
      continue;
    }
    if (Site.Unevaluated) {
      D.report(Loc, D.DeferUnevaluated);
      OK = false;
      continue;
    }
    if (Site.Enclosing) {
      D.report(Loc, D.NestedDefer);
      D.report(userLoc(SM, Site.Enclosing->Loc), D.NoteEnclosingDefer);
      OK = false;
      continue;
    }
    JumpChecker Jumps(D, SM, Site);
    Jumps.walk(Site.body(), 0, 0);
    OK &= Jumps.ok();

    if (CallExpr *Call = callFormCall(Site.body()))
      warnShortLivedAddress(FDs, Call, D, SM, Outermost);
    else
      OK &= checkCaptures(FDs, Site, D, SM, Outermost);

    if (Site.InLoop && Opts.WarnLoop) {
      D.warn(Loc, D.DeferInLoop) << FDs.FD->getName();
      if (Site.Loop)
        D.report(userLoc(SM, Site.Loop->getBeginLoc()), D.NoteLoopHere);
    }
  }
  return OK;
}

} // namespace cdefer
