//===- Options.h - the plugin's -fplugin-arg-cdefer_gcc-* options ---------===//
#ifndef CDEFER_GCC_OPTIONS_H
#define CDEFER_GCC_OPTIONS_H

#include "TierPolicy.h"

namespace cdefer {

/// What `-fplugin-arg-cdefer_gcc-<arg>` can set (parsed in CDeferGcc.cc).
struct Options {
  bool WarnLoop = true;      ///< `Wloop` / `Wno-loop`
  Tier Forced = Tier::Auto;  ///< `tier=open|frame|pool|auto`
  bool RemarkTier = false;   ///< `Rtier`: a note at each `__defer`
  /// `panic=on|off|auto|register`: which functions take part in panics
  /// (PanicReady.h; auto: those of a unit that declares the panic API;
  /// register: as on, and every one of them registers).
  enum class Panic { Auto, On, Off, Register } PanicMode = Panic::Auto;
  bool RemarkPanic = false; ///< `Rpanic`: a note at each function that takes part
};

} // namespace cdefer

#endif
