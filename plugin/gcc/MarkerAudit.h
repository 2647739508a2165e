//===- MarkerAudit.h - no `__defer` may survive lowering ------------------===//
#ifndef CDEFER_GCC_MARKERAUDIT_H
#define CDEFER_GCC_MARKERAUDIT_H

#include "GccCommon.h"

namespace cdefer {

/// Reports every marker call left in Fn's body (`'__defer' cannot be used
/// here`) and every one in the GNU nested functions it declares, which
/// PLUGIN_PRE_GENERICIZE never shows us. Returns the number reported.
unsigned auditMarkers(tree Fn);

} // namespace cdefer

#endif
