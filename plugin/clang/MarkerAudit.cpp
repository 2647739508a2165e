//===- MarkerAudit.cpp - no `__defer` may survive lowering ----------------===//
#include "MarkerAudit.h"
#include "DeferSite.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace cdefer {

namespace {

class Auditor : public RecursiveASTVisitor<Auditor> {
public:
  explicit Auditor(Diags &D) : D(D) {}

  bool VisitCallExpr(CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (Callee && Callee->getIdentifier() && Callee->getName() == MarkerName) {
      const SourceManager &SM = Callee->getASTContext().getSourceManager();
      D.report(SM.getExpansionLoc(Call->getBeginLoc()), D.DeferNotLowered);
      ++Count;
    }
    return true;
  }

  unsigned Count = 0;

private:
  Diags &D;
};

/// Finds uses of automatic variables that do not belong to Fn (nor to a
/// block or declaration inside it) in the two places the capture rewrite
/// does not reach: the size of a variable-length array type, and the body
/// of a block literal.
class ForeignLocals : public RecursiveASTVisitor<ForeignLocals> {
  using Base = RecursiveASTVisitor<ForeignLocals>;

public:
  ForeignLocals(FunctionDecl *Fn, Diags &D) : Fn(Fn), D(D) {}

  bool TraverseVariableArrayTypeLoc(VariableArrayTypeLoc TL,
                                    bool TraverseQualifier) {
    ++Unreached;
    bool R = Base::TraverseVariableArrayTypeLoc(TL, TraverseQualifier);
    --Unreached;
    return R;
  }
  bool TraverseBlockExpr(BlockExpr *E) {
    ++Unreached;
    bool R = Base::TraverseBlockExpr(E);
    --Unreached;
    return R;
  }

  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    auto *VD = dyn_cast<VarDecl>(Ref->getDecl());
    if (!Unreached || !VD || !VD->hasLocalStorage() || belongsToFn(VD) ||
        !Reported.insert(VD).second)
      return true;
    const SourceManager &SM = Fn->getASTContext().getSourceManager();
    D.report(SM.getFileLoc(Ref->getLocation()), D.UncapturableUse)
        << VD->getName();
    ++Count;
    return true;
  }

  unsigned Count = 0;

private:
  bool belongsToFn(const VarDecl *VD) const {
    for (const DeclContext *DC = VD->getDeclContext(); DC;
         DC = DC->getParent())
      if (DC == Fn)
        return true;
    return false;
  }

  FunctionDecl *Fn;
  Diags &D;
  unsigned Unreached = 0; ///< depth inside VLA types and block literals
  llvm::SmallPtrSet<const VarDecl *, 4> Reported;
};

} // namespace

unsigned auditMarkers(Decl *Dcl, Diags &D) {
  Auditor A(D);
  A.TraverseDecl(Dcl);
  return A.Count;
}

unsigned auditForeignLocals(FunctionDecl *Outlined, Diags &D) {
  ForeignLocals F(Outlined, D);
  F.TraverseDecl(Outlined);
  return F.Count;
}

} // namespace cdefer
