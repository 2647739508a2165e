//===- CDeferPlugin.cpp - the cdefer Clang plugin: Go's defer for C -------===//
//
// Loaded with `clang -fplugin=CDefer.so`. The plugin:
//   1. injects cdefer_abi.h as predefines, so `__defer` exists with no
//      #include (it expands to a marker loop, see cdefer_abi.h);
//   2. for each function definition, before CodeGen sees it: finds the
//      marker loops (DeferFinder), diagnoses misuse (DeferChecks), picks
//      each `__defer`'s tier (TierChoice), and rewrites the body (Outliner,
//      Lowering), handing the functions it synthesises to CodeGen;
//   3. checks nothing marked as a `__defer` survived (MarkerAudit).
//
// Arguments (-fplugin-arg-cdefer-<arg>):
//   Wno-loop   do not warn about `__defer` inside a loop
//   Wloop      warn about it (the default)
//   tier=T     lower every `__defer` in tier T where it can be: open,
//              frame, pool, or auto (the default: the plugin chooses)
//   Rtier      a remark at each `__defer`: its tier and why
//   panic=P    on: every function with a `__defer` takes part in panics
//              (its deferred code runs during a panic and may recover);
//              off: none does; auto (the default): those of translation
//              units that declare cdefer_panic or cdefer_recover (include
//              <cdefer.h>); register: as on, and every one of them
//              registers with the runtime (none unwind-only: a panic
//              through it is faster, a normal call slower). See
//              PanicReady.h for the two ways to take part.
//   Rpanic     a remark at each function that takes part: whether it
//              registers with the runtime, and why
//   help       list the arguments
//
//===----------------------------------------------------------------------===//
#include "AbiText.inc"
#include "Captures.h"
#include "DeferChecks.h"
#include "DeferSite.h"
#include "Diagnostics.h"
#include "MarkerAudit.h"
#include "Options.h"
#include "PanicReady.h"
#include "ParseDiagnostics.h"
#include "Lowering.h"
#include "TierChoice.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendPluginRegistry.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Sema/Sema.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/raw_ostream.h"
#include <optional>

using namespace clang;

namespace cdefer {
namespace {

constexpr const char *ValidArguments =
    "Wloop, Wno-loop, tier=open|frame|pool|auto, Rtier, "
    "panic=on|off|auto|register, Rpanic, help";

class CDeferConsumer : public ASTConsumer {
public:
  CDeferConsumer(CompilerInstance &CI, Options Opts)
      : CI(CI), Opts(Opts), D(CI.getDiagnostics()) {
    if (Opts.PanicMode == Options::Panic::On ||
        Opts.PanicMode == Options::Panic::Register)
      enableExceptions();
  }

  const Diags &diags() const { return D; }

  bool HandleTopLevelDecl(DeclGroupRef DG) override {
    // Our own synthesised functions come back through the multiplexer.
    if (Reentered)
      return true;
    if (!ExceptionsOn && unitTakesPartInPanics(CI.getASTContext(), Opts))
      enableExceptions();
    for (Decl *Dcl : DG)
      if (auto *FD = dyn_cast<FunctionDecl>(Dcl))
        if (FD->doesThisDeclarationHaveABody() && !FD->isInvalidDecl()) {
          noteCompiledWithoutExceptions(FD);
          hideAbiHelperFromDebugger(FD);
          keepRecoverCallersOutOfLine(FD);
          warnNullPanics(FD->getBody());
          handleFunction(FD);
        }
    return true;
  }

private:
  /// A unit that takes part in panics is compiled with exceptions from the
  /// point it declares the panic API on (usually its first lines): every
  /// function's cleanups, the frame variable's among them, then run when an
  /// unwind passes, so a function whose deferred code cannot panic or
  /// recover needs no registration (PanicReady.h), and pays nothing on its
  /// normal path. In C, exceptions change nothing else but the nounwind
  /// attributes. Units without the panic API are left as they are.
  void enableExceptions() {
    ExceptionsOn = true;
    CI.getLangOpts().Exceptions = 1;
  }

