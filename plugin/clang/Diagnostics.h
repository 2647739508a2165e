//===- Diagnostics.h - cdefer's diagnostics, created once -*- C++ -*-===//
//
// All user-facing messages of the Clang plugin, through Clang's own
// diagnostic engine. Wording follows Clang's `_Defer` (clang/test/Sema/
// defer-ts.c) where the misuse is the same: lower-case, no trailing period,
// name the thing. An error that involves two places comes with a note at the
// other one.
//
//===----------------------------------------------------------------------===//
#ifndef CDEFER_DIAGNOSTICS_H
#define CDEFER_DIAGNOSTICS_H

#include "clang/Basic/Diagnostic.h"
#include "llvm/ADT/DenseMap.h"

namespace cdefer {

struct Diags {
  explicit Diags(clang::DiagnosticsEngine &DE);

  clang::DiagnosticBuilder report(clang::SourceLocation Loc, unsigned ID) {
    return DE.Report(Loc, ID);
  }
  /// Reports one of the plugin's warnings. They have no -W group (a plugin
  /// cannot add one), and the engine applies neither -w nor -Werror to such
  /// a diagnostic: this does, by reporting the ignored or the error twin
  /// made with the warning.
  clang::DiagnosticBuilder warn(clang::SourceLocation Loc, unsigned WarningID) {
    const Twins &T = WarningTwins.find(WarningID)->second;
    if (DE.getIgnoreAllWarnings())
      return DE.Report(Loc, T.Ignored);
    return DE.Report(Loc, DE.getWarningsAsErrors() ? T.Error : WarningID);
  }

  clang::DiagnosticsEngine &DE;

  // Jumps (SPEC 2.7).
  unsigned ReturnFromDefer;      ///< error: return inside S
  unsigned BreakOutOfDefer;      ///< error: break that would leave S
  unsigned ContinueOutOfDefer;   ///< error: continue that would leave S
  unsigned GotoCrossesDefer;     ///< error: goto into or out of S
  unsigned CaseInDefer;          ///< error: case/default of an outer switch in S
  unsigned IndirectGotoInDefer;  ///< error: goto *p inside S
  unsigned AddrOfLabelInDefer;   ///< error: &&label of a label inside S, from outside
  unsigned NoteJumpExits;        ///< note at `__defer`: jump exits it
  unsigned NoteJumpEnters;       ///< note at `__defer`: jump enters it
  unsigned NoteDeferHere;        ///< note at `__defer`: the statement begins here

  // Where a `__defer` may stand.
  unsigned NestedDefer;          ///< error: `__defer` inside S
  unsigned NoteEnclosingDefer;   ///< note: the enclosing `__defer`
  unsigned DeferInBlockLiteral;  ///< error: in a ^{ } block
  unsigned DeferUnevaluated;     ///< error: in sizeof/typeof/_Generic
  unsigned DeferNotLowered;      ///< error: a marker the plugin could not place
  unsigned DeferOutsideFunction; ///< error: at file scope
  unsigned DeferOfDeclaration;   ///< error: `__defer int x;`
  unsigned DeferWithoutStatement; ///< error: `__defer )`, `__defer` at EOF

  // What a deferred block may refer to (SPEC 2.5).
  unsigned ShortLivedCapture;    ///< error: names a local that dies earlier
  unsigned NoteCapturedDecl;     ///< note: where that local is declared
  unsigned NoteUseCallForm;      ///< note: the call form captures values
  unsigned VLACapture;           ///< error: variably modified capture
  unsigned RegisterCapture;      ///< error: `register` variable
  unsigned AddrOfShortLived;     ///< warning: &local passed to a deferred call
  unsigned NullPanic;            ///< warning: cdefer_panic(NULL)
  unsigned AlwaysInlinePanic;    ///< warning: `__defer` in an always_inline function
  unsigned NoteNoInline;         ///< note: how to make it take part
  unsigned PanicRemark;          ///< remark: registers for panics, or not
  unsigned NotePanicHazard;      ///< note: the call that makes it register
  unsigned UncapturableUse;      ///< error: in a VM type or block literal in S

  // Warnings.
  unsigned DeferInLoop;          ///< warning: runs pile up until return
  unsigned NoteLoopHere;         ///< note: the loop

  // Remarks (`Rtier`).
  unsigned TierRemark;           ///< remark: the tier of a `__defer`, and why

  // Plugin set-up.
  unsigned InvalidArgument;      ///< error: unknown -fplugin-arg-cdefer-*
  unsigned MissingRuntimeDecl;   ///< error: the injected declarations are gone
  unsigned NotC;                 ///< error: the input is C++

private:
  struct Twins {
    unsigned Ignored, Error;
  };
  llvm::DenseMap<unsigned, Twins> WarningTwins; ///< by warning ID
};

} // namespace cdefer

#endif
