//===- TierChoice.cpp - which tier each `__defer` is lowered in -----------===//
//
// SPEC 3, as Go chooses (cmd/compile's escape analysis and ssagen); the
// rule itself is chooseTier in plugin/common/TierPolicy.h, shared with the
// GCC plugin, and this file finds its inputs in Clang's AST:
//
//   pooled           the `__defer` can run more than once per call: it is in
//                    a loop, or a backward goto can reach it, or the function
//                    calls setjmp (a longjmp back into the function re-runs
//                    whatever follows the setjmp). One slot per `__defer`
//                    cannot hold two pending runs.
//   frame-allocated  it runs at most once, but the function cannot be
//                    open-coded: another `__defer` of it is pooled (LIFO
//                    across the two needs one list), it has a computed goto,
//                    or more defers than the bit mask holds.
//   open-coded       every other function: all its defers.
//
// An open-coded `__defer` that executes before every exit of the function
// (a statement of the outermost block with no return before it and no goto
// jumping over it) needs no bit: its code runs unconditionally at exit.
// Under -fexceptions the frame's cleanup also runs when a call before the
// `__defer` unwinds, so there every open-coded defer keeps its bit; and where
// a cleanup hook may drain the frame before its own cleanup (cdefer_abi.h),
// the bit is what stops the second run.
//
//===----------------------------------------------------------------------===//
#include "TierChoice.h"
#include "Captures.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Attr.h"
#include "clang/Basic/Builtins.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace cdefer {

namespace {

/// True if FD can return twice, as setjmp does.
bool returnsTwice(const FunctionDecl *FD, ASTContext &Ctx) {
  if (FD->hasAttr<ReturnsTwiceAttr>())
    return true;
  if (unsigned ID = FD->getBuiltinID())
    if (Ctx.BuiltinInfo.isReturnsTwice(ID))
      return true;
  // Library functions clang does not treat as builtins in every mode.
  if (!FD->getIdentifier())
    return false;
  for (const char *Name : ReturnsTwiceNames)
    if (FD->getName() == Name)
      return true;
  return false;
}

/// The first call in S (outside deferred statements and block literals,
/// which become functions of their own) to a function that returns twice.
const FunctionDecl *findSetjmp(const Stmt *S, ASTContext &Ctx) {
  if (!S || isa<BlockExpr>(S))
    return nullptr;
  if (isMarkerLoop(S))
    return nullptr;
  if (const auto *CE = dyn_cast<CallExpr>(S))
    if (const FunctionDecl *Callee = CE->getDirectCallee())
      if (returnsTwice(Callee, Ctx))
        return Callee;
  for (const Stmt *Child : S->children())
    if (const FunctionDecl *F = findSetjmp(Child, Ctx))
      return F;
  return nullptr;
}

/// True if S contains a return of the function (not of a block literal).
bool containsReturn(const Stmt *S) {
  if (!S || isa<BlockExpr>(S))
    return false;
  if (isa<ReturnStmt>(S))
    return true;
  for (const Stmt *Child : S->children())
    if (containsReturn(Child))
      return true;
  return false;
}

/// True if Site is a statement of the outermost block that executes before
/// every exit: nothing before it returns, and no goto before it lands at or
/// after it (a goto after it back to a label before it would make it a
/// loop, so it cannot be open-coded anyway).
bool dominatesExits(const FunctionDefers &FDs, const DeferSite &Site,
                    const SourceManager &SM) {
  auto Before = [&](SourceLocation A, SourceLocation B) {
    return SM.isBeforeInTranslationUnit(SM.getExpansionLoc(A),
                                        SM.getExpansionLoc(B));
  };
  bool Found = false;
  for (Stmt *const &S : FDs.Body->body()) {
    if (&S == Site.Slot) {
      Found = true;
      break;
    }
    if (containsReturn(S))
      return false;
  }
  if (!Found)
    return false;
  for (const auto &[Goto, InDefer] : FDs.Gotos) {
    if (InDefer)
      continue;
    const LabelStmt *Target = Goto->getLabel()->getStmt();
    if (Target && Before(Goto->getBeginLoc(), Site.Loc) &&
        !Before(Target->getBeginLoc(), Site.Loc))
      return false;
  }
  return true;
}

/// True if the outermost block declares a local with a cleanup of its own:
/// the lowering then hooks the frame's run in after it (cdefer_abi.h).
bool hasCleanupLocals(const FunctionDefers &FDs) {
  for (const Stmt *S : FDs.Body->body())
    if (declaresCleanupVariable(S))
      return true;
  return false;
}

} // namespace

void chooseTiers(FunctionDefers &FDs, const Options &Opts) {
  ASTContext &Ctx = FDs.FD->getASTContext();
  FunctionTierFacts F;
  F.Name = FDs.FD->getNameAsString();
  if (const FunctionDecl *Setjmp = findSetjmp(FDs.Body, Ctx))
    F.Setjmp = Setjmp->getNameAsString();
  for (auto &Site : FDs.Sites)
    F.AnyInLoop |= Site->InLoop;
  F.ComputedGoto = !FDs.IndirectGotos.empty();
  F.Defers = FDs.Sites.size();
  F.Forced = Opts.Forced;
  std::string NotOpen = notOpenCodedReason(F);

  // A panic may run the deferred code before a `__defer` executed: a
  // panic-ready function keeps every bit.
  bool Guards = Ctx.getLangOpts().Exceptions || hasCleanupLocals(FDs) ||
                FDs.PanicReady;
  for (auto &SiteP : FDs.Sites) {
    DeferSite &Site = *SiteP;
    Site.Chosen = chooseTier(F, NotOpen, Site.InLoop, Site.Loop != nullptr,
                             Site.TierReason);
    Site.Batchable = Site.Chosen == Tier::Pooled && Site.InLoop &&
                     F.Setjmp.empty() && F.Forced != Tier::Pooled;
    Site.AlwaysRuns = Site.Chosen == Tier::OpenCoded && !Guards &&
                      !Site.Enclosing &&
                      dominatesExits(FDs, Site, Ctx.getSourceManager());
  }
}

} // namespace cdefer
