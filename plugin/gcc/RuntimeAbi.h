//===- RuntimeAbi.h - cdefer_abi.h, as trees ------------------------------===//
//
// The runtime tiers call into libcdefer through runtime/include/cdefer_abi.h.
// GCC cannot be handed that header's text the way Clang's predefines can,
// so the plugin builds the same declarations as trees: the records, laid
// out as the header lays them out, and the runtime entry points.
// The records are never declared in any scope (a later #include <cdefer.h>
// defines its own, layout-identical, tags); a function the translation unit
// already declares (from <cdefer.h>) is used as it is.
//
//===----------------------------------------------------------------------===//
#ifndef CDEFER_GCC_RUNTIMEABI_H
#define CDEFER_GCC_RUNTIMEABI_H

#include "GccCommon.h"
#include <vector>

namespace cdefer {

struct RuntimeAbi {
  tree Frame;   ///< struct __cdefer_frame
  tree Record;  ///< struct __cdefer_record
  tree FnPtr;   ///< __cdefer_fn_t: void (*)(void *)
  tree PFrame;  ///< struct __cdefer_pframe (panic registration)
  tree Next;    ///< struct __cdefer_next (what a step function hands out)
  tree StepPtr; ///< int (*)(void *, struct __cdefer_next *)
  // Fields, in the header's order.
  tree FrameHead, FrameMark, FrameOwner, FramePooled;
  tree RecNext, RecFn, RecCtx, RecSite, RecPooled;
  tree PfJb, PfFn, PfFrame, PfStep, PfDepth, PfChain;
  tree NextFn, NextCtx, NextSite;
};

/// The ABI for this translation unit, built at the first use.
const RuntimeAbi &runtimeAbi();
/// A call of the runtime function Name with Args: __cdefer_push_slow,
/// __cdefer_return, __cdefer_pframe_push, __cdefer_pframe_pop,
/// __cdefer_recover_block or __cdefer_recover_deferred. (The pooled tier
/// calls the out-of-line push: cdefer_abi.h's inline __cdefer_push is C the
/// plugin would have to rebuild as trees; see docs/design.md.)
tree callRuntime(const char *Name, const std::vector<tree> &Args);

/// The GC roots the ABI's trees need; registered in plugin_init.
extern const struct ggc_root_tab RuntimeAbiRoots[];

} // namespace cdefer

#endif
