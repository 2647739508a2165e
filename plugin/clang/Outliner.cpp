//===- RuntimeLowering.cpp - lower `__defer` through the runtime ----------===//
//
// For `__defer S` in function f, at site number N:
//
//   struct __cdefer_ctx_f_N { <snapshot fields> };
//   static void __cdefer_f_N(void *__cdefer_ctx) {
//     struct __cdefer_ctx_f_N *__cdefer_c = __cdefer_ctx;
//     S'                       // S, moved here, reading from __cdefer_c
//   }
//
// and where the `__defer` stood:
//
//   { struct __cdefer_ctx_f_N __cdefer_snap;
//     __cdefer_snap.field = <value>; ...
//     __cdefer_push(&__cdefer_frame, __cdefer_f_N, &__cdefer_snap,
//                   sizeof __cdefer_snap, "file.c:LINE:f"); }
//
// The call form (S is `fn(args)`) snapshots the callee, unless it names a
// function, and every argument whose value could change; S' calls with the
// snapshots. Any other S refers to variables: the snapshot holds their
// addresses and S' reads `(*__cdefer_c->p_x)` where S read `x`.
//
// f's body gains, first:
//
//   __cdefer_entry: ;
//   struct __cdefer_frame __cdefer_frame
//       __attribute__((cleanup(__cdefer_frame_exit))) = {0};
//
// The cleanup runs on every exit after the return value is computed (and,
// under -fexceptions, on unwinding). A local of the outermost block with a
// cleanup of its own gets a `__cdefer_hook` declared right after it, whose
// cleanup drains the frame first, so deferred code still sees it alive. The label makes CodeGen omit lifetime
// markers for the locals of the outermost block: without it they would be
// ended before the cleanup runs and deferred code reading them (or their
// addresses, snapshotted by a call) is miscompiled at -O1 and above. S is
// moved, never copied: CodeGen keys local storage by declaration, so two
// copies of one statement would share slots.
//
//===----------------------------------------------------------------------===//
#include "RuntimeLowering.h"
#include "Captures.h"
#include "clang/AST/Attr.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;

namespace cdefer {

namespace {

template <typename T>
T *lookupTU(ASTContext &Ctx, StringRef Name) {
  for (NamedDecl *ND :
       Ctx.getTranslationUnitDecl()->lookup(DeclarationName(&Ctx.Idents.get(Name))))
    if (auto *D = dyn_cast<T>(ND))
      return D;
  return nullptr;
}

/// Gives every declaration S makes (locals, labels, tags) to NewDC: S now
/// lives in the outlined function.
void reparentDecls(Stmt *S, DeclContext *NewDC) {
  if (!S)
    return;
  // A block literal's declarations hang off its BlockDecl: move that.
  if (auto *BE = dyn_cast<BlockExpr>(S)) {
    BE->getBlockDecl()->setDeclContext(NewDC);
    BE->getBlockDecl()->setLexicalDeclContext(NewDC);
    return;
  }
  if (auto *CS = dyn_cast<CapturedStmt>(S)) {
    CS->getCapturedDecl()->setDeclContext(NewDC);
    CS->getCapturedDecl()->setLexicalDeclContext(NewDC);
  }
  if (auto *DS = dyn_cast<DeclStmt>(S))
    for (Decl *Dcl : DS->decls()) {
      Dcl->setDeclContext(NewDC);
      Dcl->setLexicalDeclContext(NewDC);
    }
  if (auto *LS = dyn_cast<LabelStmt>(S)) {
    LS->getDecl()->setDeclContext(NewDC);
    LS->getDecl()->setLexicalDeclContext(NewDC);
  }
  for (Stmt *Child : S->children())
    reparentDecls(Child, NewDC);
}

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

std::string siteString(const SourceManager &SM, SourceLocation L,
                       const FunctionDecl *FD) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  PresumedLoc P = SM.getPresumedLoc(L);
  if (P.isValid())
    OS << P.getFilename() << ':' << P.getLine() << ':';
  else
    OS << "<unknown>:0:";
  OS << FD->getName();
  return Out;
}

/// One value the snapshot carries: a field, the expression that fills it
/// at the `__defer`, and where S' reads it back. A call's callee or argument
/// is read back once, in place (SetInCall); a variable's address is read back
/// at every use, as `(*p)` (Uses).
struct Snapshot {
  std::string Name;
  QualType Type;
  Expr *Value; ///< evaluated at the `__defer`
  std::function<void(Expr *)> SetInCall;
  std::vector<Stmt **> Uses;
};

} // namespace

