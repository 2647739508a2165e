//===- LoweringFrameOnly.cpp - exit of a frame-allocated-only function ---===//
//
// A function whose `__defer`s are all frame-allocated (Lowering.cpp) has one
// record per `__defer` among its hidden locals, on the frame's list while it
// is pending. Run through the record (`r->__fn(r->__ctx)`), each outlined
// statement is called indirectly; LLVM makes that call direct only after
// its inliner is done with the function, so the statement is never inlined
// at the exit, and the variables a deferred block uses, whose addresses are
// in its snapshot, stay in memory (bench case closure: 35 instructions
// where hand-written cleanup takes 20). Instead the exit names each record
// and calls its statement directly:
//
//   struct __cdefer_exit_f_N { struct __cdefer_frame *__frame;
//                              struct __cdefer_record *__r0, *__r1; };
//   static inline void __cdefer_run_f_N(struct __cdefer_exit_f_N *e) {
//     if (__cdefer_frame_only_unlink(e->__frame, e->__r1))   // newest first
//       __cdefer_f_M(e->__r1->__ctx);
//     if (__cdefer_frame_only_unlink(e->__frame, e->__r0))
//       __cdefer_f_N(e->__r0->__ctx);
//     __cdefer_frame_only_exit(e->__frame);     // whatever is left, in order
//   }                                          // (always_inline, nodebug)
//   ... in f, after the frame variable, which has no cleanup of its own:
//   struct __cdefer_exit_f_N __cdefer_exit
//       __attribute__((cleanup(__cdefer_run_f_N)));
//   __cdefer_exit.__frame = &__cdefer_frame;
//   __cdefer_exit.__r0 = &__cdefer_rec_0; __cdefer_exit.__r1 = &__cdefer_rec_1;
//
// __cdefer_frame_only_unlink (cdefer_abi.h) takes a record only when it is
// the frame's newest, so whatever order the `__defer`s executed in, the
// records run in the list's order, newest first. Frame-allocated ones
// execute in source order (a jump back over one would make it pooled:
// DeferFinder.cpp, markBackwardGotoLoops), so the direct calls take every
// record they name. Hooks (Lowering.cpp, cleanupHook) point at this
// variable and call the same run.
//
// Why a variable of its own: it holds only addresses of other locals, and
// nothing takes its address but its inlined cleanup, so at -O1 and above
// SROA turns it into constants; then, for a frame that does not escape, the
// list folds away record by record, the statements are inlined and their
// variables go back into registers. (Comparing the newest record's `__fn`
// with each statement would need no such variable, but reads each record
// through the list, which LLVM did not follow past three records.) A frame
// that escapes (a panic-ready function registers it) keeps its records in
// memory and still gets the direct calls; the variable costs it nothing.
//
// Only the newest 16 `__defer`s of a function are called directly (as many
// as an open-coded function may have): each is a branch at the exit, and
// with thousands of them LLVM's optimisation time grows faster than their
// number (test/malformed/many-defers.c). The older ones, below them on the
// list, are run by __cdefer_frame_only_exit.
//
//===----------------------------------------------------------------------===//
#include "Lowering.h"
#include "Captures.h"
#include "clang/AST/Attr.h"

using namespace clang;

namespace cdefer {

namespace {
/// The newest `__defer`s a frame-allocated-only function calls directly.
constexpr unsigned MaxDirectCalls = 16;
} // namespace

bool Lowering::frameOnlyExit(FunctionDefers &FDs, ArrayRef<OutlinedDefer> Outs,
                             ArrayRef<VarDecl *> Recs, Rewrite &RW,
                             SmallVectorImpl<FunctionDecl *> &Synthesised) {
  ASTContext &Ctx = B.context();
  Sema &S = B.sema();
  SourceLocation L = FDs.Body->getLBracLoc();
  const std::string &Base = Outs.front().Base;
  // Field 1 + K holds the address of site First + K's record.
  unsigned First =
      Recs.size() > MaxDirectCalls ? Recs.size() - MaxDirectCalls : 0;
  QualType RecTy = B.recordType(Abi.Record);
  std::vector<std::pair<std::string, QualType>> Fields{
      {"__frame", Ctx.getPointerType(B.recordType(Abi.Frame))}};
  for (unsigned I = First; I != Recs.size(); ++I)
    Fields.push_back({"__r" + std::to_string(I), Ctx.getPointerType(RecTy)});
  RecordDecl *RD = B.record("__cdefer_exit_" + Base, Fields, L);
  QualType ExitTy = B.recordType(RD);

  FunctionDecl *Run = helperFunction(FDs.FD, "__cdefer_run_" + Base,
                                     Ctx.getPointerType(ExitTy), L);
  ParmVarDecl *E = Run->getParamDecl(0);
  auto Field = [&](unsigned I) {
    return B.load(
        B.member(B.load(B.ref(E, L)), B.field(RD, I), /*Arrow=*/true));
  };
  FieldDecl *RecCtx = fieldNamed(Abi.Record, "__ctx");
  if (!RecCtx) {
    D.report(L, D.MissingRuntimeDecl) << "struct __cdefer_record";
    return false;
  }
  SmallVector<Stmt *, 8> Body;
  for (unsigned I = Recs.size(); I-- != First;) {
    unsigned F = 1 + I - First;
    Expr *Unlink = B.call(Abi.FrameOnlyUnlink, {Field(0), Field(F)}, L);
    Expr *Call = B.call(
        Outs[I].Fn, {B.load(B.member(Field(F), RecCtx, /*Arrow=*/true))}, L);
    if (!Unlink || !Call)
      return false;
    ExprResult Cond = S.CheckBooleanCondition(L, Unlink);
    if (Cond.isInvalid())
      return false;
    Body.push_back(IfStmt::Create(Ctx, L, IfStatementKind::Ordinary, nullptr,
                                  nullptr, Cond.get(), L, L, Call, L, nullptr));
  }
  Expr *Rest = B.call(Abi.FrameOnlyExit, {Field(0)}, L);
  if (!Rest)
    return false;
  Body.push_back(Rest);
  Run->setBody(B.compound(Body, L, L));
  Ctx.getTranslationUnitDecl()->addDecl(Run);
  Synthesised.push_back(Run);

  // Declared after the frame variable, and filled before any `__defer` can
  // execute: its cleanup runs the records while they and the frame live.
  VarDecl *Exit = B.local(FDs.FD, "__cdefer_exit", ExitTy, L);
  Exit->setImplicit();
  Exit->addAttr(CleanupAttr::CreateImplicit(Ctx, Run));
  RW.Entry.push_back(B.declStmt(Exit, L));
  for (unsigned I = 0; I != Fields.size(); ++I) {
    VarDecl *Target = I == 0 ? RW.FrameVar : Recs[First + I - 1];
    Expr *Set = B.assign(B.member(B.ref(Exit, L), B.field(RD, I), false),
                         B.addrOf(B.ref(Target, L), L), L);
    if (!Set)
      return false;
    RW.Entry.push_back(Set);
  }
  RW.HookTarget = Exit;
  if (llvm::any_of(FDs.Body->body(), declaresCleanupVariable) &&
      !(RW.HookFn = hookFunction(FDs, Run, Base, Synthesised)))
    return false;
  return true;
}

} // namespace cdefer
