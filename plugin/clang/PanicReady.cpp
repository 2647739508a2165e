//===- PanicReady.cpp - which functions take part in panics ---------------===//
#include "PanicReady.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/SourceManager.h"

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

bool unitTakesPartInPanics(ASTContext &Ctx, const Options &Opts) {
  switch (Opts.PanicMode) {
  case Options::Panic::On:
  case Options::Panic::Register:
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
  return declared(Ctx, RecoverName) || declared(Ctx, "__cdefer_panic_at") ||
         declared(Ctx, "cdefer_panic");
}

bool takesPartInPanics(const FunctionDecl *FD, const Options &Opts) {
  // Both ways need a frame of the function's own: the registration to
  // recognise, the cleanup to run in the right order.
  return !FD->hasAttr<AlwaysInlineAttr>() &&
         unitTakesPartInPanics(FD->getASTContext(), Opts);
}

namespace {

/// The panic API's functions that neither panic nor recover.
bool harmlessApi(StringRef Name) {
  return Name == "cdefer_panicking" || Name == "cdefer_pending";
}

bool takesFunctionPointer(const CallExpr *Call) {
  for (const Expr *Arg : Call->arguments()) {
    QualType T = Arg->IgnoreParenImpCasts()->getType();
    if (T->isFunctionPointerType() || T->isFunctionType() ||
        T->isBlockPointerType())
      return true;
    // A function pointer converted to void * on its way in (pthread_create,
    // a callback registry) counts as well.
    if (isa_and_nonnull<FunctionDecl>(
            Arg->IgnoreParenCasts()->getReferencedDeclOfCallee()))
      return true;
  }
  return false;
}

} // namespace

bool PanicReach::inertCallee(const FunctionDecl *FD) {
  if (!FD->getIdentifier())
    return false;
  StringRef Name = FD->getName();
  if (Name.starts_with("cdefer_") || Name.starts_with("__cdefer_"))
    return harmlessApi(Name);
  auto [It, New] = Known.try_emplace(FD->getCanonicalDecl(), false);
  if (!New)
    return It->second; // known, or being looked at (recursion: not inert)
  bool Inert = false;
  const FunctionDecl *Def = nullptr;
  if (FD->hasBody(Def) && Def->getBody()) {
    Inert = inert(Def->getBody());
  } else {
    // The C library and other system headers call no cdefer code, short of
    // a callback (inertCall checks the arguments).
    const SourceManager &SM = FD->getASTContext().getSourceManager();
    Inert = FD->getBuiltinID() != 0;
    for (const FunctionDecl *R : FD->redecls())
      Inert |= SM.isInSystemHeader(R->getLocation());
  }
  Known[FD->getCanonicalDecl()] = Inert;
  return Inert;
}

const Expr *PanicReach::hazard(const Stmt *S) {
  if (!S)
    return nullptr;
  if (const auto *Call = dyn_cast<CallExpr>(S)) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Callee || !inertCallee(Callee) ||
        (Callee->getBuiltinID() == 0 && takesFunctionPointer(Call)))
      return Call;
  }
  for (const Stmt *Child : S->children())
    if (const Expr *E = hazard(Child))
      return E;
  return nullptr;
}

} // namespace cdefer
