//===- UnitExceptions.cc - compile a unit that takes part with exceptions -===//
#include "UnitExceptions.h"
#include "tree-eh.h"

namespace cdefer {

namespace {

bool Enabled = false;
bool User = false;

/// Exceptions on in the options Node holds. Option nodes are shared by
/// every function with the same options (all of which take part), and
/// looked up by a hash of their contents: changed in place, a node is no
/// longer found for its old contents, and a new one is made for those.
void turnOn(tree Node) {
  if (Node && TREE_CODE(Node) == OPTIMIZATION_NODE)
    TREE_OPTIMIZATION(Node)->x_flag_exceptions = 1;
}

} // namespace

void compileUnitWithExceptions() {
  if (Enabled)
    return;
  Enabled = true;
  User = flag_exceptions;
  flag_exceptions = 1;
  // What the C front end does at start-up under -fexceptions: a
  // TRY_FINALLY_EXPR's finally then runs when an exception passes too.
  using_eh_for_cleanups();
  turnOn(optimization_default_node);
  turnOn(optimization_current_node);
  cgraph_node *Node;
  FOR_EACH_FUNCTION(Node)
    turnOn(DECL_FUNCTION_SPECIFIC_OPTIMIZATION(Node->decl));
  // As the Clang plugin does (CDeferPlugin.cpp, routeResumeToRuntime): the
  // unit's landing pads end in a call of the runtime's
  // __cdefer_unwind_resume, which goes on with a panic's walk without
  // starting libgcc's unwinder again, and hands any other exception to
  // _Unwind_Resume.
  const char Route[] = ".set _Unwind_Resume, __cdefer_unwind_resume";
  symtab->finalize_toplevel_asm(build_string(sizeof Route, Route));
}

void keepExceptionsOn(tree Fn) {
  if (!Enabled)
    return;
  flag_exceptions = 1;
  turnOn(DECL_FUNCTION_SPECIFIC_OPTIMIZATION(Fn));
}

bool userExceptions() { return Enabled ? User : flag_exceptions; }

} // namespace cdefer