bool RuntimeLowering::findAbi(SourceLocation L) {
  if (AbiLooked)
    return AbiOK;
  AbiLooked = true;
  ASTContext &Ctx = B.context();
  Abi.Frame = lookupTU<RecordDecl>(Ctx, "__cdefer_frame");
  Abi.Push = lookupTU<FunctionDecl>(Ctx, "__cdefer_push");
  Abi.FrameExit = lookupTU<FunctionDecl>(Ctx, "__cdefer_frame_exit");
  if (Abi.FrameExit)
    Abi.FrameExit = Abi.FrameExit->getDefinition();
  Abi.HookExit = lookupTU<FunctionDecl>(Ctx, "__cdefer_hook_exit");
  if (Abi.HookExit)
    Abi.HookExit = Abi.HookExit->getDefinition();
  const char *Missing = !Abi.Frame || !Abi.Frame->isCompleteDefinition()
                            ? "struct __cdefer_frame"
                        : !Abi.Push      ? "__cdefer_push"
                        : !Abi.FrameExit ? "__cdefer_frame_exit"
                        : !Abi.HookExit  ? "__cdefer_hook_exit"
                                         : nullptr;
  if (Missing) {
    D.report(L, D.MissingRuntimeDecl) << Missing;
    return AbiOK = false;
  }
  return AbiOK = true;
}

/// True if the outermost block declares a variable-length array.
static bool hasOutermostVLA(const FunctionDefers &FDs) {
  ASTContext &Ctx = FDs.FD->getASTContext();
  for (const VarDecl *VD : outermostLocals(FDs.Body))
    if (Ctx.getAsVariableArrayType(VD->getType()))
      return true;
  return false;
}

/// The statements that open the rewritten body: the hidden frame variable,
/// and before it, when the outermost block has a variable-length array, a
/// one-byte VLA. CodeGen saves the stack pointer at a scope's first VLA and
/// restores it when the scope's cleanups run; that restore would otherwise
/// come before the frame's cleanup and free the arrays deferred code may
/// still read. With the anchor first, the restore is the frame's last act.
void RuntimeLowering::frameEntry(FunctionDefers &FDs, VarDecl *&Frame,
                                 SmallVectorImpl<Stmt *> &Out) {
  ASTContext &Ctx = B.context();
  SourceLocation L = FDs.Body->getLBracLoc();
  if (hasOutermostVLA(FDs)) {
    VarDecl *One = B.local(FDs.FD, "__cdefer_vla_one", Ctx.IntTy, L);
    One->setImplicit();
    One->setInit(IntegerLiteral::Create(Ctx, llvm::APInt(32, 1), Ctx.IntTy, L));
    QualType AnchorTy = Ctx.getVariableArrayType(
        Ctx.CharTy, B.load(B.ref(One, L)), ArraySizeModifier::Normal, 0);
    VarDecl *Anchor = B.local(FDs.FD, "__cdefer_vla_anchor", AnchorTy, L);
    Anchor->setImplicit();
    Out.push_back(B.declStmt(One, L));
    Out.push_back(B.declStmt(Anchor, L));
  }
  QualType FrameTy = B.recordType(Abi.Frame);
  Frame = B.local(FDs.FD, "__cdefer_frame", FrameTy, L);
  Frame->setImplicit();
  Frame->setInit(new (Ctx) ImplicitValueInitExpr(FrameTy));
  Frame->addAttr(CleanupAttr::CreateImplicit(Ctx, Abi.FrameExit));
  Out.push_back(B.declStmt(Frame, L));
}

/// True if S declares a variable with a cleanup attribute of the user's.
static bool declaresCleanupVar(const Stmt *S) {
  const DeclStmt *DS = asDeclaration(S);
  if (!DS)
    return false;
  for (const Decl *D : DS->decls())
    if (D->hasAttr<CleanupAttr>())
      return true;
  return false;
}

/// `struct __cdefer_frame *__cdefer_hook
///      __attribute__((cleanup(__cdefer_hook_exit))) = &__cdefer_frame;`
/// declared right after a local with its own cleanup: see cdefer_abi.h.
Stmt *RuntimeLowering::cleanupHook(VarDecl *Frame, SourceLocation L) {
  ASTContext &Ctx = B.context();
  QualType HookTy = Ctx.getPointerType(Frame->getType());
  VarDecl *Hook = B.local(Frame->getDeclContext(), "__cdefer_hook", HookTy, L);
  Hook->setImplicit();
  Hook->setInit(B.addrOf(B.ref(Frame, L), L));
  Hook->addAttr(CleanupAttr::CreateImplicit(Ctx, Abi.HookExit));
  return B.declStmt(Hook, L);
}

