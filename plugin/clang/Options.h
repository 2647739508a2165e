//===- Options.h - the plugin's -fplugin-arg-cdefer-* options -*- C++ -*-===//
#ifndef CDEFER_OPTIONS_H
#define CDEFER_OPTIONS_H

namespace cdefer {

/// What `-fplugin-arg-cdefer-<arg>` can set. Parsed in CDeferPlugin.cpp; the
/// list of accepted spellings lives there, next to the parser.
struct Options {
  /// Warn about a `__defer` inside a loop (off with `Wno-loop`).
  bool WarnLoop = true;
};

} // namespace cdefer

#endif
