//===- GccCommon.h - the GCC 12 headers the plugin needs, in order --------===//
//
// GCC's plugin headers are order-sensitive: gcc-plugin.h first, the C
// family's c-common.h before diagnostic-core.h (LOWERING-NOTES, GCC 12).
// Every file of the plugin includes this header and nothing else of GCC's.
// We support GCC 12 only: there are no version shims.
//
//===----------------------------------------------------------------------===//
#ifndef CDEFER_GCC_COMMON_H
#define CDEFER_GCC_COMMON_H

#include "gcc-plugin.h"
#include "tree.h"
#include "stringpool.h"
#include "attribs.h"
#include "c-family/c-common.h"
#include "c-family/c-pragma.h"
#include "c-tree.h"
#include "cgraph.h"
#include "cpplib.h"
#include "diagnostic.h"
#include "diagnostic-core.h"
#include "fold-const.h"
#include "function.h"
#include "langhooks.h"
#include "stor-layout.h"
#include "toplev.h"
#include "tree-iterator.h"

// The C front end's own symbols exist in cc1 only. The driver also loads a
// -fplugin into lto1 (an LTO link given the compile's flags): weak
// references let the plugin load there, where plugin_init does nothing.
extern struct cpp_reader *parse_in __attribute__((weak));
extern tree c_global_trees[CTI_MAX] __attribute__((weak));
extern void c_genericize(tree) __attribute__((weak));
extern tree identifier_global_value(tree) __attribute__((weak));
extern tree pushdecl(tree) __attribute__((weak));

#endif