FunctionDecl *RuntimeLowering::outline(FunctionDefers &FDs, DeferSite &Site,
                                       VarDecl *Frame) {
  ASTContext &Ctx = B.context();
  const SourceManager &SM = Ctx.getSourceManager();
  FunctionDecl *FD = FDs.FD;
  SourceLocation L = SM.getExpansionLoc(Site.Loc);
  // Numbered across the translation unit: overloadable functions share a
  // name, and so would their outlined statements.
  std::string Base =
      (FD->getName() + "_" + llvm::Twine(NextOutlined++)).str();

  // The outlined function and its context pointer, made first so the
  // read-backs can refer to them.
  TranslationUnitDecl *TU = Ctx.getTranslationUnitDecl();
  QualType FnTy = Ctx.getFunctionType(Ctx.VoidTy, {Ctx.VoidPtrTy},
                                      FunctionProtoType::ExtProtoInfo());
  FunctionDecl *OFD = FunctionDecl::Create(
      Ctx, TU, L, L, DeclarationName(B.ident("__cdefer_" + Base)), FnTy,
      Ctx.getTrivialTypeSourceInfo(FnTy, L), SC_Static);
  ParmVarDecl *Param =
      ParmVarDecl::Create(Ctx, OFD, L, L, B.ident("__cdefer_ctx"),
                          Ctx.VoidPtrTy,
                          Ctx.getTrivialTypeSourceInfo(Ctx.VoidPtrTy, L),
                          SC_None, nullptr);
  OFD->setParams({Param});
  // S was written for FD's target features (say, AVX intrinsics).
  if (const auto *TA = FD->getAttr<TargetAttr>())
    OFD->addAttr(TA->clone(Ctx));

  // What the snapshot must carry.
  Stmt *&Body = Site.bodySlot();
  std::vector<Snapshot> Snaps;
  if (CallExpr *Call = callFormCall(Body)) {
    if (!Call->getDirectCallee())
      Snaps.push_back({"fn", Call->getCallee()->getType(), Call->getCallee(),
                       [Call](Expr *E) { Call->setCallee(E); }, {}});
    for (unsigned I = 0, N = Call->getNumArgs(); I != N; ++I) {
      Expr *Arg = Call->getArg(I);
      if (isTimeInvariant(Arg, Ctx))
        continue;
      Snaps.push_back({"a" + std::to_string(I),
                       Arg->getType().getUnqualifiedType(), Arg,
                       [Call, I](Expr *E) { Call->setArg(I, E); }, {}});
    }
  } else {
    // Block form: one pointer per variable, every use read through it.
    llvm::DenseMap<VarDecl *, unsigned> Index;
    forEachCapture(Body, [&](Stmt *&Slot, DeclRefExpr *, VarDecl *VD) {
      auto [It, New] = Index.try_emplace(VD, Snaps.size());
      if (New)
        Snaps.push_back({"p_" + VD->getName().str(),
                         Ctx.getPointerType(VD->getType()),
                         B.addrOf(B.ref(VD, L), L), nullptr, {}});
      Snaps[It->second].Uses.push_back(&Slot);
    });
  }

  // The snapshot's type and the context pointer in the outlined function.
  RecordDecl *RD = nullptr;
  QualType RecTy;
  VarDecl *CtxVar = nullptr; // __cdefer_c
  if (!Snaps.empty()) {
    std::vector<std::pair<std::string, QualType>> Fields;
    for (const Snapshot &S : Snaps)
      Fields.push_back({S.Name, S.Type});
    RD = B.record("__cdefer_ctx_" + Base, Fields, L);
    RecTy = B.recordType(RD);
    QualType PtrTy = Ctx.getPointerType(RecTy);
    CtxVar = B.local(OFD, "__cdefer_c", PtrTy, L);
    CtxVar->setImplicit();
    CtxVar->setInit(ImplicitCastExpr::Create(Ctx, PtrTy, CK_BitCast,
                                             B.load(B.ref(Param, L)), nullptr,
                                             VK_PRValue, FPOptionsOverride()));
  }

  // At the `__defer`: fill the snapshot, push. In S': read it back.
  SmallVector<Stmt *, 8> AtDefer;
  VarDecl *Snap = nullptr;
  if (RD) {
    Snap = B.local(FD, "__cdefer_snap", RecTy, L);
    Snap->setImplicit();
    AtDefer.push_back(B.declStmt(Snap, L));
  }
  for (unsigned I = 0; I != Snaps.size(); ++I) {
    FieldDecl *F = B.field(RD, I);
    Expr *Store = B.assign(B.member(B.ref(Snap, L), F, /*Arrow=*/false),
                           Snaps[I].Value, L);
    if (!Store)
      return nullptr;
    AtDefer.push_back(Store);
    // Each read-back is a fresh tree (an expression node has one parent),
    // located where the value is used.
    auto ReadBack = [&](SourceLocation At) {
      return B.load(B.member(B.load(B.ref(CtxVar, At)), F, /*Arrow=*/true));
    };
    if (Snaps[I].SetInCall)
      Snaps[I].SetInCall(ReadBack(Snaps[I].Value->getBeginLoc()));
    for (Stmt **Use : Snaps[I].Uses) {
      SourceLocation At = cast<Expr>(*Use)->getBeginLoc();
      *Use = B.paren(B.deref(ReadBack(At), At));
    }
  }
  Expr *PushCall = B.call(
      Abi.Push,
      {B.addrOf(B.ref(Frame, L), L), B.ref(OFD, L),
       Snap ? B.addrOf(B.ref(Snap, L), L)
            : IntegerLiteral::Create(Ctx, llvm::APInt(32, 0), Ctx.IntTy, L),
       B.sizeLiteral(RD ? Ctx.getTypeSizeInChars(RecTy).getQuantity() : 0, L),
       B.stringLiteral(siteString(SM, L, FD), L)},
      L);
  if (!PushCall)
    return nullptr;
  AtDefer.push_back(PushCall);

  // Move S into the outlined function; put the push where the `__defer` was.
  Stmt *Moved = Body;
  reparentDecls(Moved, OFD);
  SmallVector<Stmt *, 2> OBody;
  if (CtxVar)
    OBody.push_back(B.declStmt(CtxVar, L));
  OBody.push_back(Moved);
  OFD->setBody(B.compound(OBody, L, L));
  TU->addDecl(OFD);
  *Site.Slot = B.compound(AtDefer, L, L);
  return OFD;
}

