//===- Lowering.h - rewrite a function's `__defer`s in their tiers -*- C++ -*-===//
#ifndef CDEFER_LOWERING_H
#define CDEFER_LOWERING_H

#include "AstBuilder.h"
#include "DeferSite.h"
#include "Diagnostics.h"
#include "Outliner.h"
#include <optional>

namespace cdefer {

/// The declarations of cdefer_abi.h the lowering uses, found once per
/// translation unit.
struct AbiDecls {
  clang::RecordDecl *Frame = nullptr;        ///< struct __cdefer_frame
  clang::RecordDecl *Record = nullptr;       ///< struct __cdefer_record
  clang::FunctionDecl *Push = nullptr;       ///< __cdefer_push
  clang::FunctionDecl *PushFrame = nullptr;  ///< __cdefer_push_frame (defined)
  clang::FunctionDecl *FrameExit = nullptr;  ///< __cdefer_frame_exit (defined)
  clang::FunctionDecl *HookExit = nullptr;   ///< __cdefer_hook_exit (defined)
  /// __cdefer_frame_only_unlink, __cdefer_frame_only_exit (defined): what the
  /// cleanup of a function whose `__defer`s are all frame-allocated calls.
  clang::FunctionDecl *FrameOnlyUnlink = nullptr;
  clang::FunctionDecl *FrameOnlyExit = nullptr;
  clang::RecordDecl *Batch = nullptr;        ///< struct __cdefer_batch
  clang::RecordDecl *Window = nullptr;       ///< struct __cdefer_window
  clang::FunctionDecl *PushBatch = nullptr;  ///< __cdefer_push_batch (defined)
  clang::FunctionDecl *RunBatch = nullptr;   ///< __cdefer_run_batch (defined)
  clang::FunctionDecl *RunChunk = nullptr;   ///< __cdefer_run_chunk (defined)
  clang::FunctionDecl *CloseWindow = nullptr; ///< __cdefer_window_close (defined)
  clang::FunctionDecl *WindowExit = nullptr;  ///< __cdefer_window_exit (defined)
};

/// What panic-ready functions use (PanicReady.h), looked up the first time
/// one is lowered.
struct PanicAbiDecls {
  clang::RecordDecl *PFrame = nullptr;        ///< struct __cdefer_pframe
  clang::RecordDecl *Next = nullptr;          ///< struct __cdefer_next
  clang::FunctionDecl *Push = nullptr;        ///< __cdefer_pframe_push
  clang::FunctionDecl *PushSkip = nullptr;    ///< __cdefer_pframe_push_skip
  clang::FunctionDecl *Pop = nullptr;         ///< __cdefer_pframe_pop
  clang::FunctionDecl *Resumed = nullptr;     ///< __cdefer_resumed
  clang::FunctionDecl *Setjmp = nullptr;      ///< __builtin_setjmp
  clang::FunctionDecl *FrameAddress = nullptr; ///< __builtin_frame_address
};

/// Rewrites a function whose sites chooseTiers has placed (SPEC 3): each
/// deferred statement is outlined (Outliner.h), then an open-coded function
/// gets a hidden local with its bits and snapshots and a synthesised run
/// function as that local's cleanup; any other function gets the runtime's
/// frame, frame-allocated records and pushes. See Lowering.cpp.
class Lowering {
public:
  Lowering(clang::Sema &S, Diags &D) : B(S), D(D) {}

  /// Rewrites FDs.FD's body in place. The functions it synthesises are
  /// appended to Synthesised: the caller must hand them to CodeGen. Returns
  /// false (after a diagnostic) if the ABI declarations are unusable.
  bool lower(FunctionDefers &FDs,
             llvm::SmallVectorImpl<clang::FunctionDecl *> &Synthesised);

private:
  /// What a tier adds to the function: statements opening the body, the
  /// variable whose cleanup runs the deferred code, the cleanup for hooks,
  /// and, per site, the statement that replaces its marker loop.
  struct Rewrite {
    llvm::SmallVector<clang::Stmt *, 8> Entry;
    clang::VarDecl *FrameVar = nullptr;
    /// The variable whose cleanup runs the deferred code, which the hooks
    /// point at: FrameVar, or a frame-allocated-only function's exit.
    clang::VarDecl *HookTarget = nullptr;
    clang::FunctionDecl *HookFn = nullptr;
    // Panic-ready functions only (LoweringPanic.cpp).
    clang::VarDecl *PanicFrame = nullptr;   ///< struct __cdefer_pframe
    clang::VarDecl *ReturnValue = nullptr;  ///< last value `return` gave
    clang::FunctionDecl *Step = nullptr;    ///< open-coded: hands out the next
  };

