//===- Diagnostics.cpp - cdefer's diagnostics, created once ---------------===//
#include "Diagnostics.h"

using namespace clang;

namespace cdefer {

Diags::Diags(DiagnosticsEngine &DE) : DE(DE) {
  auto Make = [&](DiagnosticsEngine::Level L, const char *Msg) {
    // getCustomDiagID keeps one ID per (level, text), so this is idempotent.
    return DE.getDiagnosticIDs()->getCustomDiagID(
        static_cast<DiagnosticIDs::Level>(L), Msg);
  };
  const auto E = DiagnosticsEngine::Error;
  const auto W = DiagnosticsEngine::Warning; // only through Warning() below
  const auto N = DiagnosticsEngine::Note;

  ReturnFromDefer = Make(E, "cannot return from a '__defer' statement");
  BreakOutOfDefer = Make(E, "cannot break out of a '__defer' statement");
  ContinueOutOfDefer =
      Make(E, "cannot continue loop outside of enclosing '__defer' statement");
  GotoCrossesDefer = Make(E, "cannot jump from this goto statement to its label");
  CaseInDefer = Make(E, "cannot jump from switch statement to this case label");
  IndirectGotoInDefer =
      Make(E, "cannot use an indirect goto in a '__defer' statement");
  AddrOfLabelInDefer = Make(
      E, "cannot take the address of label '%0' across a '__defer' statement");
  NoteJumpExits = Make(N, "jump exits a '__defer' statement");
  NoteJumpEnters = Make(N, "jump enters a '__defer' statement");
  NoteDeferHere = Make(N, "'__defer' statement begins here");

  NestedDefer = Make(E, "'__defer' cannot appear inside a deferred statement");
  NoteEnclosingDefer = Make(N, "enclosing '__defer' is here");
  DeferInBlockLiteral =
      Make(E, "'__defer' inside a block literal is not supported");
  DeferUnevaluated =
      Make(E, "'__defer' in an operand that is never evaluated has no effect");
  DeferNotLowered = Make(E, "'__defer' cannot be used here");
  DeferOutsideFunction =
      Make(E, "'__defer' is only allowed inside a function body");
  DeferOfDeclaration =
      Make(E, "a declaration cannot be deferred; '__defer' takes a statement "
              "such as a call or a '{ ... }' block");

  DeferWithoutStatement = Make(E, "expected a statement after '__defer'");
  ShortLivedCapture =
      Make(E, "deferred statement refers to '%0', which does not live until "
              "'%1' returns");
  NoteCapturedDecl = Make(N, "'%0' is declared here, in a block that ends "
                             "before '%1' returns");
  NoteUseCallForm =
      Make(N, "to use its value, defer a call instead: the arguments of "
              "'__defer fn(%0);' are evaluated when the '__defer' runs");
  VLACapture = Make(E, "deferred statement cannot refer to '%0' of variably "
                       "modified type %1");
  RegisterCapture =
      Make(E, "deferred statement cannot refer to 'register' variable '%0'");
  UncapturableUse =
      Make(E, "deferred statement uses '%0' inside a variably modified type "
              "or a block literal, where it cannot be captured; pass its "
              "value in a deferred call instead");
  // A warning and its -w and -Werror twins (see Diags::warn).
  auto Warning = [&](const char *Msg) {
    unsigned ID = Make(W, Msg);
    WarningTwins[ID] = {Make(DiagnosticsEngine::Ignored, Msg), Make(E, Msg)};
    return ID;
  };
  AddrOfShortLived =
      Warning("deferred call takes the address of '%0', which does not live "
              "until '%1' returns");

  NullPanic =
      Warning("panicking with a null value: cdefer_recover() returns NULL for "
              "it, as when nothing panics");
  AlwaysInlinePanic =
      Warning("'__defer' in always_inline function %0 takes no part in "
              "panics: inlined, it has no frame of its own, and a panic may "
              "skip its deferred code");
  NoteNoInline = Make(N, "remove always_inline, or compile the unit with "
                         "-fplugin-arg-cdefer-panic=off");
  DeferInLoop = Warning("'__defer' inside a loop: its runs pile up until "
                        "'%0' returns");
  NoteLoopHere = Make(N, "loop is here");

  TierRemark = Make(DiagnosticsEngine::Remark,
                    "'__defer' %select{|is open-coded|uses a frame-allocated "
                    "record|uses a pooled record}0%1%plural{0:|:; its first %2 "
                    "runs per call are batched in the frame}2");

  PanicRemark =
      Make(DiagnosticsEngine::Remark,
           "%select{%0 registers for panics at entry: its deferred code may "
           "panic or recover|%0 registers for panics at entry: a function "
           "defined before <cdefer.h> was compiled without exceptions|a panic runs the deferred code of "
           "%0 from its exception cleanup: nothing it defers can panic or "
           "recover, so it does not register|%0 registers for panics at "
           "entry, as -fplugin-arg-cdefer-panic=register asks}1");
  NotePanicHazard = Make(N, "this call may panic or recover");

  InvalidArgument = Make(E, "invalid argument '%0' for the cdefer plugin "
                            "(valid: %1)");
  NotC = Make(E, "the cdefer plugin supports C only; '__defer' is not "
                 "available in C++");
  MissingRuntimeDecl =
      Make(E, "cdefer: declaration '%0' of cdefer_abi.h is missing or "
              "redefined; cannot lower '__defer'");
}

} // namespace cdefer
