//===- Lowering.cpp - rewrite a function's `__defer`s in their tiers ------===//
//
// Every `__defer S` is first outlined (Outliner.cpp) into
// `static void __cdefer_f_N(void *ctx)` with a snapshot type. Then, by the
// tier chooseTiers gave the function (TierChoice.cpp):
//
// Open-coded (every site open): one hidden local holds a bit per `__defer`
// and every snapshot; a synthesised run function is its cleanup:
//
//   struct __cdefer_open_f_N { unsigned __bits; struct __cdefer_ctx_f_N __c0; ... };
//   static inline void __cdefer_run_f_N(struct __cdefer_open_f_N *o) {   // always_inline
//     if (o->__bits & 2u) { o->__bits &= ~2u; __cdefer_f_M(&o->__c1); }  // newest first
//     __cdefer_f_N(&o->__c0);                   // a defer that dominates every exit
//   }
//   ... in f:  struct __cdefer_open_f_N __cdefer_frame
//                  __attribute__((cleanup(__cdefer_run_f_N)));
//              __cdefer_frame.__bits = 0;
//   at a `__defer`:  { __cdefer_frame.__c1.a0 = <value>; __cdefer_frame.__bits |= 2u; }
//
// The outlined functions are always_inline too: at -O2 nothing of this is
// left but the deferred code on the exit path, as if written by hand.
//
// Runtime (any other function): the frame of cdefer_abi.h, and per site
//
//   frame-allocated:  struct __cdefer_record __cdefer_rec_I;  (in f's
//                     struct __cdefer_ctx_f_N __cdefer_snap_I; outermost block)
//     at the `__defer`: { __cdefer_snap_I.a0 = <value>;
//                         __cdefer_push_frame(&__cdefer_frame, &__cdefer_rec_I,
//                                             __cdefer_f_N, &__cdefer_snap_I, "f.c:7:f"); }
//   pooled:           { struct __cdefer_ctx_f_N __cdefer_snap; __cdefer_snap.a0 = <value>;
//                       __cdefer_push(&__cdefer_frame, __cdefer_f_N, &__cdefer_snap,
//                                     sizeof __cdefer_snap, "f.c:7:f"); }
//     in a loop (or under a backward goto), unless the function calls setjmp
//     or tier=pool: the same, with __cdefer_push_batch, a batch of K
//     snapshots and the site's append window among the hidden locals
//     (cdefer_abi.h): consecutive runs of the site are stores at the
//     window's pointer, kept in registers, first into the batch, past K into
//     the runtime's batch chunks, and only runs interleaved with other
//     defers take pooled records. Every `__defer` of the function closes the
//     other batched sites' windows (__cdefer_window_close). K is about 256
//     bytes of snapshots (2 to 32; no batch for a snapshot over 64 bytes),
//     and a function's batches stop at 1 KiB.
//
// When every site is frame-allocated, the frame has no cleanup: a second
// hidden local, holding the addresses of the frame and of the records, has
// the cleanup, which calls each record's statement directly when it is the
// frame's newest (LoweringFrameOnly.cpp), so that LLVM can inline it.
//
// Either way f's body then opens with
//
//   __cdefer_entry: ;
//   <VLA anchor, hidden records and snapshots>
//   <the frame variable, whose cleanup runs the deferred code>
//   <frame-allocated only: the exit variable, whose cleanup does instead>
//
// The cleanup runs on every exit after the return value is computed (and,
// under -fexceptions, on unwinding). A local of the outermost block with a
// cleanup of its own gets a `__cdefer_hook` declared right after it, whose
// cleanup runs the deferred code first, so deferred code still sees it
// alive. The label makes CodeGen omit lifetime markers for the locals of the
// outermost block: without it they would be ended before the cleanup runs,
// and deferred code reading them (or their addresses, snapshotted by a call)
// is miscompiled at -O1 and above.
//
//===----------------------------------------------------------------------===//
#include "Lowering.h"
#include "Captures.h"
#include "TierChoice.h"
#include "clang/AST/Attr.h"
#include <algorithm>
#include <optional>

using namespace clang;

