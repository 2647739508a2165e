//===- Outliner.cpp - move a deferred statement into a function -----------===//
//
// For `__defer S` in function f, at site number N:
//
//   struct __cdefer_ctx_f_N { <snapshot fields> };
//   static void __cdefer_f_N(void *__cdefer_ctx) {
//     struct __cdefer_ctx_f_N *__cdefer_c = __cdefer_ctx;
//     S'                       // S, moved here, reading from __cdefer_c
//   }
//
// The call form (S is `fn(args)`) snapshots the callee, unless it names a
// function, and every argument whose value could change; S' calls with the
// snapshots. Any other S refers to variables: the snapshot holds their
// addresses and S' reads `(*__cdefer_c->p_x)` where S read `x`. Each tier
// (Lowering.cpp) decides where the snapshot lives and fills it at the
// `__defer` from OutlinedDefer::Values.
//
// S is moved, never copied: CodeGen keys local storage by declaration, so
// two copies of one statement would share slots.
//
//===----------------------------------------------------------------------===//
#include "Outliner.h"
#include "Captures.h"
#include "PanicReady.h"
#include "clang/Basic/Builtins.h"
#include "clang/AST/Attr.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;

namespace cdefer {

namespace {

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

QualType constVoidPtr(ASTContext &Ctx) {
  return Ctx.getPointerType(Ctx.VoidTy.withConst());
}

FunctionDecl *lookupFunction(ASTContext &Ctx, StringRef Name) {
  for (NamedDecl *ND : Ctx.getTranslationUnitDecl()->lookup(
           DeclarationName(&Ctx.Idents.get(Name))))
    if (auto *Fn = dyn_cast<FunctionDecl>(ND))
      return Fn;
  return nullptr;
}

/// `(const void *)Fn`, or a null pointer for a builtin that has no address.
Expr *functionAddress(AstBuilder &B, FunctionDecl *Fn, SourceLocation L) {
  ASTContext &Ctx = B.context();
  if (unsigned ID = Fn->getBuiltinID())
    if (!Ctx.BuiltinInfo.isPredefinedLibFunction(ID))
      return new (Ctx) ImplicitValueInitExpr(constVoidPtr(Ctx));
  return ImplicitCastExpr::Create(Ctx, constVoidPtr(Ctx), CK_BitCast,
                                  B.load(B.ref(Fn, L)), nullptr, VK_PRValue,
                                  FPOptionsOverride());
}

/// A call of cdefer_recover() itself.
bool isRecoverCall(const CallExpr *Call) {
  return isRecover(Call->getDirectCallee()) && Call->getNumArgs() == 0;
}

/// Replaces every cdefer_recover() call in S (outside block literals) with
/// what Make returns for it.
void rewriteRecoverCalls(Stmt *&S,
                         llvm::function_ref<Expr *(CallExpr *)> Make) {
  if (!S || isa<BlockExpr>(S))
    return;
  if (auto *Call = dyn_cast<CallExpr>(S))
    if (isRecoverCall(Call)) {
      if (Expr *E = Make(Call))
        S = E;
      return;
    }
  for (Stmt *&Child : S->children())
    rewriteRecoverCalls(Child, Make);
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
  bool Direct = false; ///< Uses read the value itself, not `(*p)`
};

} // namespace

bool outlineDefer(AstBuilder &B, FunctionDefers &FDs, DeferSite &Site,
                  unsigned Number, OutlinedDefer &Out) {
  ASTContext &Ctx = B.context();
  const SourceManager &SM = Ctx.getSourceManager();
  FunctionDecl *FD = FDs.FD;
  SourceLocation L = SM.getExpansionLoc(Site.Loc);
  // Numbered across the translation unit: overloadable functions share a
  // name, and so would their outlined statements.
  Out.Base = (FD->getName() + "_" + llvm::Twine(Number)).str();
  Out.Loc = L;
  Out.SiteText = siteString(SM, L, FD);

  // The outlined function and its context pointer, made first so the
  // read-backs can refer to them.
  TranslationUnitDecl *TU = Ctx.getTranslationUnitDecl();
  QualType FnTy = Ctx.getFunctionType(Ctx.VoidTy, {Ctx.VoidPtrTy},
                                      FunctionProtoType::ExtProtoInfo());
  FunctionDecl *OFD = FunctionDecl::Create(
      Ctx, TU, L, L, DeclarationName(B.ident("__cdefer_" + Out.Base)), FnTy,
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
  // `__defer cdefer_recover();` counts as a call by f itself (Go's `defer
  // recover()`): the runtime needs to know f (cdefer_abi.h).
  if (CallExpr *Call = callFormCall(Body))
    if (isRecoverCall(Call))
      if (FunctionDecl *RD = lookupFunction(Ctx, "__cdefer_recover_deferred"))
        if (Expr *E = B.call(RD, {functionAddress(B, FD, Call->getBeginLoc())},
                             Call->getBeginLoc()))
          Body = E;
  std::vector<Snapshot> Snaps;
  if (CallExpr *Call = callFormCall(Body)) {
    Out.CallForm = true;
    // A panic-ready function's call-form context begins with the callee,
    // which the runtime compares with cdefer_recover's caller.
    if (Call->getDirectCallee() && FDs.PanicReady)
      Snaps.push_back({"callee", constVoidPtr(Ctx),
                       functionAddress(B, Call->getDirectCallee(),
                                       Call->getBeginLoc()),
                       nullptr, {}});
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
    // A VLA of the outermost block (the checks allow no other): the
    // pointer its name decays to and its size, taken at the `__defer` (the
    // outlined function could not evaluate its bound), each read back in
    // place of the decay or the sizeof.
    llvm::DenseMap<VarDecl *, unsigned> VLAPtr, VLASize;
    forEachVLAUse(Body, [&](Stmt *&Slot, VarDecl *VD, VLAUse U) {
      if (U == VLAUse::Other)
        return;
      bool Decay = U == VLAUse::Decay;
      auto [It, New] = (Decay ? VLAPtr : VLASize).try_emplace(VD, Snaps.size());
      if (New) {
        Expr *Value;
        QualType T;
        if (Decay) {
          T = Ctx.getPointerType(
              Ctx.getAsVariableArrayType(VD->getType())->getElementType());
          Value = ImplicitCastExpr::Create(Ctx, T, CK_ArrayToPointerDecay,
                                           B.ref(VD, L), nullptr, VK_PRValue,
                                           FPOptionsOverride());
        } else {
          T = Ctx.getSizeType();
          Value = B.sema()
                      .CreateUnaryExprOrTypeTraitExpr(B.ref(VD, L), L,
                                                      UETT_SizeOf)
                      .get();
        }
        Snaps.push_back({(Decay ? "v_" : "n_") + VD->getName().str(), T,
                         Value, nullptr, {}, /*Direct=*/true});
      }
      Snaps[It->second].Uses.push_back(&Slot);
    });
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

  // The snapshot's type, the context pointer in the outlined function, and
  // S' reading from it.
  VarDecl *CtxVar = nullptr; // __cdefer_c
  if (!Snaps.empty()) {
    std::vector<std::pair<std::string, QualType>> Fields;
    for (const Snapshot &S : Snaps)
      Fields.push_back({S.Name, S.Type});
    Out.Ctx = B.record("__cdefer_ctx_" + Out.Base, Fields, L);
    QualType PtrTy = Ctx.getPointerType(B.recordType(Out.Ctx));
    CtxVar = B.local(OFD, "__cdefer_c", PtrTy, L);
    CtxVar->setImplicit();
    CtxVar->setInit(ImplicitCastExpr::Create(Ctx, PtrTy, CK_BitCast,
                                             B.load(B.ref(Param, L)), nullptr,
                                             VK_PRValue, FPOptionsOverride()));
  }
  for (unsigned I = 0; I != Snaps.size(); ++I) {
    FieldDecl *F = B.field(Out.Ctx, I);
    Out.Values.push_back(Snaps[I].Value);
    // Each read-back is a fresh tree (an expression node has one parent),
    // located where the value is used.
    auto ReadBack = [&](SourceLocation At) {
      return B.load(B.member(B.load(B.ref(CtxVar, At)), F, /*Arrow=*/true));
    };
    if (Snaps[I].SetInCall)
      Snaps[I].SetInCall(ReadBack(Snaps[I].Value->getBeginLoc()));
    for (Stmt **Use : Snaps[I].Uses) {
      SourceLocation At = cast<Expr>(*Use)->getBeginLoc();
      *Use = Snaps[I].Direct ? B.paren(ReadBack(At))
                             : B.paren(B.deref(ReadBack(At), At));
    }
  }

  // A cdefer_recover() written in a deferred block names the block, so that
  // the runtime can tell the running block's own call (cdefer_abi.h).
  if (!Out.CallForm)
    if (FunctionDecl *RB = lookupFunction(Ctx, "__cdefer_recover_block"))
      rewriteRecoverCalls(Body, [&](CallExpr *Call) -> Expr * {
        SourceLocation At = Call->getBeginLoc();
        return B.call(RB, {functionAddress(B, OFD, At), B.load(B.ref(Param, At))},
                      At);
      });

  // Move S into the outlined function.
  Stmt *Moved = Body;
  Body = new (Ctx) NullStmt(L);
  reparentDecls(Moved, OFD);
  SmallVector<Stmt *, 2> OBody;
  if (CtxVar)
    OBody.push_back(B.declStmt(CtxVar, L));
  OBody.push_back(Moved);
  // The body's braces are where a debugger places the function's entry and
  // exit: the `__defer`, and the end of S (a block's closing brace), so
  // that stepping off the end of a deferred block shows that brace.
  SourceLocation End = Moved->getEndLoc();
  OFD->setBody(B.compound(OBody, L, End.isValid() ? End : L));
  TU->addDecl(OFD);
  Out.Fn = OFD;
  // After the site's NUL, its form, for cdefer_recover (cdefer_abi.h).
  Out.SiteText.push_back('\0');
  Out.SiteText.push_back(Out.CallForm ? 'C' : 'B');
  return true;
}

} // namespace cdefer