bool RuntimeLowering::lower(FunctionDefers &FDs,
                            SmallVectorImpl<FunctionDecl *> &Outlined) {
  if (FDs.empty())
    return true;
  if (!findAbi(FDs.FD->getLocation()))
    return false;
  disableNRVO(FDs.Body);
  Sema &S = B.sema();
  Sema::ContextRAII SavedContext(S, FDs.FD);
  S.PushFunctionScope();

  VarDecl *Frame = nullptr;
  SmallVector<Stmt *, 4> Entry;
  frameEntry(FDs, Frame, Entry);
  bool OK = true;
  for (auto &Site : FDs.Sites) {
    FunctionDecl *OFD = outline(FDs, *Site, Frame);
    if (!OFD) {
      OK = false;
      break;
    }
    Outlined.push_back(OFD);
  }
  S.PopFunctionScopeInfo();
  if (!OK)
    return false;

  ASTContext &Ctx = B.context();
  CompoundStmt *Old = FDs.Body;
  SourceLocation L = Old->getLBracLoc();
  LabelDecl *Label =
      LabelDecl::Create(Ctx, FDs.FD, L, B.ident("__cdefer_entry"));
  auto *LabelS = new (Ctx) LabelStmt(L, Label, new (Ctx) NullStmt(L));
  Label->setStmt(LabelS);
  SmallVector<Stmt *, 16> Stmts{LabelS};
  Stmts.append(Entry.begin(), Entry.end());
  for (Stmt *S : Old->body()) {
    Stmts.push_back(S);
    if (declaresCleanupVar(S))
      Stmts.push_back(cleanupHook(Frame, S->getEndLoc()));
  }
  FDs.FD->setBody(CompoundStmt::Create(
      Ctx, Stmts,
      Old->hasStoredFPFeatures() ? Old->getStoredFPFeatures()
                                 : FPOptionsOverride(),
      Old->getLBracLoc(), Old->getRBracLoc()));
  return true;
}

} // namespace cdefer
