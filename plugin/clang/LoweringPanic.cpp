//===- LoweringPanic.cpp - make a function panic-ready --------------------===//
//
// A panic-ready function (PanicReady.h) registers with the runtime so that a
// panic runs its pending deferred code and, if that code recovers, the
// function returns normally (runtime/src/panic.c). On top of its tier's
// lowering (Lowering.cpp) it gets, at the top of its body:
//
//   volatile T __cdefer_rv = {0};                // not for void functions
//   struct __cdefer_pframe __cdefer_pf
//       __attribute__((cleanup(__cdefer_pframe_pop)));
//   <the tier's frame variable>
//   __cdefer_pf.__fn = (const void *)f;
//   __cdefer_pf.__frame = &__cdefer_frame;
//   __cdefer_pf.__step = __cdefer_step_f_N;      // open-coded; else 0
//   __cdefer_pframe_push(&__cdefer_pf, __builtin_frame_address(0));
//                                  // or _skip: see panicRegistration
//   if (__builtin_setjmp(__cdefer_pf.__jb)) {    // a recovery lands here
//     __cdefer_resumed();                        // returns_twice: see below
//     return __cdefer_rv;
//   }
//
// and every `return E;` of the function becomes `return __cdefer_rv = E;`,
// so that a function that recovers after its `return` began returns that
// value, and zero before. The registration is declared before the frame
// variable, so it is popped after the frame's deferred code ran: a panic in
// that code still finds the function registered. An open-coded function's
// step function hands the runtime its newest pending deferred statement:
//
//   static int __cdefer_step_f_N(void *p, struct __cdefer_next *out) {
//     struct __cdefer_open_f_N *o = p;
//     if (o->__bits & 2u) { o->__bits &= ~2u; out->__fn = __cdefer_f_M;
//       out->__ctx = &o->__c1; out->__site = "f.c:9:f\0C"; return 1; }
//     ...
//     return 0;
//   }
//
//===----------------------------------------------------------------------===//
#include "Lowering.h"
#include "clang/AST/Attr.h"
#include "clang/Sema/Lookup.h"

using namespace clang;

