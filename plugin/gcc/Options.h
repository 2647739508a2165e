//===- Options.h - the plugin's -fplugin-arg-cdefer_gcc-* options ---------===//
#ifndef CDEFER_GCC_OPTIONS_H
#define CDEFER_GCC_OPTIONS_H

namespace cdefer {

/// How a `__defer` is lowered (SPEC 3; TierChoice.cc decides). The same
/// tiers, names and reasons as the Clang plugin.
enum class Tier : unsigned char {
  Auto,      ///< only as an option: let the plugin choose
  OpenCoded, ///< inline in the function's finally block, guarded by a bit
  Frame,     ///< runtime record in the function's own frame
  Pooled,    ///< runtime record from the thread's pool
};

/// What `-fplugin-arg-cdefer_gcc-<arg>` can set (parsed in CDeferGcc.cc).
struct Options {
  bool WarnLoop = true;      ///< `Wloop` / `Wno-loop`
  Tier Forced = Tier::Auto;  ///< `tier=open|frame|pool|auto`
  bool RemarkTier = false;   ///< `Rtier`: a note at each `__defer`
};

const char *tierName(Tier T);

} // namespace cdefer

#endif
