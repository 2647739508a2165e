//===- Captures.cpp - what a deferred statement refers to -----------------===//
#include "Captures.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Stmt.h"

using namespace clang;

namespace cdefer {

CallExpr *callFormCall(Stmt *S) {
  auto *E = dyn_cast_or_null<Expr>(S);
  while (E) {
    E = E->IgnoreParens();
    auto *Cast = dyn_cast<CStyleCastExpr>(E);
    if (!Cast || Cast->getCastKind() != CK_ToVoid)
      break;
    E = Cast->getSubExpr();
  }
  return dyn_cast_or_null<CallExpr>(E);
}

bool isTimeInvariant(const Expr *E, ASTContext &Ctx) {
  if (E->HasSideEffects(Ctx) || E->getType()->isVariablyModifiedType())
    return false;
  // An address constant or arithmetic constant: a literal, "text",
  // &global, a function, an integer constant expression.
  return E->isConstantInitializer(Ctx, /*ForRef=*/false);
}

namespace {

/// Collects the variables S declares, so references to them are not
/// mistaken for captures.
void collectDeclared(Stmt *S, llvm::SmallPtrSetImpl<const VarDecl *> &Out) {
  if (!S)
    return;
  if (auto *DS = dyn_cast<DeclStmt>(S))
    for (Decl *D : DS->decls())
      if (auto *VD = dyn_cast<VarDecl>(D))
        Out.insert(VD);
  if (isa<BlockExpr>(S))
    return;
  for (Stmt *Child : S->children())
    collectDeclared(Child, Out);
}

class CaptureWalker {
public:
  CaptureWalker(
      const llvm::SmallPtrSetImpl<const VarDecl *> &Declared,
      llvm::function_ref<void(Stmt *&, DeclRefExpr *, VarDecl *)> Fn)
      : Declared(Declared), Fn(Fn) {}

  void walk(Stmt *&Slot) {
    Stmt *S = Slot;
    if (!S || isa<BlockExpr>(S))
      return;
    if (auto *Ref = dyn_cast<DeclRefExpr>(S)) {
      auto *VD = dyn_cast<VarDecl>(Ref->getDecl());
      if (VD && VD->hasLocalStorage() && !Declared.count(VD))
        Fn(Slot, Ref, VD);
      return;
    }
    // sizeof and _Alignof look only at the type, unless it is variably
    // modified (sizeof of a variable-length array is computed at run time).
    if (auto *U = dyn_cast<UnaryExprOrTypeTraitExpr>(S))
      if (!U->getTypeOfArgument()->isVariablyModifiedType())
        return;
    if (auto *G = dyn_cast<GenericSelectionExpr>(S)) {
      if (!G->isResultDependent()) {
        for (Stmt *&Child : S->children())
          if (Child == G->getResultExpr())
            walk(Child);
      }
      return;
    }
    for (Stmt *&Child : S->children())
      walk(Child);
  }

private:
  const llvm::SmallPtrSetImpl<const VarDecl *> &Declared;
  llvm::function_ref<void(Stmt *&, DeclRefExpr *, VarDecl *)> Fn;
};

} // namespace

void forEachCapture(
    Stmt *&S, llvm::function_ref<void(Stmt *&, DeclRefExpr *, VarDecl *)> Fn) {
  llvm::SmallPtrSet<const VarDecl *, 8> Declared;
  collectDeclared(S, Declared);
  CaptureWalker(Declared, Fn).walk(S);
}

bool isCapturableVLA(const VarDecl *VD) {
  const auto *VAT =
      VD->getASTContext().getAsVariableArrayType(VD->getType());
  return VAT && !VAT->getElementType()->isVariablyModifiedType() &&
         VD->hasLocalStorage();
}

namespace {

const VarDecl *vlaRef(const Expr *E) {
  const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParens());
  const auto *VD = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  return VD && isCapturableVLA(VD) ? VD : nullptr;
}

void walkVLAUses(
    Stmt *&Slot, const llvm::SmallPtrSetImpl<const VarDecl *> &Declared,
    llvm::function_ref<void(Stmt *&, VarDecl *, VLAUse)> Fn) {
  Stmt *S = Slot;
  if (!S || isa<BlockExpr>(S))
    return;
  auto Report = [&](const VarDecl *VD, VLAUse U) {
    if (Declared.count(VD))
      return false;
    Fn(Slot, const_cast<VarDecl *>(VD), U);
    return true;
  };
  if (auto *Cast = dyn_cast<ImplicitCastExpr>(S))
    if (Cast->getCastKind() == CK_ArrayToPointerDecay)
      if (const VarDecl *VD = vlaRef(Cast->getSubExpr()))
        if (Report(VD, VLAUse::Decay))
          return;
  if (auto *U = dyn_cast<UnaryExprOrTypeTraitExpr>(S)) {
    if (U->getKind() == UETT_SizeOf && !U->isArgumentType())
      if (const VarDecl *VD = vlaRef(U->getArgumentExpr()))
        if (Report(VD, VLAUse::Size))
          return;
    // Only the type matters to the others, and to sizeof of anything else
    // that is not variably modified.
    if (!U->getTypeOfArgument()->isVariablyModifiedType())
      return;
  }
  if (auto *Ref = dyn_cast<DeclRefExpr>(S)) {
    if (auto *VD = dyn_cast<VarDecl>(Ref->getDecl()))
      if (isCapturableVLA(VD))
        Report(VD, VLAUse::Other);
    return;
  }
  for (Stmt *&Child : S->children())
    walkVLAUses(Child, Declared, Fn);
}

} // namespace

void forEachVLAUse(Stmt *&S,
                   llvm::function_ref<void(Stmt *&, VarDecl *, VLAUse)> Fn) {
  llvm::SmallPtrSet<const VarDecl *, 8> Declared;
  collectDeclared(S, Declared);
  walkVLAUses(S, Declared, Fn);
}

const DeclStmt *asDeclaration(const Stmt *S) {
  while (true) {
    if (const auto *L = dyn_cast<LabelStmt>(S))
      S = L->getSubStmt();
    else if (const auto *A = dyn_cast<AttributedStmt>(S))
      S = A->getSubStmt();
    else
      return dyn_cast<DeclStmt>(S);
  }
}

llvm::SmallPtrSet<const VarDecl *, 16>
outermostLocals(const CompoundStmt *Body) {
  llvm::SmallPtrSet<const VarDecl *, 16> Out;
  for (const Stmt *S : Body->body())
    if (const DeclStmt *DS = asDeclaration(S))
      for (const Decl *D : DS->decls())
        if (const auto *VD = dyn_cast<VarDecl>(D))
          Out.insert(VD);
  return Out;
}

bool declaresCleanupVariable(const Stmt *S) {
  const DeclStmt *DS = asDeclaration(S);
  if (!DS)
    return false;
  for (const Decl *D : DS->decls())
    if (D->hasAttr<CleanupAttr>())
      return true;
  return false;
}

bool declaresCleanupVariableAnywhere(const Stmt *S) {
  if (!S)
    return false;
  if (declaresCleanupVariable(S))
    return true;
  for (const Stmt *Child : S->children())
    if (declaresCleanupVariableAnywhere(Child))
      return true;
  return false;
}

} // namespace cdefer