namespace cdefer {

namespace {

/// SPEC 2.6: deferred code cannot change the value returned. Clang
/// constructs a returned local in the return slot (NRVO) even in C, so a
/// deferred block that modifies that local would modify the result. Every
/// local of a function with defers is copied on return instead.
void disableNRVO(Stmt *S) {
  if (!S || isa<BlockExpr>(S))
    return;
  if (auto *DS = dyn_cast<DeclStmt>(S))
    for (Decl *Dcl : DS->decls())
      if (auto *VD = dyn_cast<VarDecl>(Dcl))
        VD->setNRVOVariable(false);
  for (Stmt *Child : S->children())
    disableNRVO(Child);
}

/// True if the outermost block declares a variable-length array.
bool hasOutermostVLA(const FunctionDefers &FDs) {
  ASTContext &Ctx = FDs.FD->getASTContext();
  for (const VarDecl *VD : outermostLocals(FDs.Body))
    if (Ctx.getAsVariableArrayType(VD->getType()))
      return true;
  return false;
}

IntegerLiteral *unsignedLiteral(ASTContext &Ctx, uint64_t V, SourceLocation L) {
  return IntegerLiteral::Create(
      Ctx, llvm::APInt(Ctx.getTypeSize(Ctx.UnsignedIntTy), V),
      Ctx.UnsignedIntTy, L);
}

Expr *nullPointer(ASTContext &Ctx, SourceLocation L) {
  return IntegerLiteral::Create(Ctx, llvm::APInt(32, 0), Ctx.IntTy, L);
}

/// Whether the batched sites' windows publish their counts at every run
/// (cdefer_abi.h): in a panic-ready function, whose runs a panic may take at
/// any call, and in one with cleanup hooks, whose hook runs the records
/// before the windows' own cleanups would publish. Elsewhere a window
/// publishes when the runtime is next to read its record.
bool windowsPublishEagerly(const FunctionDefers &FDs) {
  return FDs.PanicReady ||
         llvm::any_of(FDs.Body->body(), declaresCleanupVariable);
}

} // namespace

bool Lowering::findAbi(SourceLocation L) {
  if (AbiLooked)
    return AbiOK;
  AbiLooked = true;
  ASTContext &Ctx = B.context();
  auto Defined = [](FunctionDecl *FD) {
    return FD ? FD->getDefinition() : nullptr;
  };
  Abi.Frame = lookupTU<RecordDecl>(Ctx, "__cdefer_frame");
  Abi.Record = lookupTU<RecordDecl>(Ctx, "__cdefer_record");
  Abi.Push = lookupTU<FunctionDecl>(Ctx, "__cdefer_push");
  Abi.PushFrame = Defined(lookupTU<FunctionDecl>(Ctx, "__cdefer_push_frame"));
  Abi.FrameExit = Defined(lookupTU<FunctionDecl>(Ctx, "__cdefer_frame_exit"));
  Abi.HookExit = Defined(lookupTU<FunctionDecl>(Ctx, "__cdefer_hook_exit"));
  Abi.FrameOnlyUnlink =
      Defined(lookupTU<FunctionDecl>(Ctx, "__cdefer_frame_only_unlink"));
  Abi.FrameOnlyExit =
      Defined(lookupTU<FunctionDecl>(Ctx, "__cdefer_frame_only_exit"));
  Abi.Batch = lookupTU<RecordDecl>(Ctx, "__cdefer_batch");
  Abi.PushBatch = Defined(lookupTU<FunctionDecl>(Ctx, "__cdefer_push_batch"));
  Abi.Window = lookupTU<RecordDecl>(Ctx, "__cdefer_window");
  Abi.RunBatch = Defined(lookupTU<FunctionDecl>(Ctx, "__cdefer_run_batch"));
  Abi.RunChunk = Defined(lookupTU<FunctionDecl>(Ctx, "__cdefer_run_chunk"));
  Abi.CloseWindow =
      Defined(lookupTU<FunctionDecl>(Ctx, "__cdefer_window_close"));
  Abi.WindowExit = Defined(lookupTU<FunctionDecl>(Ctx, "__cdefer_window_exit"));
  const char *Missing =
      !Abi.Frame || !Abi.Frame->isCompleteDefinition() ? "struct __cdefer_frame"
      : !Abi.Record || !Abi.Record->isCompleteDefinition()
          ? "struct __cdefer_record"
      : !Abi.Push      ? "__cdefer_push"
      : !Abi.PushFrame ? "__cdefer_push_frame"
      : !Abi.FrameExit ? "__cdefer_frame_exit"
      : !Abi.HookExit  ? "__cdefer_hook_exit"
      : !Abi.FrameOnlyUnlink ? "__cdefer_frame_only_unlink"
      : !Abi.FrameOnlyExit ? "__cdefer_frame_only_exit"
      : !Abi.Batch || !Abi.Batch->isCompleteDefinition()
          ? "struct __cdefer_batch"
      : !Abi.Window || !Abi.Window->isCompleteDefinition()
          ? "struct __cdefer_window"
      : !Abi.PushBatch ? "__cdefer_push_batch"
      : !Abi.RunBatch  ? "__cdefer_run_batch"
      : !Abi.RunChunk  ? "__cdefer_run_chunk"
      : !Abi.CloseWindow ? "__cdefer_window_close"
      : !Abi.WindowExit  ? "__cdefer_window_exit"
                         : nullptr;
  if (Missing) {
    D.report(L, D.MissingRuntimeDecl) << Missing;
    return AbiOK = false;
  }
  return AbiOK = true;
}

bool Lowering::fillSnapshot(const OutlinedDefer &OD,
                            llvm::function_ref<Expr *()> Storage,
                            SmallVectorImpl<Stmt *> &Out) {
  for (unsigned I = 0; I != OD.Values.size(); ++I) {
    Expr *Store = B.assign(B.member(Storage(), B.field(OD.Ctx, I), false),
                           OD.Values[I], OD.Loc);
    if (!Store)
      return false;
    Out.push_back(Store);
  }
  return true;
}

/// `static inline void Name(ParamTy p)`, always inlined (unless AlwaysInline
/// is false: then plain static) and invisible to the debugger (a backtrace
/// from deferred code shows the user's function), for the run and hook
/// functions of a function Of that is open-coded or has only frame-allocated
/// `__defer`s, and a batch's run function. The body is the caller's to set.
FunctionDecl *Lowering::helperFunction(const FunctionDecl *Of, StringRef Name,
                                       QualType ParamTy, SourceLocation L,
                                       bool AlwaysInline) {
  ASTContext &Ctx = B.context();
  QualType FnTy = Ctx.getFunctionType(Ctx.VoidTy, {ParamTy},
                                      FunctionProtoType::ExtProtoInfo());
  FunctionDecl *FD = FunctionDecl::Create(
      Ctx, Ctx.getTranslationUnitDecl(), L, L, DeclarationName(B.ident(Name)),
      FnTy, Ctx.getTrivialTypeSourceInfo(FnTy, L), SC_Static);
  ParmVarDecl *P = ParmVarDecl::Create(Ctx, FD, L, L, B.ident("__cdefer_p"),
                                       ParamTy,
                                       Ctx.getTrivialTypeSourceInfo(ParamTy, L),
                                       SC_None, nullptr);
  FD->setParams({P});
  if (AlwaysInline) {
    FD->setInlineSpecified(true);
    FD->addAttr(AlwaysInlineAttr::CreateImplicit(Ctx));
  }
  FD->addAttr(NoDebugAttr::CreateImplicit(Ctx));
  FD->setImplicit();
  // It inlines the outlined statements, which inherited Of's target
  // features (Outliner.cpp); always_inline needs the same features.
  if (const auto *TA = Of->getAttr<TargetAttr>())
    FD->addAttr(TA->clone(Ctx));
  return FD;
}

bool Lowering::lowerOpenCoded(FunctionDefers &FDs,
                              ArrayRef<OutlinedDefer> Outs, Rewrite &RW,
                              SmallVectorImpl<FunctionDecl *> &Synthesised) {
  ASTContext &Ctx = B.context();
  Sema &S = B.sema();
  SourceLocation L = FDs.Body->getLBracLoc();
  const std::string &Base = Outs.front().Base;

  // The hidden local: the bits, then each snapshot.
  std::vector<std::pair<std::string, QualType>> Fields{
      {"__bits", Ctx.UnsignedIntTy}};
  SmallVector<int, 8> FieldOf;
  for (unsigned I = 0; I != Outs.size(); ++I) {
    FieldOf.push_back(Outs[I].Ctx ? int(Fields.size()) : -1);
    if (Outs[I].Ctx)
      Fields.push_back(
          {"__c" + std::to_string(I), B.recordType(Outs[I].Ctx)});
  }
  RecordDecl *RD = B.record("__cdefer_open_" + Base, Fields, L);
  QualType OpenTy = B.recordType(RD);
  FieldDecl *Bits = B.field(RD, 0);

  // The run function: newest first, each under its bit, cleared before the
  // call so that a second run (a hook, then the frame) skips it.
  FunctionDecl *Run =
      helperFunction(FDs.FD, "__cdefer_run_" + Base, Ctx.getPointerType(OpenTy), L);
  ParmVarDecl *O = Run->getParamDecl(0);
  auto BitsOf = [&]() {
    return B.member(B.load(B.ref(O, L)), Bits, /*Arrow=*/true);
  };
  SmallVector<Stmt *, 8> RunBody;
  for (unsigned I = Outs.size(); I-- != 0;) {
    const OutlinedDefer &OD = Outs[I];
    Expr *Arg = FieldOf[I] >= 0
                    ? B.addrOf(B.member(B.load(B.ref(O, OD.Loc)),
                                        B.field(RD, FieldOf[I]), true),
                               OD.Loc)
                    : nullPointer(Ctx, OD.Loc);
    Expr *Call = B.call(OD.Fn, {Arg}, OD.Loc);
    if (!Call)
      return false;
    OD.Fn->addAttr(AlwaysInlineAttr::CreateImplicit(Ctx));
    if (FDs.Sites[I]->AlwaysRuns) {
      RunBody.push_back(Call);
      continue;
    }
    unsigned Mask = 1u << I;
    ExprResult Test = S.BuildBinOp(nullptr, L, BO_And, B.load(BitsOf()),
                                   unsignedLiteral(Ctx, Mask, L));
    ExprResult Clear = S.BuildBinOp(nullptr, L, BO_AndAssign, BitsOf(),
                                    unsignedLiteral(Ctx, ~Mask & 0xffffffffu, L));
    if (Test.isInvalid() || Clear.isInvalid())
      return false;
    ExprResult Cond = S.CheckBooleanCondition(L, Test.get());
    if (Cond.isInvalid())
      return false;
    RunBody.push_back(IfStmt::Create(
        Ctx, L, IfStatementKind::Ordinary, nullptr, nullptr, Cond.get(), L, L,
        B.compound({Clear.get(), Call}, L, L), L, nullptr));
  }
  Run->setBody(B.compound(RunBody, L, L));
  Ctx.getTranslationUnitDecl()->addDecl(Run);
  Synthesised.push_back(Run);
  if (FDs.PanicReady) {
    RW.Step = stepFunction(FDs, Outs, RD, FieldOf);
    if (!RW.Step)
      return false;
    Synthesised.push_back(RW.Step);
  }

  // `struct __cdefer_open_f_N __cdefer_frame __attribute__((cleanup(run)));
  //  __cdefer_frame.__bits = 0;` -- the snapshots need no initial value:
  // a snapshot is only read under its bit, or (no bit) after it was filled.
  RW.FrameVar = B.local(FDs.FD, "__cdefer_frame", OpenTy, L);
  RW.FrameVar->setImplicit();
  RW.FrameVar->addAttr(CleanupAttr::CreateImplicit(Ctx, Run));
  RW.HookTarget = RW.FrameVar;
  RW.Entry.push_back(B.declStmt(RW.FrameVar, L));
  auto FrameBits = [&](SourceLocation At) {
    return B.member(B.ref(RW.FrameVar, At), Bits, /*Arrow=*/false);
  };
  Expr *Zero = B.assign(FrameBits(L), unsignedLiteral(Ctx, 0, L), L);
  if (!Zero)
    return false;
  RW.Entry.push_back(Zero);

  if (llvm::any_of(FDs.Body->body(), declaresCleanupVariable)) {
    RW.HookFn = hookFunction(FDs, Run, Base, Synthesised);
    if (!RW.HookFn)
      return false;
  }

  // At each `__defer`: fill the snapshot, then set the bit.
  for (unsigned I = 0; I != Outs.size(); ++I) {
    const OutlinedDefer &OD = Outs[I];
    SmallVector<Stmt *, 8> AtDefer;
    if (!fillSnapshot(
            OD,
            [&] {
              return B.member(B.ref(RW.FrameVar, OD.Loc),
                              B.field(RD, FieldOf[I]), false);
            },
            AtDefer))
      return false;
    if (!FDs.Sites[I]->AlwaysRuns) {
      ExprResult Set =
          S.BuildBinOp(nullptr, OD.Loc, BO_OrAssign, FrameBits(OD.Loc),
                       unsignedLiteral(Ctx, 1u << I, OD.Loc));
      if (Set.isInvalid())
        return false;
      AtDefer.push_back(Set.get());
    }
    *FDs.Sites[I]->Slot = B.compound(AtDefer, OD.Loc, OD.Loc);
  }
  return true;
}

FunctionDecl *
Lowering::hookFunction(FunctionDefers &FDs, FunctionDecl *Run, StringRef Base,
                       SmallVectorImpl<FunctionDecl *> &Synthesised) {
  ASTContext &Ctx = B.context();
  SourceLocation L = FDs.Body->getLBracLoc();
  FunctionDecl *Hook =
      helperFunction(FDs.FD, ("__cdefer_hook_" + Base).str(),
                     Ctx.getPointerType(Run->getParamDecl(0)->getType()), L);
  Expr *HookCall = B.call(
      Run, {B.load(B.deref(B.load(B.ref(Hook->getParamDecl(0), L)), L))}, L);
  if (!HookCall)
    return nullptr;
  Hook->setBody(B.compound({HookCall}, L, L));
  Ctx.getTranslationUnitDecl()->addDecl(Hook);
  Synthesised.push_back(Hook);
  return Hook;
}

/// Snapshots a batch of CtxBytes-byte snapshots holds: about 256 bytes'
/// worth, 2 to 32; none for a snapshot too big for a pool record (it would
/// take a heap record anyway) or once the function's batches hold 1 KiB.
static unsigned batchSlots(uint64_t CtxBytes, uint64_t &BudgetLeft) {
  if (CtxBytes > 64)
    return 0;
  unsigned Slots =
      CtxBytes == 0 ? 32 : unsigned(std::clamp<uint64_t>(256 / CtxBytes, 2, 32));
  uint64_t Bytes = uint64_t(Slots) * CtxBytes + 64;
  if (Bytes > BudgetLeft)
    return 0;
  BudgetLeft -= Bytes;
  return Slots;
}

FunctionDecl *Lowering::batchRunFunction(
    FunctionDefers &FDs, const OutlinedDefer &OD, StringRef Name,
    FunctionDecl *Runner, uint64_t Size, std::optional<bool> Eager,
    SmallVectorImpl<FunctionDecl *> &Synthesised) {
  ASTContext &Ctx = B.context();
  SourceLocation L = FDs.Body->getLBracLoc();
  FunctionDecl *Run = helperFunction(FDs.FD, Name, Ctx.VoidPtrTy, L,
                                     /*AlwaysInline=*/false);
  SmallVector<Expr *, 4> Args{B.load(B.ref(Run->getParamDecl(0), L)),
                              B.ref(OD.Fn, L), B.sizeLiteral(Size, L)};
  if (Eager)
    Args.push_back(
        IntegerLiteral::Create(Ctx, llvm::APInt(32, *Eager), Ctx.IntTy, L));
  Expr *RunCall = B.call(Runner, Args, L);
  if (!RunCall)
    return nullptr;
  Run->setBody(B.compound({RunCall}, L, L));
  if (FDs.PanicReady) // as for the outlined statements it inlines
    Run->addAttr(DisableTailCallsAttr::CreateImplicit(Ctx));
  Ctx.getTranslationUnitDecl()->addDecl(Run);
  Synthesised.push_back(Run);
  return Run;
}

VarDecl *Lowering::lowerBatched(FunctionDefers &FDs, const OutlinedDefer &OD,
                                unsigned I, unsigned Slots, VarDecl *Snap,
                                Rewrite &RW, SmallVectorImpl<Stmt *> &AtDefer,
                                SmallVectorImpl<FunctionDecl *> &Synthesised) {
  ASTContext &Ctx = B.context();
  SourceLocation L = FDs.Body->getLBracLoc(), At = OD.Loc;
  QualType CtxTy = OD.Ctx ? B.recordType(OD.Ctx) : QualType();
  uint64_t Size = OD.Ctx ? Ctx.getTypeSizeInChars(CtxTy).getQuantity() : 0;

  // `struct __cdefer_batch_f_N { struct __cdefer_batch __h; ctx __s[K]; }`;
  // for a snapshot of no bytes `unsigned char __s[K]`, a byte of address
  // per run (never written: the window counts runs by address).
  QualType SlotTy = OD.Ctx ? CtxTy : Ctx.UnsignedCharTy;
  std::vector<std::pair<std::string, QualType>> Fields{
      {"__h", B.recordType(Abi.Batch)},
      {"__s", Ctx.getConstantArrayType(SlotTy, llvm::APInt(32, Slots), nullptr,
                                       ArraySizeModifier::Normal, 0)}};
  RecordDecl *RD = B.record("__cdefer_batch_" + OD.Base, Fields, L);
  VarDecl *Batch = B.local(FDs.FD, "__cdefer_batch_" + std::to_string(I),
                           B.recordType(RD), L);
  Batch->setImplicit();
  RW.Entry.push_back(B.declStmt(Batch, L));
  // `struct __cdefer_window __cdefer_win_I = {0};`: the call's first run of
  // the site is next. Only the inline ABI functions are given its address,
  // so that at -O1 and above it lives in registers. Unless it publishes at
  // every run, its cleanup publishes before the frame's runs the records.
  bool Eager = windowsPublishEagerly(FDs);
  QualType WindowTy = B.recordType(Abi.Window);
  VarDecl *Window = B.local(FDs.FD, "__cdefer_win_" + std::to_string(I),
                            WindowTy, L);
  Window->setImplicit();
  Window->setInit(new (Ctx) ImplicitValueInitExpr(WindowTy));
  if (!Eager)
    Window->addAttr(CleanupAttr::CreateImplicit(Ctx, Abi.WindowExit));

  // `static void __cdefer_batchrun_f_N(void *b)
  //  { __cdefer_run_batch(b, __cdefer_f_N, sizeof(ctx), eager); }`, and
  // the same with __cdefer_run_chunk (which takes no eager) for the site's
  // batch chunks.
  FunctionDecl *BatchRun =
      batchRunFunction(FDs, OD, "__cdefer_batchrun_" + OD.Base, Abi.RunBatch,
                       Size, Eager, Synthesised);
  FunctionDecl *ChunkRun =
      batchRunFunction(FDs, OD, "__cdefer_chunkrun_" + OD.Base, Abi.RunChunk,
                       Size, std::nullopt, Synthesised);
  if (!BatchRun || !ChunkRun)
    return nullptr;

  Expr *Push = B.call(
      Abi.PushBatch,
      {B.addrOf(B.ref(RW.FrameVar, At), At),
       B.addrOf(B.member(B.ref(Batch, At), B.field(RD, 0), false), At),
       B.addrOf(B.ref(Window, At), At),
       B.addrOf(B.member(B.ref(Batch, At), B.field(RD, 1), false), At),
       unsignedLiteral(Ctx, Slots, At), B.ref(BatchRun, At), B.ref(ChunkRun, At),
       B.ref(OD.Fn, At),
       Snap ? B.addrOf(B.ref(Snap, At), At) : nullPointer(Ctx, At),
       B.sizeLiteral(Size, At), B.stringLiteral(OD.SiteText, At),
       IntegerLiteral::Create(Ctx, llvm::APInt(32, Eager), Ctx.IntTy, At)},
      At);
  if (!Push)
    return nullptr;
  AtDefer.push_back(Push);
  return Window;
}

bool Lowering::lowerRuntime(FunctionDefers &FDs, ArrayRef<OutlinedDefer> Outs,
                            Rewrite &RW,
                            SmallVectorImpl<FunctionDecl *> &Synthesised) {
  ASTContext &Ctx = B.context();
  SourceLocation L = FDs.Body->getLBracLoc();
  QualType FrameTy = B.recordType(Abi.Frame);
  // A function whose `__defer`s are all frame-allocated never links a
  // runtime-owned record or a batch, so its frame needs only __head, and its
  // exit neither the kind test per record nor the count check; it calls each
  // record's statement directly (LoweringFrameOnly.cpp).
  bool FrameOnly = llvm::all_of(FDs.Sites, [](const auto &Site) {
    return Site->Chosen == Tier::Frame;
  });
  RW.FrameVar = B.local(FDs.FD, "__cdefer_frame", FrameTy, L);
  RW.FrameVar->setImplicit();
  RW.HookTarget = RW.FrameVar;
  // Frame-allocated only: the exit variable's cleanup runs the records
  // (frameOnlyExit, after the loop), and the frame has none of its own.
  if (!FrameOnly) {
    RW.FrameVar->setInit(new (Ctx) ImplicitValueInitExpr(FrameTy));
    RW.FrameVar->addAttr(CleanupAttr::CreateImplicit(Ctx, Abi.FrameExit));
    RW.HookFn = Abi.HookExit;
  }
  auto FrameAddr = [&](SourceLocation At) {
    return B.addrOf(B.ref(RW.FrameVar, At), At);
  };
  uint64_t BatchBudget = 1024; // bytes of batches per function
  // Per site, what replaces its marker, and the window of each batched site
  // (null for the others).
  SmallVector<SmallVector<Stmt *, 8>, 4> AtDefers(Outs.size());
  SmallVector<VarDecl *, 4> Windows(Outs.size(), nullptr);
  SmallVector<VarDecl *, 4> Recs; // frame-allocated only: each site's record

  for (unsigned I = 0; I != Outs.size(); ++I) {
    const OutlinedDefer &OD = Outs[I];
    SourceLocation At = OD.Loc;
    QualType CtxTy = OD.Ctx ? B.recordType(OD.Ctx) : QualType();
    SmallVectorImpl<Stmt *> &AtDefer = AtDefers[I];
    VarDecl *Snap = nullptr;
    Expr *Push = nullptr;
    if (FDs.Sites[I]->Chosen == Tier::Frame) {
      // Record and snapshot live as long as the frame: outermost block.
      VarDecl *Rec = B.local(FDs.FD, "__cdefer_rec_" + std::to_string(I),
                             B.recordType(Abi.Record), L);
      Rec->setImplicit();
      RW.Entry.push_back(B.declStmt(Rec, L));
      Recs.push_back(Rec);
      if (OD.Ctx) {
        Snap = B.local(FDs.FD, "__cdefer_snap_" + std::to_string(I), CtxTy, L);
        Snap->setImplicit();
        RW.Entry.push_back(B.declStmt(Snap, L));
      }
      if (!fillSnapshot(OD, [&] { return B.ref(Snap, At); }, AtDefer))
        return false;
      Push = B.call(Abi.PushFrame,
                    {FrameAddr(At), B.addrOf(B.ref(Rec, At), At),
                     B.ref(OD.Fn, At),
                     Snap ? B.addrOf(B.ref(Snap, At), At) : nullPointer(Ctx, At),
                     B.stringLiteral(OD.SiteText, At)},
                    At);
    } else {
      // Copied by the push: the snapshot is a temporary at the `__defer`.
      if (OD.Ctx) {
        Snap = B.local(FDs.FD, "__cdefer_snap", CtxTy, At);
        Snap->setImplicit();
        AtDefer.push_back(B.declStmt(Snap, At));
      }
      if (!fillSnapshot(OD, [&] { return B.ref(Snap, At); }, AtDefer))
        return false;
      DeferSite &Site = *FDs.Sites[I];
      Site.BatchSlots =
          Site.Batchable
              ? batchSlots(OD.Ctx ? Ctx.getTypeSizeInChars(CtxTy).getQuantity() : 0,
                           BatchBudget)
              : 0;
      if (Site.BatchSlots) {
        Windows[I] = lowerBatched(FDs, OD, I, Site.BatchSlots, Snap, RW,
                                  AtDefer, Synthesised);
        if (!Windows[I])
          return false;
        continue;
      }
      Push = B.call(
          Abi.Push,
          {FrameAddr(At), B.ref(OD.Fn, At),
           Snap ? B.addrOf(B.ref(Snap, At), At) : nullPointer(Ctx, At),
           B.sizeLiteral(OD.Ctx ? Ctx.getTypeSizeInChars(CtxTy).getQuantity() : 0,
                         At),
           B.stringLiteral(OD.SiteText, At)},
          At);
    }
    if (!Push)
      return false;
    AtDefer.push_back(Push);
  }
  // Every `__defer` closes the windows of the batched sites but its own
  // (cdefer_abi.h, __cdefer_window_close): it links a record after whatever
  // they are on, unless it appends in place to its own, which is the frame's
  // newest only when theirs are closed already.
  for (unsigned I = 0; I != Outs.size(); ++I) {
    SourceLocation At = Outs[I].Loc;
    for (unsigned J = 0; J != Outs.size(); ++J) {
      if (J == I || !Windows[J])
        continue;
      Expr *Close = B.call(Abi.CloseWindow,
                           {B.addrOf(B.ref(Windows[J], At), At)}, At);
      if (!Close)
        return false;
      AtDefers[I].push_back(Close);
    }
    *FDs.Sites[I]->Slot = B.compound(AtDefers[I], At, At);
  }
  // Last, so that its cleanup runs first, while the records are alive;
  // but for the windows, whose cleanups must publish before it runs.
  RW.Entry.push_back(B.declStmt(RW.FrameVar, L));
  for (VarDecl *Window : Windows)
    if (Window)
      RW.Entry.push_back(B.declStmt(Window, L));
  if (FrameOnly) {
    FieldDecl *Head = fieldNamed(Abi.Frame, "__head");
    Expr *Clear = Head ? B.assign(B.member(B.ref(RW.FrameVar, L), Head, false),
                                  nullPointer(Ctx, L), L)
                       : nullptr;
    if (!Clear) {
      D.report(L, D.MissingRuntimeDecl) << "struct __cdefer_frame";
      return false;
    }
    RW.Entry.push_back(Clear);
    return frameOnlyExit(FDs, Outs, Recs, RW, Synthesised);
  }
  return true;
}

/// `T *__cdefer_hook __attribute__((cleanup(HookFn))) = &__cdefer_frame;`
/// (or `= &__cdefer_exit`, frame-allocated only) declared right after a
/// local with its own cleanup: see cdefer_abi.h.
Stmt *Lowering::cleanupHook(const Rewrite &RW, SourceLocation L) {
  ASTContext &Ctx = B.context();
  QualType HookTy = Ctx.getPointerType(RW.HookTarget->getType());
  VarDecl *Hook =
      B.local(RW.HookTarget->getDeclContext(), "__cdefer_hook", HookTy, L);
  Hook->setImplicit();
  Hook->setInit(B.addrOf(B.ref(RW.HookTarget, L), L));
  Hook->addAttr(CleanupAttr::CreateImplicit(Ctx, RW.HookFn));
  return B.declStmt(Hook, L);
}

bool Lowering::lower(FunctionDefers &FDs,
                     SmallVectorImpl<FunctionDecl *> &Synthesised) {
  if (FDs.empty())
    return true;
  if (!findAbi(FDs.FD->getLocation()))
    return false;
  ASTContext &Ctx = B.context();
  disableNRVO(FDs.Body);
  Sema &S = B.sema();
  Sema::ContextRAII SavedContext(S, FDs.FD);
  S.PushFunctionScope();

  SmallVector<OutlinedDefer, 4> Outs(FDs.Sites.size());
  bool OK = true;
  for (unsigned I = 0; OK && I != FDs.Sites.size(); ++I) {
    OK = outlineDefer(B, FDs, *FDs.Sites[I], NextOutlined++, Outs[I]);
    if (OK)
      Synthesised.push_back(Outs[I].Fn);
  }

  // CodeGen saves the stack pointer at a scope's first VLA and restores it
  // when the scope's cleanups run; that restore would otherwise come before
  // the frame's cleanup and free the arrays deferred code may still read.
  // With a one-byte VLA first, the restore is the frame's last act.
  Rewrite RW;
  SourceLocation L = FDs.Body->getLBracLoc();
  if (OK && hasOutermostVLA(FDs)) {
    VarDecl *One = B.local(FDs.FD, "__cdefer_vla_one", Ctx.IntTy, L);
    One->setImplicit();
    One->setInit(IntegerLiteral::Create(Ctx, llvm::APInt(32, 1), Ctx.IntTy, L));
    QualType AnchorTy = Ctx.getVariableArrayType(
        Ctx.CharTy, B.load(B.ref(One, L)), ArraySizeModifier::Normal, 0);
    VarDecl *Anchor = B.local(FDs.FD, "__cdefer_vla_anchor", AnchorTy, L);
    Anchor->setImplicit();
    RW.Entry.push_back(B.declStmt(One, L));
    RW.Entry.push_back(B.declStmt(Anchor, L));
  }
  if (OK && FDs.PanicReady) {
    // cdefer_recover tells a direct call by its callers' frames
    // (runtime/src/panic.c): a deferred statement must not leave its frame
    // to a tail call.
    for (OutlinedDefer &OD : Outs)
      OD.Fn->addAttr(DisableTailCallsAttr::CreateImplicit(Ctx));
    OK = panicDeclarations(FDs, RW);
  }
  if (OK)
    OK = FDs.openCoded() ? lowerOpenCoded(FDs, Outs, RW, Synthesised)
                         : lowerRuntime(FDs, Outs, RW, Synthesised);
  if (OK && FDs.PanicReady)
    OK = panicRegistration(FDs, RW);
  S.PopFunctionScopeInfo();
  if (!OK)
    return false;

  CompoundStmt *Old = FDs.Body;
  LabelDecl *Label =
      LabelDecl::Create(Ctx, FDs.FD, L, B.ident("__cdefer_entry"));
  auto *LabelS = new (Ctx) LabelStmt(L, Label, new (Ctx) NullStmt(L));
  Label->setStmt(LabelS);
  SmallVector<Stmt *, 16> Stmts{LabelS};
  Stmts.append(RW.Entry.begin(), RW.Entry.end());
  for (Stmt *St : Old->body()) {
    Stmts.push_back(St);
    if (declaresCleanupVariable(St))
      Stmts.push_back(cleanupHook(RW, St->getEndLoc()));
  }
  FDs.FD->setBody(CompoundStmt::Create(
      Ctx, Stmts,
      Old->hasStoredFPFeatures() ? Old->getStoredFPFeatures()
                                 : FPOptionsOverride(),
      Old->getLBracLoc(), Old->getRBracLoc()));
  return true;
}

} // namespace cdefer
