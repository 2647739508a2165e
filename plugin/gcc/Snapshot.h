//===- Snapshot.h - what a `__defer` must save when it executes -----------===//
//
// SPEC 2.4: in the call form (S is `fn (args)` under casts to void) the
// callee and every argument are evaluated at the `__defer`. Each one that
// could change before the function returns gets a slot in the snapshot;
// S then calls with the slots' values. Constants (a literal, a string,
// `&global`, a function) are simply evaluated again.
//
//===----------------------------------------------------------------------===//
#ifndef CDEFER_GCC_SNAPSHOT_H
#define CDEFER_GCC_SNAPSHOT_H

#include "DeferSite.h"
#include <string>
#include <vector>

namespace cdefer {

/// One value saved at the `__defer`: the expression (moved out of S), where
/// it stood in S, and the type of its slot (a variably modified type is
/// saved as `void *`: its bounds are not ours to evaluate again).
struct SavedValue {
  std::string Name; ///< `fn`, or `aI` for argument I
  tree Value;
  tree *Use;
  tree SlotType;
};

/// The values a call-form S saves, callee first, then the arguments left
/// to right (the order they are stored in). Empty for the block form.
std::vector<SavedValue> callFormValues(const DeferSite &Site);

/// The expression that replaces V in S, given an lvalue of its slot.
tree readBack(const SavedValue &V, tree Slot);

} // namespace cdefer

#endif
