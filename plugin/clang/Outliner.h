//===- Outliner.h - move a deferred statement into a function -*- C++ -*-===//
#ifndef CDEFER_OUTLINER_H
#define CDEFER_OUTLINER_H

#include "AstBuilder.h"
#include "DeferSite.h"

namespace cdefer {

/// A `__defer S` after outlining: S lives in Fn, which reads what it needs
/// from a snapshot of type Ctx. Every tier fills the snapshot at the
/// `__defer` (Ctx's field I gets Values[I]) and calls Fn with its address
/// at exit; where the snapshot lives is the tier's business.
struct OutlinedDefer {
  clang::FunctionDecl *Fn = nullptr; ///< static void __cdefer_<f>_<N>(void *)
  clang::RecordDecl *Ctx = nullptr;  ///< struct __cdefer_ctx_<f>_<N>, or null
  llvm::SmallVector<clang::Expr *, 4> Values; ///< evaluated at the `__defer`
  clang::SourceLocation Loc;         ///< the `__defer`, expanded
  std::string Base;                  ///< "<f>_<N>", for related names
  std::string SiteText;              ///< "file:line:f", NUL, then C or B (the form)
  bool CallForm = false;             ///< S is `fn(args)` (SPEC 2.4)
};

/// Moves Site's statement S out of FDs.FD into a new function (see
/// Outliner.cpp for the shapes). The marker loop is left in place, empty:
/// the caller replaces it with the tier's code. Number makes the names
/// unique in the translation unit. Returns false after a diagnostic.
bool outlineDefer(AstBuilder &B, FunctionDefers &FDs, DeferSite &Site,
                  unsigned Number, OutlinedDefer &Out);

} // namespace cdefer

#endif