  bool findAbi(clang::SourceLocation L);
  bool lowerOpenCoded(FunctionDefers &FDs,
                      llvm::ArrayRef<OutlinedDefer> Outs, Rewrite &RW,
                      llvm::SmallVectorImpl<clang::FunctionDecl *> &Synthesised);
  bool lowerRuntime(FunctionDefers &FDs, llvm::ArrayRef<OutlinedDefer> Outs,
                    Rewrite &RW,
                    llvm::SmallVectorImpl<clang::FunctionDecl *> &Synthesised);
  /// `Storage.field = value;` for each snapshot value, into Out.
  bool fillSnapshot(const OutlinedDefer &OD,
                    llvm::function_ref<clang::Expr *()> Storage,
                    llvm::SmallVectorImpl<clang::Stmt *> &Out);
  clang::FunctionDecl *helperFunction(const clang::FunctionDecl *Of,
                                      llvm::StringRef Name,
                                      clang::QualType ParamTy,
                                      clang::SourceLocation L,
                                      bool AlwaysInline = true);
  /// A pooled site's batch (cdefer_abi.h): its hidden local, its window
  /// (returned, for the caller to declare after the frame variable) and its
  /// batch and chunk run functions; the push that replaces the marker goes
  /// into AtDefer.
  clang::VarDecl *
  lowerBatched(FunctionDefers &FDs, const OutlinedDefer &OD, unsigned I,
               unsigned Slots, clang::VarDecl *Snap, Rewrite &RW,
               llvm::SmallVectorImpl<clang::Stmt *> &AtDefer,
               llvm::SmallVectorImpl<clang::FunctionDecl *> &Synthesised);
  /// A synthesised `static void Name(void *p) { Runner(p, fn, size); }`
  /// (with `, eager` when given): a batch's or a batch chunk's run function
  /// for outlined statement OD.
  clang::FunctionDecl *
  batchRunFunction(FunctionDefers &FDs, const OutlinedDefer &OD,
                   llvm::StringRef Name, clang::FunctionDecl *Runner,
                   uint64_t Size, std::optional<bool> Eager,
                   llvm::SmallVectorImpl<clang::FunctionDecl *> &Synthesised);
  /// The exit of a function whose `__defer`s are all frame-allocated, with
  /// records Recs (LoweringFrameOnly.cpp): a hidden local naming the frame
  /// and the records, declared after the frame variable, whose synthesised
  /// cleanup calls each outlined statement directly.
  bool frameOnlyExit(FunctionDefers &FDs, llvm::ArrayRef<OutlinedDefer> Outs,
                     llvm::ArrayRef<clang::VarDecl *> Recs, Rewrite &RW,
                     llvm::SmallVectorImpl<clang::FunctionDecl *> &Synthesised);
  /// `static inline void __cdefer_hook_f_N(T **h) { Run(*h); }`, the cleanup
  /// of the hooks of a function whose cleanup Run is synthesised.
  clang::FunctionDecl *
  hookFunction(FunctionDefers &FDs, clang::FunctionDecl *Run,
               llvm::StringRef Base,
               llvm::SmallVectorImpl<clang::FunctionDecl *> &Synthesised);
  clang::Stmt *cleanupHook(const Rewrite &RW, clang::SourceLocation L);

  // Panic readiness (LoweringPanic.cpp).
  bool findPanicAbi(clang::SourceLocation L);
  /// Declarations that must come before the frame variable.
  bool panicDeclarations(FunctionDefers &FDs, Rewrite &RW);
  /// Registration and resume point, after the frame variable.
  bool panicRegistration(FunctionDefers &FDs, Rewrite &RW);
  /// The open-coded function's step function (see cdefer_abi.h).
  clang::FunctionDecl *stepFunction(FunctionDefers &FDs,
                                    llvm::ArrayRef<OutlinedDefer> Outs,
                                    clang::RecordDecl *Open,
                                    llvm::ArrayRef<int> FieldOf);
  void rewriteReturns(clang::Stmt *S, clang::VarDecl *RV);

  AstBuilder B;
  Diags &D;
  AbiDecls Abi;
  PanicAbiDecls PanicAbi;
  bool PanicAbiLooked = false;
  bool PanicAbiOK = false;
  unsigned NextOutlined = 0;
  bool AbiLooked = false;
  bool AbiOK = false;
};

} // namespace cdefer

#endif
