//===- MarkerAudit.h - no `__defer` may survive lowering -*- C++ -*-===//
#ifndef CDEFER_MARKERAUDIT_H
#define CDEFER_MARKERAUDIT_H

#include "Diagnostics.h"
#include "clang/AST/Decl.h"

namespace cdefer {

/// Reports every marker call left in D (a function and all it contains,
/// types included), each one a `__defer` the finder could not see: in a
/// typeof, say. Without this such a defer would silently never run.
/// Returns the number reported.
unsigned auditMarkers(clang::Decl *D, Diags &Diag);

/// Reports every reference, in an outlined deferred statement, to a local
/// variable of another function that the lowering did not rewrite: one
/// inside a variably modified type (`int (*p)[n]`, a cast, typeof) or a
/// block literal. CodeGen would silently read a phantom static instead.
/// Returns the number reported.
unsigned auditForeignLocals(clang::FunctionDecl *Outlined, Diags &Diag);

} // namespace cdefer

#endif
