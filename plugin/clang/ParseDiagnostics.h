//===- ParseDiagnostics.h - say "__defer" where the parser says "for" -*- C++ -*-===//
#ifndef CDEFER_PARSEDIAGNOSTICS_H
#define CDEFER_PARSEDIAGNOSTICS_H

#include "Diagnostics.h"
#include "clang/Frontend/CompilerInstance.h"

namespace cdefer {

/// Two misuses of `__defer` never reach the plugin's checks, because the
/// parser rejects the `for` loop the macro expands to: `__defer` at file
/// scope ("expected identifier or '('") and `__defer int x;` ("expected
/// expression"). This puts a filter in front of the compiler's diagnostic
/// consumer that rewords exactly those two errors, at the `__defer`, and
/// passes everything else through untouched (so -verify still works).
void installParseDiagnosticFilter(clang::CompilerInstance &CI, const Diags &D);

} // namespace cdefer

#endif