namespace cdefer {

namespace {

IntegerLiteral *intLiteral(ASTContext &Ctx, uint64_t V, QualType T,
                           SourceLocation L) {
  return IntegerLiteral::Create(Ctx, llvm::APInt(Ctx.getTypeSize(T), V), T, L);
}

} // namespace

bool Lowering::findPanicAbi(SourceLocation L) {
  if (PanicAbiLooked)
    return PanicAbiOK;
  PanicAbiLooked = true;
  ASTContext &Ctx = B.context();
  Sema &S = B.sema();
  PanicAbi.PFrame = lookupTU<RecordDecl>(Ctx, "__cdefer_pframe");
  PanicAbi.Next = lookupTU<RecordDecl>(Ctx, "__cdefer_next");
  PanicAbi.Push = lookupTU<FunctionDecl>(Ctx, "__cdefer_pframe_push");
  PanicAbi.PushSkip =
      lookupTU<FunctionDecl>(Ctx, "__cdefer_pframe_push_skip");
  PanicAbi.Pop = lookupTU<FunctionDecl>(Ctx, "__cdefer_pframe_pop");
  PanicAbi.Resumed = lookupTU<FunctionDecl>(Ctx, "__cdefer_resumed");
  // Builtins are declared the first time they are looked up.
  auto Builtin = [&](StringRef Name) -> FunctionDecl * {
    LookupResult R(S, &Ctx.Idents.get(Name), L, Sema::LookupOrdinaryName);
    if (S.LookupName(R, S.TUScope, /*AllowBuiltinCreation=*/true))
      return R.getAsSingle<FunctionDecl>();
    return nullptr;
  };
  PanicAbi.Setjmp = Builtin("__builtin_setjmp");
  PanicAbi.FrameAddress = Builtin("__builtin_frame_address");
  const char *Missing =
      !PanicAbi.PFrame || !PanicAbi.PFrame->isCompleteDefinition()
          ? "struct __cdefer_pframe"
      : !PanicAbi.Next || !PanicAbi.Next->isCompleteDefinition()
          ? "struct __cdefer_next"
      : !PanicAbi.Push   ? "__cdefer_pframe_push"
      : !PanicAbi.PushSkip ? "__cdefer_pframe_push_skip"
      : !PanicAbi.Pop    ? "__cdefer_pframe_pop"
      : !PanicAbi.Resumed ? "__cdefer_resumed"
      : !PanicAbi.Setjmp ? "__builtin_setjmp"
      : !PanicAbi.FrameAddress ? "__builtin_frame_address"
                               : nullptr;
  if (Missing) {
    D.report(L, D.MissingRuntimeDecl) << Missing;
    return PanicAbiOK = false;
  }
  return PanicAbiOK = true;
}

bool Lowering::panicDeclarations(FunctionDefers &FDs, Rewrite &RW) {
  if (!findPanicAbi(FDs.FD->getLocation()))
    return false;
  ASTContext &Ctx = B.context();
  // The runtime recognises the frame by the function's address: inlined
  // into a caller, it would have none of its own.
  if (!FDs.FD->hasAttr<NoInlineAttr>())
    FDs.FD->addAttr(NoInlineAttr::CreateImplicit(Ctx));
  SourceLocation L = FDs.Body->getLBracLoc();
  QualType RT = FDs.FD->getReturnType();
  if (!RT->isVoidType()) {
    QualType RVT = RT.getUnqualifiedType().withVolatile();
    RW.ReturnValue = B.local(FDs.FD, "__cdefer_rv", RVT, L);
    RW.ReturnValue->setImplicit();
    RW.ReturnValue->setInit(new (Ctx) ImplicitValueInitExpr(RVT));
    RW.Entry.push_back(B.declStmt(RW.ReturnValue, L));
  }
  RW.PanicFrame =
      B.local(FDs.FD, "__cdefer_pf", B.recordType(PanicAbi.PFrame), L);
  RW.PanicFrame->setImplicit();
  RW.PanicFrame->addAttr(CleanupAttr::CreateImplicit(Ctx, PanicAbi.Pop));
  RW.Entry.push_back(B.declStmt(RW.PanicFrame, L));
  return true;
}

bool Lowering::panicRegistration(FunctionDefers &FDs, Rewrite &RW) {
  ASTContext &Ctx = B.context();
  Sema &S = B.sema();
  SourceLocation L = FDs.Body->getLBracLoc();
  auto PF = [&](StringRef Field) {
    return B.member(B.ref(RW.PanicFrame, L),
                    fieldNamed(PanicAbi.PFrame, Field), /*Arrow=*/false);
  };
  auto Store = [&](StringRef Field, Expr *Value) {
    Expr *E = B.assign(PF(Field), Value, L);
    if (E)
      RW.Entry.push_back(E);
    return E != nullptr;
  };
  // The function's own address, to recognise its frame when unwinding.
  Expr *Self = ImplicitCastExpr::Create(
      Ctx, Ctx.getPointerType(Ctx.VoidTy.withConst()), CK_BitCast,
      B.load(B.ref(FDs.FD, L)), nullptr, VK_PRValue, FPOptionsOverride());
  Expr *Step = RW.Step ? B.load(B.ref(RW.Step, L))
                       : intLiteral(Ctx, 0, Ctx.IntTy, L);
  if (!Store("__fn", Self) ||
      !Store("__frame", B.addrOf(B.ref(RW.FrameVar, L), L)) ||
      !Store("__step", Step))
    return false;
  Expr *FrameAddress =
      B.call(PanicAbi.FrameAddress, {intLiteral(Ctx, 0, Ctx.UnsignedIntTy, L)}, L);
  if (!FrameAddress)
    return false;
  // A landing pad that holds only our cleanups has nothing left to do once
  // the runtime ran the frame's deferred code: registered with the _skip
  // variant, the panic passes it by (runtime/src/panic.c).
  Expr *Push = B.call(FDs.PanicSkipsCleanups ? PanicAbi.PushSkip
                                             : PanicAbi.Push,
                      {B.addrOf(B.ref(RW.PanicFrame, L), L), FrameAddress}, L);
  Expr *Setjmp = B.call(PanicAbi.Setjmp, {PF("__jb")}, L);
  if (!Push || !Setjmp)
    return false;
  RW.Entry.push_back(Push);
  ExprResult Cond = S.CheckBooleanCondition(L, Setjmp);
  if (Cond.isInvalid())
    return false;
  // The call marks the function as calling a returns_twice function, which
  // __builtin_setjmp alone does not (cdefer_abi.h): LLVM then keeps the
  // spill slots the resume path reads, and ASan keeps the frame in place.
  Expr *Resumed = B.call(PanicAbi.Resumed, {}, L);
  if (!Resumed)
    return false;
  Expr *RV = RW.ReturnValue ? B.load(B.ref(RW.ReturnValue, L)) : nullptr;
  Stmt *Resume = B.compound({Resumed, ReturnStmt::Create(Ctx, L, RV, nullptr)},
                            L, L);
  RW.Entry.push_back(IfStmt::Create(Ctx, L, IfStatementKind::Ordinary,
                                    nullptr, nullptr, Cond.get(), L, L,
                                    Resume, L, nullptr));
  if (RW.ReturnValue)
    rewriteReturns(FDs.Body, RW.ReturnValue);
  return true;
}

/// `return E;` -> `return __cdefer_rv = E;` everywhere in the function's own
/// code (deferred statements are outlined already; block literals return
/// from themselves).
void Lowering::rewriteReturns(Stmt *S, VarDecl *RV) {
  if (!S || isa<BlockExpr>(S))
    return;
  if (auto *RS = dyn_cast<ReturnStmt>(S)) {
    if (Expr *E = RS->getRetValue())
      if (Expr *A = B.assign(B.ref(RV, E->getBeginLoc()), E, E->getBeginLoc()))
        RS->setRetValue(A);
    return;
  }
  for (Stmt *Child : S->children())
    rewriteReturns(Child, RV);
}

FunctionDecl *Lowering::stepFunction(FunctionDefers &FDs,
                                     ArrayRef<OutlinedDefer> Outs,
                                     RecordDecl *Open, ArrayRef<int> FieldOf) {
  if (!findPanicAbi(FDs.FD->getLocation()))
    return nullptr;
  ASTContext &Ctx = B.context();
  Sema &S = B.sema();
  SourceLocation L = FDs.Body->getLBracLoc();
  QualType OutTy = Ctx.getPointerType(B.recordType(PanicAbi.Next));
  QualType FnTy = Ctx.getFunctionType(Ctx.IntTy, {Ctx.VoidPtrTy, OutTy},
                                      FunctionProtoType::ExtProtoInfo());
  FunctionDecl *Step = FunctionDecl::Create(
      Ctx, Ctx.getTranslationUnitDecl(), L, L,
      DeclarationName(B.ident("__cdefer_step_" + Outs.front().Base)), FnTy,
      Ctx.getTrivialTypeSourceInfo(FnTy, L), SC_Static);
  auto Param = [&](StringRef Name, QualType T) {
    return ParmVarDecl::Create(Ctx, Step, L, L, B.ident(Name), T,
                               Ctx.getTrivialTypeSourceInfo(T, L), SC_None,
                               nullptr);
  };
  ParmVarDecl *P = Param("__cdefer_p", Ctx.VoidPtrTy);
  ParmVarDecl *Out = Param("__cdefer_out", OutTy);
  Step->setParams({P, Out});
  Step->setImplicit();
  Step->addAttr(NoDebugAttr::CreateImplicit(Ctx));

  QualType OpenPtr = Ctx.getPointerType(B.recordType(Open));
  VarDecl *O = B.local(Step, "__cdefer_o", OpenPtr, L);
  O->setImplicit();
  O->setInit(ImplicitCastExpr::Create(Ctx, OpenPtr, CK_BitCast,
                                      B.load(B.ref(P, L)), nullptr,
                                      VK_PRValue, FPOptionsOverride()));
  FieldDecl *Bits = B.field(Open, 0);
  auto BitsOf = [&] { return B.member(B.load(B.ref(O, L)), Bits, true); };
  auto OutField = [&](StringRef Name) {
    return B.member(B.load(B.ref(Out, L)), fieldNamed(PanicAbi.Next, Name),
                    true);
  };
  SmallVector<Stmt *, 16> Body{B.declStmt(O, L)};
  for (unsigned I = Outs.size(); I-- != 0;) {
    const OutlinedDefer &OD = Outs[I];
    unsigned Mask = 1u << I;
    Expr *Ctx0 = FieldOf[I] >= 0
                     ? B.addrOf(B.member(B.load(B.ref(O, L)),
                                         B.field(Open, FieldOf[I]), true),
                                L)
                     : intLiteral(Ctx, 0, Ctx.IntTy, L);
    ExprResult Test = S.BuildBinOp(nullptr, L, BO_And, B.load(BitsOf()),
                                   intLiteral(Ctx, Mask, Ctx.UnsignedIntTy, L));
    ExprResult Clear = S.BuildBinOp(
        nullptr, L, BO_AndAssign, BitsOf(),
        intLiteral(Ctx, ~Mask & 0xffffffffu, Ctx.UnsignedIntTy, L));
    Expr *SetFn = B.assign(OutField("__fn"), B.load(B.ref(OD.Fn, L)), L);
    Expr *SetCtx = B.assign(OutField("__ctx"), Ctx0, L);
    Expr *SetSite =
        B.assign(OutField("__site"), B.stringLiteral(OD.SiteText, L), L);
    if (Test.isInvalid() || Clear.isInvalid() || !SetFn || !SetCtx ||
        !SetSite)
      return nullptr;
    ExprResult Cond = S.CheckBooleanCondition(L, Test.get());
    if (Cond.isInvalid())
      return nullptr;
    Stmt *Then = B.compound({Clear.get(), SetFn, SetCtx, SetSite,
                             ReturnStmt::Create(Ctx, L,
                                                intLiteral(Ctx, 1, Ctx.IntTy, L),
                                                nullptr)},
                            L, L);
    Body.push_back(IfStmt::Create(Ctx, L, IfStatementKind::Ordinary, nullptr,
                                  nullptr, Cond.get(), L, L, Then, L, nullptr));
  }
  Body.push_back(
      ReturnStmt::Create(Ctx, L, intLiteral(Ctx, 0, Ctx.IntTy, L), nullptr));
  Step->setBody(B.compound(Body, L, L));
  Ctx.getTranslationUnitDecl()->addDecl(Step);
  return Step;
}

} // namespace cdefer
