//===- TreeBuilder.h - small helpers to build GENERIC ---------------------===//
#ifndef CDEFER_GCC_TREEBUILDER_H
#define CDEFER_GCC_TREEBUILDER_H

#include "GccCommon.h"
#include <string>
#include <utility>
#include <vector>

namespace cdefer {

/// A hidden local of Fn: artificial, invisible to the debugger.
tree hiddenLocal(tree Fn, const std::string &Name, tree Type, location_t L);
/// Fn's outermost BIND_EXPR, made if the body is a bare statement list.
tree ensureBind(tree Fn);
/// Declares Var in Bind (its scope is the whole body).
void addToBind(tree Bind, tree Var);

/// `struct Name { Fields }`, laid out, not declared in any scope.
tree makeRecord(const std::string &Name,
                const std::vector<std::pair<std::string, tree>> &Fields);
tree fieldAt(tree Record, unsigned Index);
tree member(tree Object, tree Field);
tree deref(tree Pointer);
tree assign(tree Lhs, tree Rhs);
tree statementList(const std::vector<tree> &Stmts);
tree unsignedConstant(unsigned long V);
/// An artificial label of Fn.
tree label(tree Fn, location_t L);

/// Detaches the BLOCKs of the outermost BIND_EXPRs in S from the block tree
/// they were in and hangs them under NewParent (S is moving there).
void moveBlocks(tree S, tree NewParent);

} // namespace cdefer

#endif