  /// A function CodeGen emits now is nounwind if exceptions are still off;
  /// LLVM then turns calls of it into plain calls, without the landing pad
  /// that would run a caller's deferred code, and an unwind-only caller
  /// would lose it. One such function, and every function of the unit
  /// registers instead. (Static and inline functions are emitted at the end
  /// of the unit, with exceptions on.)
  void noteCompiledWithoutExceptions(const FunctionDecl *FD) {
    if (!CI.getLangOpts().Exceptions && FD->isExternallyVisible() &&
        !FD->isInlined())
      CompiledWithoutExceptions = true;
  }

  /// The marker function, once the translation unit has declared it.
  /// Until some code names it, no function can contain a `__defer`, and
  /// the plugin does nothing at all (the cost for code without defers).
  bool markerUsed() {
    if (!Marker) {
      ASTContext &Ctx = CI.getASTContext();
      for (NamedDecl *ND : Ctx.getTranslationUnitDecl()->lookup(
               DeclarationName(&Ctx.Idents.get(MarkerName))))
        if ((Marker = dyn_cast<FunctionDecl>(ND)))
          break;
    }
    return Marker && Marker->isReferenced();
  }

  /// The inline helpers of cdefer_abi.h (__cdefer_frame_exit, the pushes)
  /// are nodebug, as the plugin's own run and hook functions are: CodeGen
  /// gives them no debug info and the inliner gives their code the line of
  /// the call, so a debugger neither steps into nor shows frames of the
  /// injected text (which it would name `<cdefer>`, a file it cannot find).
  /// Stepping from a function's exit goes straight into its deferred code.
  void hideAbiHelperFromDebugger(FunctionDecl *FD) {
    if (!FD->getIdentifier() || !FD->getName().starts_with("__cdefer_") ||
        FD->hasAttr<NoDebugAttr>())
      return;
    const SourceManager &SM = CI.getSourceManager();
    PresumedLoc P = SM.getPresumedLoc(SM.getSpellingLoc(FD->getLocation()));
    if (!P.isValid())
      return;
    StringRef File = P.getFilename();
    // Injected as `<cdefer>` (injectPredefines); in a preprocessed input,
    // the header itself.
    if (File == "<cdefer>" || File.ends_with("cdefer_abi.h"))
      FD->addAttr(NoDebugAttr::CreateImplicit(CI.getASTContext()));
  }

  /// cdefer_recover recovers only when called directly by the deferred
  /// statement the panic is running, which the runtime tells by the start
  /// addresses of its callers (runtime/src/panic.c): a function that calls
  /// it must stay a function of its own, not inlined and making no tail
  /// calls.
  void keepRecoverCallersOutOfLine(FunctionDecl *FD) {
    if (!RecoverDecl) {
      ASTContext &Ctx = CI.getASTContext();
      for (NamedDecl *ND : Ctx.getTranslationUnitDecl()->lookup(
               DeclarationName(&Ctx.Idents.get(RecoverName))))
        if ((RecoverDecl = dyn_cast<FunctionDecl>(ND)))
          break;
    }
    if (!RecoverDecl || !RecoverDecl->isReferenced() || !callsRecover(FD))
      return;
    ASTContext &Ctx = CI.getASTContext();
    if (!FD->hasAttr<NoInlineAttr>() && !FD->hasAttr<AlwaysInlineAttr>())
      FD->addAttr(NoInlineAttr::CreateImplicit(Ctx));
    // Nor may it hand its frame to a tail call, to cdefer_recover or to a
    // helper that calls it.
    if (!FD->hasAttr<DisableTailCallsAttr>())
      FD->addAttr(DisableTailCallsAttr::CreateImplicit(Ctx));
  }

