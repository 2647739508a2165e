//===- PanicReady.cpp - which functions take part in panics ---------------===//
#include "PanicReady.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Expr.h"

using namespace clang;

namespace cdefer {

namespace {

bool namesRecover(const Stmt *S) {
  if (!S || isa<BlockExpr>(S))
    return false;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
    if (const auto *Fn = dyn_cast<FunctionDecl>(DRE->getDecl()))
      if (Fn->getIdentifier() && Fn->getName() == RecoverName)
        return true;
  for (const Stmt *Child : S->children())
    if (namesRecover(Child))
      return true;
  return false;
}

/// True if any function named Name has been referenced in the translation
/// unit so far.
bool referenced(ASTContext &Ctx, StringRef Name) {
  for (NamedDecl *ND : Ctx.getTranslationUnitDecl()->lookup(
           DeclarationName(&Ctx.Idents.get(Name))))
    if (const auto *Fn = dyn_cast<FunctionDecl>(ND))
      for (const FunctionDecl *R : Fn->redecls())
        if (R->isReferenced())
          return true;
  return false;
}

} // namespace

bool callsRecover(const FunctionDecl *FD) {
  return FD->getBody() && namesRecover(FD->getBody());
}

bool panicReady(const FunctionDecl *FD, const Options &Opts) {
  // Registration needs a frame of the function's own (LoweringPanic.cpp).
  if (FD->hasAttr<AlwaysInlineAttr>())
    return false;
  switch (Opts.PanicMode) {
  case Options::Panic::On:
    return true;
  case Options::Panic::Off:
    return false;
  case Options::Panic::Auto:
    break;
  }
  ASTContext &Ctx = FD->getASTContext();
  // cdefer_panic is a macro over __cdefer_panic_at; (cdefer_panic)(v)
  // names the function.
  return referenced(Ctx, RecoverName) || referenced(Ctx, "__cdefer_panic_at") ||
         referenced(Ctx, "cdefer_panic");
}

} // namespace cdefer
