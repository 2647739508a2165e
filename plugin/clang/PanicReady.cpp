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
    if (isRecover(dyn_cast<FunctionDecl>(DRE->getDecl())))
      return true;
  for (const Stmt *Child : S->children())
    if (namesRecover(Child))
      return true;
  return false;
}

/// True if a function named Name is declared in the translation unit.
bool declared(ASTContext &Ctx, StringRef Name) {
  for (NamedDecl *ND : Ctx.getTranslationUnitDecl()->lookup(
           DeclarationName(&Ctx.Idents.get(Name))))
    if (isa<FunctionDecl>(ND))
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
  // A unit that can see the panic API (it included <cdefer.h> without
  // CDEFER_NO_PANIC) may panic or recover anywhere, also in functions it
  // defines later than this one, or call code that does: every function
  // with a `__defer` takes part. Deciding on first use instead would leave
  // the functions defined before it out, and skip their deferred code.
  ASTContext &Ctx = FD->getASTContext();
  return declared(Ctx, RecoverName) || declared(Ctx, "__cdefer_panic_at") ||
         declared(Ctx, "cdefer_panic");
}

} // namespace cdefer