  /// cdefer_panic(NULL) cannot be told from no panic by cdefer_recover
  /// (SPEC 4): a value the plugin can see is null gets a warning.
  void warnNullPanics(Stmt *S) {
    if (!PanicAt) {
      ASTContext &Ctx = CI.getASTContext();
      for (NamedDecl *ND : Ctx.getTranslationUnitDecl()->lookup(
               DeclarationName(&Ctx.Idents.get("__cdefer_panic_at"))))
        if ((PanicAt = dyn_cast<FunctionDecl>(ND)))
          break;
    }
    if (!PanicAt || !PanicAt->isReferenced() || !S || isa<BlockExpr>(S))
      return;
    if (auto *Call = dyn_cast<CallExpr>(S)) {
      const FunctionDecl *Callee = Call->getDirectCallee();
      if (Callee && Call->getNumArgs() >= 1 && Callee->getIdentifier() &&
          (Callee->getName() == "__cdefer_panic_at" ||
           Callee->getName() == "cdefer_panic") &&
          Call->getArg(0)->isNullPointerConstant(
              CI.getASTContext(), Expr::NPC_ValueDependentIsNotNull))
        D.warn(CI.getSourceManager().getExpansionLoc(Call->getBeginLoc()),
               D.NullPanic);
    }
    for (Stmt *Child : S->children())
      warnNullPanics(Child);
  }

  void handleFunction(FunctionDecl *FD) {
    if (!markerUsed())
      return;
    FunctionDefers FDs = findDefers(FD);
    if (FDs.empty()) {
      auditMarkers(FD, D);
      return;
    }
    if (!checkDefers(FDs, D, Opts))
      return;
    // After an error CodeGen will not run; do not build on a broken AST.
    if (CI.getDiagnostics().hasErrorOccurred())
      return;
    choosePanicRole(FDs);
    chooseTiers(FDs, Opts);
    if (!Lower)
      Lower = std::make_unique<Lowering>(CI.getSema(), D);
    llvm::SmallVector<FunctionDecl *, 4> Outlined;
    if (!Lower->lower(FDs, Outlined))
      return;
    // After the lowering, which sizes each pooled site's batch.
    if (Opts.RemarkPanic && PanicRole != NoPart) {
      D.report(FD->getLocation(), D.PanicRemark)
          << FD << unsigned(PanicRole - Registers);
      if (PanicHazard)
        D.report(CI.getSourceManager().getExpansionLoc(
                     PanicHazard->getBeginLoc()),
                 D.NotePanicHazard);
    }
    if (Opts.RemarkTier)
      for (auto &Site : FDs.Sites)
        D.report(CI.getSourceManager().getExpansionLoc(Site->Loc),
                 D.TierRemark)
            << unsigned(Site->Chosen)
            << (Site->TierReason.empty() ? "" : ": " + Site->TierReason)
            << Site->BatchSlots;
    unsigned Problems = auditMarkers(FD, D);
    for (FunctionDecl *OFD : Outlined)
      Problems += auditMarkers(OFD, D) + auditForeignLocals(OFD, D);
    if (Problems)
      return;
    // CodeGen emits what it is handed through the consumer chain; a
    // function only we know of would be an undefined symbol.
    Reentered = true;
    for (FunctionDecl *OFD : Outlined)
      CI.getASTConsumer().HandleTopLevelDecl(DeclGroupRef(OFD));
    if (PanicRole != NoPart && CI.getLangOpts().Exceptions)
      routeResumeToRuntime(FD->getLocation());
    Reentered = false;
  }

  /// A landing pad ends in a call of _Unwind_Resume, which starts libgcc's
  /// unwinder again (about 4k instructions). During a panic the runtime's
  /// own unwinder is running (runtime/src/fast_unwind.c), and can go on from
  /// where the landing pad stopped at a fraction of that, so a unit that
  /// takes part in panics calls the runtime instead: an assembler equate
  /// makes every call of _Unwind_Resume in this unit's object code a call
  /// of __cdefer_unwind_resume, which hands any other exception to
  /// _Unwind_Resume. (The call is made by LLVM's EH lowering; nothing at the
  /// AST level names it.) Module assembly goes to the top of the object.
  void routeResumeToRuntime(SourceLocation L) {
    if (ResumeRouted)
      return;
    ResumeRouted = true;
    ASTContext &Ctx = CI.getASTContext();
    llvm::StringRef Text = ".set _Unwind_Resume, __cdefer_unwind_resume";
    QualType T = Ctx.getStringLiteralArrayType(Ctx.CharTy, Text.size());
    Expr *Str = StringLiteral::Create(Ctx, Text, StringLiteralKind::Ordinary,
                                      /*Pascal=*/false, T, L);
    auto *Asm = FileScopeAsmDecl::Create(Ctx, Ctx.getTranslationUnitDecl(),
                                         Str, L, L);
    Asm->setImplicit();
    Ctx.getTranslationUnitDecl()->addDecl(Asm);
    CI.getASTConsumer().HandleTopLevelDecl(DeclGroupRef(Asm));
  }

