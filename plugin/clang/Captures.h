//===- Captures.h - what a deferred statement refers to -*- C++ -*-===//
//
// SPEC 2.4 and 2.5: a deferred call snapshots its callee and arguments; any
// other deferred statement refers to variables, which must then live until
// the function returns. These helpers classify a deferred statement and find
// the variables it refers to; the checks and the lowering share them so the
// two can never disagree.
//
//===----------------------------------------------------------------------===//
#ifndef CDEFER_CAPTURES_H
#define CDEFER_CAPTURES_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace cdefer {

/// If S is the call form (an expression statement whose outermost
/// expression, under parentheses and a cast to void, is a call), the call.
clang::CallExpr *callFormCall(clang::Stmt *S);

/// True if E needs no snapshot: evaluating it later gives the same value
/// and has no side effects (literals, string literals, addresses of
/// functions and globals, integer constant expressions).
bool isTimeInvariant(const clang::Expr *E, clang::ASTContext &Ctx);

/// Calls Fn for each use, in S, of a variable with automatic storage that is
/// declared outside S. Slot is where the reference hangs in its parent, so
/// the lowering can replace it. Operands that are never evaluated (sizeof,
/// typeof, _Generic's unchosen branches) and block literals are skipped.
void forEachCapture(
    clang::Stmt *&S,
    llvm::function_ref<void(clang::Stmt *&Slot, clang::DeclRefExpr *Ref,
                            clang::VarDecl *VD)>
        Fn);

/// How a deferred block uses a variable-length array it names (SPEC 2.5:
/// one of the function's outermost block lives until every exit).
enum class VLAUse {
  Decay, ///< `a` decays to a pointer to its first element (a[i], f(a), a + 1)
  Size,  ///< `sizeof a`
  Other, ///< anything else (&a, sizeof(a[0]) is fine, but not typeof(a))
};

/// True if VD is a variable-length array whose elements are not variably
/// modified themselves: a deferred block can reach it through a pointer to
/// its first element and its size, both taken at the `__defer`.
bool isCapturableVLA(const clang::VarDecl *VD);

/// Calls Fn for each use, in S, of a capturable VLA (isCapturableVLA)
/// declared outside S. Slot holds the whole use: the decay cast, the
/// sizeof, or (Other) the reference.
void forEachVLAUse(
    clang::Stmt *&S,
    llvm::function_ref<void(clang::Stmt *&Slot, clang::VarDecl *VD, VLAUse U)>
        Fn);

/// The declaration statement S is, under any labels and attributes in front
/// of it (C23 allows both before a declaration), or null.
const clang::DeclStmt *asDeclaration(const clang::Stmt *S);

/// True if S declares (under labels and attributes) a variable with a
/// cleanup attribute.
bool declaresCleanupVariable(const clang::Stmt *S);

/// True if S or any statement in it declares a variable with a cleanup
/// attribute.
bool declaresCleanupVariableAnywhere(const clang::Stmt *S);

/// The variables declared directly in the function's outermost block: with
/// the parameters, the only automatic variables alive at every exit.
llvm::SmallPtrSet<const clang::VarDecl *, 16>
outermostLocals(const clang::CompoundStmt *Body);

} // namespace cdefer

#endif
