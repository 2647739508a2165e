//===- Options.h - the plugin's -fplugin-arg-cdefer-* options -*- C++ -*-===//
#ifndef CDEFER_OPTIONS_H
#define CDEFER_OPTIONS_H

#include "TierPolicy.h"

namespace cdefer {

/// What `-fplugin-arg-cdefer-<arg>` can set. Parsed in CDeferPlugin.cpp; the
/// list of accepted spellings lives there, next to the parser.
struct Options {
  /// Warn about a `__defer` inside a loop (off with `Wno-loop`).
  bool WarnLoop = true;
  /// `tier=open|frame|pool|auto`: the tier every `__defer` of the
  /// translation unit takes where it can (to test and measure each tier on
  /// the same code). A defer the forced tier cannot hold takes the one it
  /// would have had anyway.
  Tier Forced = Tier::Auto;
  /// `Rtier`: a remark at each `__defer` naming its tier and why.
  bool RemarkTier = false;
  /// `panic=on|off|auto|register`: whether functions with a `__defer` take
  /// part in panics, so that a panic runs their deferred code and they can
  /// recover (PanicReady.cpp). auto: in translation units that declare
  /// cdefer_panic or cdefer_recover (include <cdefer.h>). register: as on,
  /// and every such function registers with the runtime, none takes part
  /// unwind-only: a normal call costs more, a panic through it much less.
  enum class Panic : unsigned char { Auto, On, Off, Register } PanicMode = Panic::Auto;
  /// `Rpanic`: a remark at each function with a `__defer` that takes part in
  /// panics: whether it registers, and why.
  bool RemarkPanic = false;
};

} // namespace cdefer

#endif