  /// How FD takes part in panics (PanicReady.h): not at all; panic-ready,
  /// because its deferred code may panic or recover (PanicHazard) or it is
  /// compiled without exceptions; or unwind-only. An unwind-only function is
  /// kept out of line: inlined into a panic-ready caller, its cleanup would
  /// run after the caller's registration had run (and maybe recovered).
  void choosePanicRole(FunctionDefers &FDs) {
    FunctionDecl *FD = FDs.FD;
    ASTContext &Ctx = CI.getASTContext();
    PanicHazard = nullptr;
    PanicRole = NoPart;
    if (!takesPartInPanics(FD, Opts)) {
      if (FD->hasAttr<AlwaysInlineAttr>() &&
          unitTakesPartInPanics(Ctx, Opts)) {
        D.warn(FD->getLocation(), D.AlwaysInlinePanic) << FD;
        if (!D.DE.getIgnoreAllWarnings())
          D.report(FD->getLocation(), D.NoteNoInline);
      }
      // Inlined by LTO into a panic-ready function of another unit, its
      // exception cleanup would run after that function's registration.
      const CodeGenOptions &CG = CI.getCodeGenOpts();
      if (CI.getLangOpts().Exceptions &&
          (CG.PrepareForLTO || CG.PrepareForThinLTO) &&
          !FD->hasAttr<AlwaysInlineAttr>() && !FD->hasAttr<NoInlineAttr>())
        FD->addAttr(NoInlineAttr::CreateImplicit(Ctx));
      FDs.PanicReady = false;
      return;
    }
    for (auto &Site : FDs.Sites)
      if ((PanicHazard = Reach.hazard(Site->body())))
        break;
    if (PanicHazard)
      PanicRole = Registers;
    else if (Opts.PanicMode == Options::Panic::Register)
      PanicRole = RegistersOnRequest;
    else if (!CI.getLangOpts().Exceptions || CompiledWithoutExceptions)
      PanicRole = RegistersWithoutExceptions;
    else
      PanicRole = UnwindOnly;
    FDs.PanicReady = PanicRole != UnwindOnly;
    // Compiled for LTO, the function may have another unit's function
    // inlined into it, whose cleanups share its landing pad: the unwind must
    // not skip that (panic/registered-chain-skips-no-frame.test).
    const CodeGenOptions &CG = CI.getCodeGenOpts();
    FDs.PanicSkipsCleanups = FDs.PanicReady && !UserExceptions &&
                             !CG.PrepareForLTO && !CG.PrepareForThinLTO &&
                             !declaresCleanupVariableAnywhere(FD->getBody());
    if (PanicRole == UnwindOnly && !FD->hasAttr<NoInlineAttr>())
      FD->addAttr(NoInlineAttr::CreateImplicit(Ctx));
  }

  CompilerInstance &CI;
  Options Opts;
  Diags D;
  PanicReach Reach;
  enum {
    NoPart,
    Registers,
    RegistersWithoutExceptions,
    UnwindOnly,
    RegistersOnRequest
  } PanicRole =
      NoPart;
  const Expr *PanicHazard = nullptr;
  bool ExceptionsOn = false;
  /// Compiled with -fexceptions by the user, not only for panics: every
  /// landing pad then runs, as the user asked.
  bool UserExceptions = CI.getLangOpts().Exceptions;
  bool CompiledWithoutExceptions = false;
  bool ResumeRouted = false;
  std::unique_ptr<Lowering> Lower;
  FunctionDecl *Marker = nullptr;
  FunctionDecl *RecoverDecl = nullptr;
  FunctionDecl *PanicAt = nullptr;
  bool Reentered = false;
};

class CDeferAction : public PluginASTAction {
protected:
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 StringRef) override {
    // `__defer` is C (SPEC 1). In C++ its lowering would meet templates,
    // destructors and exceptions it was never designed for: refuse the
    // language up front rather than lower some of it.
    if (CI.getLangOpts().CPlusPlus) {
      Diags D(CI.getDiagnostics());
      D.DE.Report(D.NotC);
      return std::make_unique<ASTConsumer>();
    }
    injectPredefines(CI);
    auto Consumer = std::make_unique<CDeferConsumer>(CI, Opts);
    installParseDiagnosticFilter(CI, Consumer->diags());
    return Consumer;
  }

