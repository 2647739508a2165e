//===- TierPolicy.h - what both plugins share about tiers -*- C++ -*-===//
//
// Compiler-independent: the Clang plugin (plugin/clang) and the GCC plugin
// (plugin/gcc) include it, so their tiers, names and limits cannot drift.
// Each plugin's TierChoice decides with its own compiler's AST.
//
//===----------------------------------------------------------------------===//
#ifndef CDEFER_TIERPOLICY_H
#define CDEFER_TIERPOLICY_H

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

} // namespace cdefer

#endif
