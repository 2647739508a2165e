//===- RuntimeLowering.h - lower `__defer` through the runtime -*- C++ -*-===//
#ifndef CDEFER_RUNTIMELOWERING_H
#define CDEFER_RUNTIMELOWERING_H

#include "AstBuilder.h"
#include "DeferSite.h"
#include "Diagnostics.h"

namespace cdefer {

/// The declarations of cdefer_abi.h the lowering calls, found once per
/// translation unit.
struct AbiDecls {
  clang::RecordDecl *Frame = nullptr;        ///< struct __cdefer_frame
  clang::FunctionDecl *Push = nullptr;       ///< __cdefer_push
  clang::FunctionDecl *FrameExit = nullptr;  ///< __cdefer_frame_exit (defined)
  clang::FunctionDecl *HookExit = nullptr;   ///< __cdefer_hook_exit (defined)
};

/// The runtime tier (SPEC 3): every `__defer` becomes a call to
/// __cdefer_push with an outlined function and a snapshot; a hidden frame
/// variable whose cleanup is __cdefer_frame_exit runs the function's
/// records at every exit. See docs/design.md.
class RuntimeLowering {
public:
  RuntimeLowering(clang::Sema &S, Diags &D) : B(S), D(D) {}

  /// Rewrites FDs.FD's body in place. The functions it synthesises are
  /// appended to Outlined: the caller must hand them to CodeGen. Returns
  /// false (after a diagnostic) if the ABI declarations are unusable.
  bool lower(FunctionDefers &FDs,
             llvm::SmallVectorImpl<clang::FunctionDecl *> &Outlined);

private:
  bool findAbi(clang::SourceLocation L);
  clang::FunctionDecl *outline(FunctionDefers &FDs, DeferSite &Site,
                               clang::VarDecl *Frame);
  void frameEntry(FunctionDefers &FDs, clang::VarDecl *&Frame,
                  llvm::SmallVectorImpl<clang::Stmt *> &Out);
  clang::Stmt *cleanupHook(clang::VarDecl *Frame, clang::SourceLocation L);

  AstBuilder B;
  Diags &D;
  AbiDecls Abi;
  unsigned NextOutlined = 0;
  bool AbiLooked = false;
  bool AbiOK = false;
};

} // namespace cdefer

#endif