  bool ParseArgs(const CompilerInstance &CI,
                 const std::vector<std::string> &Args) override {
    DiagnosticsEngine &DE = CI.getDiagnostics();
    for (const std::string &Arg : Args) {
      if (Arg == "Wno-loop") {
        Opts.WarnLoop = false;
      } else if (Arg == "Wloop") {
        Opts.WarnLoop = true;
      } else if (Arg == "Rtier") {
        Opts.RemarkTier = true;
      } else if (Arg == "Rpanic") {
        Opts.RemarkPanic = true;
      } else if (StringRef(Arg).starts_with("tier=")) {
        StringRef Name = StringRef(Arg).drop_front(5);
        std::optional<Tier> T = llvm::StringSwitch<std::optional<Tier>>(Name)
                                    .Case("auto", Tier::Auto)
                                    .Case("open", Tier::OpenCoded)
                                    .Case("frame", Tier::Frame)
                                    .Case("pool", Tier::Pooled)
                                    .Default(std::nullopt);
        if (T) {
          Opts.Forced = *T;
        } else {
          Diags D(DE);
          D.DE.Report(D.InvalidArgument) << Arg << ValidArguments;
        }
      } else if (StringRef(Arg).starts_with("panic=")) {
        StringRef Name = StringRef(Arg).drop_front(6);
        if (Name == "on")
          Opts.PanicMode = Options::Panic::On;
        else if (Name == "off")
          Opts.PanicMode = Options::Panic::Off;
        else if (Name == "auto")
          Opts.PanicMode = Options::Panic::Auto;
        else if (Name == "register")
          Opts.PanicMode = Options::Panic::Register;
        else {
          Diags D(DE);
          D.DE.Report(D.InvalidArgument) << Arg << ValidArguments;
        }
      } else if (Arg == "help") {
        llvm::errs() << "cdefer plugin arguments (-fplugin-arg-cdefer-<arg>): "
                     << ValidArguments << "\n";
      } else {
        Diags D(DE);
        D.DE.Report(D.InvalidArgument) << Arg << ValidArguments;
      }
    }
    // The error already fails the compile. Staying loaded spares the user a
    // cascade of "undeclared identifier '__defer'" after it.
    return true;
  }

  // Before the main action, so CodeGen still runs and sees our rewrite.
  ActionType getActionType() override { return AddBeforeMainAction; }

private:
  /// Makes cdefer_abi.h part of every translation unit, as a system header
  /// (its reserved names draw no warnings). A file that was preprocessed
  /// already (-save-temps, or -E then compile) carries the declarations from
  /// its own #include <cdefer.h>, and adding them twice would redefine them.
  static void injectPredefines(CompilerInstance &CI) {
    const FrontendOptions &FO = CI.getFrontendOpts();
    if (!FO.Inputs.empty() && FO.Inputs[0].getKind().isPreprocessed())
      return;
    Preprocessor &PP = CI.getPreprocessor();
    std::string Predefines = PP.getPredefines();
    Predefines += "\n# 1 \"<cdefer>\" 3\n";
    Predefines += CDeferAbiText;
    Predefines += "\n";
    PP.setPredefines(std::move(Predefines));
  }

  Options Opts;
};

} // namespace
} // namespace cdefer

static clang::FrontendPluginRegistry::Add<cdefer::CDeferAction>
    X("cdefer", "Go's defer for C: lowers __defer statements");
