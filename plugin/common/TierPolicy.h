//===- TierPolicy.h - what both plugins share about tiers -*- C++ -*-===//
//
// Compiler-independent: the Clang plugin (plugin/clang) and the GCC plugin
// (plugin/gcc) include it, so their tiers, names and limits cannot drift.
// Each plugin's TierChoice decides with its own compiler's AST.
//
//===----------------------------------------------------------------------===//
#ifndef CDEFER_TIERPOLICY_H
#define CDEFER_TIERPOLICY_H

#include <string>

namespace cdefer {

/// How a `__defer` is lowered (SPEC 3).
enum class Tier : unsigned char {
  Auto,      ///< only as an option: let the plugin choose
  OpenCoded, ///< inline at the function's exit, guarded by a bit
  Frame,     ///< runtime record in the function's own frame
  Pooled,    ///< runtime record from the thread's pool
};

/// The tier's name as the remark and the `tier=` argument spell it.
inline const char *tierName(Tier T) {
  switch (T) {
  case Tier::Auto:
    return "auto";
  case Tier::OpenCoded:
    return "open";
  case Tier::Frame:
    return "frame";
  case Tier::Pooled:
    return "pool";
  }
  return "?";
}

/// Most `__defer`s one function can open-code: the bits are one `unsigned`.
inline constexpr unsigned MaxOpenCoded = 16;

/// Functions that return twice, by name, for declarations that do not say
/// so with an attribute: in a function that calls one, a longjmp back can
/// run a `__defer` again, so its defers are pooled.
inline constexpr const char *ReturnsTwiceNames[] = {
    "setjmp",  "_setjmp", "__setjmp",   "sigsetjmp", "__sigsetjmp",
    "savectx", "vfork",   "getcontext", "qsetjmp",   "__builtin_setjmp"};

/// What the tier choice needs to know about a function, as each plugin
/// finds it in its own compiler's AST.
struct FunctionTierFacts {
  std::string Name;      ///< the function, for reasons
  std::string Setjmp;    ///< a function it calls that returns twice, or ""
  bool AnyInLoop = false; ///< some `__defer` of it can run twice
  bool ComputedGoto = false;
  unsigned long Defers = 0;
  Tier Forced = Tier::Auto; ///< the `tier=` argument
};

/// Why the function as a whole cannot be open-coded, or "" if it can.
inline std::string notOpenCodedReason(const FunctionTierFacts &F) {
  if (!F.Setjmp.empty() || F.AnyInLoop)
    return "another '__defer' of '" + F.Name + "' needs a pooled record";
  if (F.ComputedGoto)
    return "'" + F.Name + "' has a computed goto";
  if (F.Defers > MaxOpenCoded)
    return "'" + F.Name + "' has " + std::to_string(F.Defers) +
           " defers, more than the " + std::to_string(MaxOpenCoded) +
           " that can be open-coded";
  if (F.Forced == Tier::Frame || F.Forced == Tier::Pooled)
    return std::string("tier=") + tierName(F.Forced);
  return "";
}

/// SPEC 3, as Go chooses, for one `__defer` of a function: its tier, and
/// the reason the `Rtier` remark gives (empty when open-coded). InLoop: it
/// can run more than once per call; InLoopStatement: because of a loop
/// statement (else a backward goto). NotOpen: notOpenCodedReason(F).
inline Tier chooseTier(const FunctionTierFacts &F, const std::string &NotOpen,
                       bool InLoop, bool InLoopStatement, std::string &Reason) {
  if (InLoop) {
    Reason = InLoopStatement ? "it is in a loop" : "a backward goto can run it again";
    return Tier::Pooled;
  }
  if (!F.Setjmp.empty()) {
    Reason = "'" + F.Name + "' calls '" + F.Setjmp +
             "': a longjmp back into it can run it again";
    return Tier::Pooled;
  }
  if (F.Forced == Tier::Pooled) {
    Reason = "tier=pool";
    return Tier::Pooled;
  }
  if (!NotOpen.empty()) {
    Reason = NotOpen;
    return Tier::Frame;
  }
  Reason.clear();
  return Tier::OpenCoded;
}

} // namespace cdefer

#endif
