//===- DeferSite.h - what the plugin knows about each `__defer` -*- C++ -*-===//
//
// The finder (DeferFinder.cpp) fills a FunctionDefers for one function body;
// the checks (DeferChecks.cpp) read it and diagnose misuse; the lowering
// (Outliner.cpp, Lowering.cpp) rewrites the body from it. Nothing here owns AST
// nodes: they belong to the ASTContext.
//
//===----------------------------------------------------------------------===//
#ifndef CDEFER_DEFERSITE_H
#define CDEFER_DEFERSITE_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "Options.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"
#include <memory>
#include <string>

namespace cdefer {

/// The name of the function the `__defer` macro hides in a for condition.
inline constexpr const char *MarkerName =
    "__cdefer_marker_requires_the_cdefer_plugin";

/// True if S is the `for (; marker(); )` loop the `__defer` macro expands to.
bool isMarkerLoop(const clang::Stmt *S);

/// One `__defer S` in a function body.
struct DeferSite {
  clang::ForStmt *Marker = nullptr; ///< the marker loop the macro made
  clang::Stmt **Slot = nullptr;     ///< where Marker hangs in its parent
  clang::SourceLocation Loc;        ///< the `__defer` as the user wrote it
  DeferSite *Enclosing = nullptr;   ///< the deferred statement this one is in
  const clang::Stmt *Loop = nullptr; ///< innermost for/while/do around it
  bool InLoop = false;      ///< may execute more than once per call
  bool InBlockLiteral = false; ///< inside a ^{ } block literal
  bool Unevaluated = false; ///< inside sizeof, typeof, _Generic's losers

  // Set by chooseTiers (TierChoice.cpp).
  Tier Chosen = Tier::Pooled; ///< its tier
  std::string TierReason;   ///< why, for the `Rtier` remark
  /// Open-coded and executed before every exit (it dominates them): runs at
  /// exit without testing its bit.
  bool AlwaysRuns = false;
  /// Pooled because it can run again (a loop, a backward goto), not because
  /// of setjmp or tier=pool: its runs may go into a batch in the frame.
  bool Batchable = false;
  /// Set by the lowering: snapshots its batch holds (0: no batch).
  unsigned BatchSlots = 0;

  clang::Stmt *body() const { return Marker->getBody(); }
  /// Where S hangs in the marker loop, for code that replaces parts of S.
  clang::Stmt *&bodySlot() const;
};

/// Everything the checks and the lowering need about one function.
struct FunctionDefers {
  clang::FunctionDecl *FD = nullptr;
  clang::CompoundStmt *Body = nullptr;
  llvm::SmallVector<std::unique_ptr<DeferSite>, 4> Sites;

  /// Every goto and indirect goto, with the innermost deferred statement
  /// it is in (null outside all of them).
  llvm::SmallVector<std::pair<clang::GotoStmt *, DeferSite *>, 4> Gotos;
  llvm::SmallVector<std::pair<clang::IndirectGotoStmt *, DeferSite *>, 1>
      IndirectGotos;
  llvm::SmallVector<std::pair<clang::AddrLabelExpr *, DeferSite *>, 1>
      AddrLabels;
  /// The innermost deferred statement each label statement is in.
  llvm::DenseMap<const clang::LabelDecl *, DeferSite *> LabelSite;

  /// Registers with the runtime for panics (PanicReady.h): its deferred
  /// code runs during a panic, and may recover.
  bool PanicReady = false;
  /// A panic-ready function whose exception cleanups are only the plugin's
  /// (no cleanup-attribute locals, exceptions on only for panics): a panic
  /// the runtime handled skips its landing pad.
  bool PanicSkipsCleanups = false;

  bool empty() const { return Sites.empty(); }
  /// True if chooseTiers open-coded every `__defer` of the function.
  bool openCoded() const {
    return !Sites.empty() && Sites.front()->Chosen == Tier::OpenCoded;
  }
};

/// Finds every `__defer` in FD's body, outermost first in source order.
FunctionDefers findDefers(clang::FunctionDecl *FD);

} // namespace cdefer

#endif
