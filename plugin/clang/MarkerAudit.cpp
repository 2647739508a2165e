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

} // namespace

unsigned auditMarkers(Decl *Dcl, Diags &D) {
  Auditor A(D);
  A.TraverseDecl(Dcl);
  return A.Count;
}

} // namespace cdefer
