//===- Diagnostics.cc - the GCC plugin's messages -------------------------===//
#include "Diagnostics.h"
#include <string>

namespace cdefer {

location_t userLoc(location_t L) {
  L = get_pure_location(L);
  // Each macro level: an argument token goes to where the argument was
  // written, a token of the macro's body to where the macro was expanded.
  for (int Guard = 0;
       Guard != 64 && linemap_location_from_macro_expansion_p(line_table, L);
       ++Guard) {
    const line_map_macro *M =
        linemap_check_macro(linemap_lookup(line_table, L));
    unsigned I = L - MAP_START_LOCATION(M);
    if (I >= MACRO_MAP_NUM_MACRO_TOKENS(M))
      return linemap_resolve_location(line_table, L,
                                      LRK_MACRO_EXPANSION_POINT, nullptr);
    location_t Spelled = M->macro_locations[2 * I];
    location_t InDefinition = M->macro_locations[2 * I + 1];
    L = get_pure_location(Spelled != InDefinition
                              ? Spelled
                              : MACRO_MAP_EXPANSION_POINT_LOCATION(M));
  }
  return linemap_resolve_location(line_table, L, LRK_MACRO_EXPANSION_POINT,
                                  nullptr);
}

location_t wordNear(location_t L, const char *Word, bool Backward) {
  L = userLoc(L);
  if (L <= BUILTINS_LOCATION)
    return L;
  expanded_location X = expand_location(L);
  if (!X.file || X.column <= 0)
    return L;
  char_span Line = location_get_source_line(X.file, X.line);
  if (!Line)
    return L;
  size_t N = strlen(Word), Len = Line.length();
  auto IsIdent = [](char C) { return ISALNUM(C) || C == '_'; };
  auto WordAt = [&](size_t P) {
    return P + N <= Len && memcmp(Line.get_buffer() + P, Word, N) == 0 &&
           (P == 0 || !IsIdent(Line[P - 1])) &&
           (P + N == Len || !IsIdent(Line[P + N]));
  };
  size_t Start = X.column - 1;
  long Found = -1;
  if (Backward) {
    for (long P = std::min(Start, Len); P >= 0; --P)
      if (WordAt(P)) {
        Found = P;
        break;
      }
  } else {
    for (size_t P = Start; P < Len; ++P)
      if (WordAt(P)) {
        Found = P;
        break;
      }
  }
  if (Found < 0)
    return L;
  const line_map_ordinary *Map = nullptr;
  linemap_resolve_location(line_table, L, LRK_SPELLING_LOCATION, &Map);
  if (!Map)
    return L;
  return linemap_position_for_line_and_column(line_table, Map, X.line,
                                              Found + 1);
}

const char *nameOf(tree Decl) {
  return Decl && DECL_NAME(Decl) ? IDENTIFIER_POINTER(DECL_NAME(Decl)) : "?";
}

namespace diag {

void noteDeferHere(location_t Defer) {
  inform(Defer, "'__defer' statement begins here");
}
void returnFromDefer(location_t L, location_t Defer) {
  error_at(L, "cannot return from a '__defer' statement");
  noteDeferHere(Defer);
}
void breakOutOfDefer(location_t L, location_t Defer) {
  error_at(L, "cannot break out of a '__defer' statement");
  noteDeferHere(Defer);
}
void continueOutOfDefer(location_t L, location_t Defer) {
  error_at(L, "cannot continue loop outside of enclosing '__defer' statement");
  noteDeferHere(Defer);
}
void indirectGotoInDefer(location_t L, location_t Defer) {
  error_at(L, "cannot use an indirect goto in a '__defer' statement");
  noteDeferHere(Defer);
}
void caseInDefer(location_t L, location_t Defer) {
  error_at(L, "cannot jump from switch statement to this case label");
  noteJumpEnters(Defer);
}
void gotoCrossesDefer(location_t L) {
  error_at(L, "cannot jump from this goto statement to its label");
}
void addrOfLabelInDefer(location_t L, const char *Label) {
  error_at(L,
           "cannot take the address of label '%s' across a '__defer' statement",
           Label);
}
void noteJumpExits(location_t Defer) {
  inform(Defer, "jump exits a '__defer' statement");
}
void noteJumpEnters(location_t Defer) {
  inform(Defer, "jump enters a '__defer' statement");
}

void nestedDefer(location_t L, location_t Enclosing) {
  error_at(L, "'__defer' cannot appear inside a deferred statement");
  inform(Enclosing, "enclosing '__defer' is here");
}
void deferNotLowered(location_t L) {
  error_at(L, "'__defer' cannot be used here");
}
void deferInNestedFunction(location_t L, const char *Fn) {
  error_at(L, "'__defer' is not supported in nested function '%s'", Fn);
}

static void noteUseCallForm(location_t Defer, tree Var) {
  inform(Defer,
         "to use its value, defer a call instead: the arguments of "
         "'__defer fn(%s);' are evaluated when the '__defer' runs",
         nameOf(Var));
}
void shortLivedCapture(location_t Use, tree Var, const char *Fn,
                       location_t Defer) {
  error_at(Use,
           "deferred statement refers to '%s', which does not live until "
           "'%s' returns",
           nameOf(Var), Fn);
  inform(userLoc(DECL_SOURCE_LOCATION(Var)),
         "'%s' is declared here, in a block that ends before '%s' returns",
         nameOf(Var), Fn);
  noteUseCallForm(Defer, Var);
}
void vlaCapture(location_t Use, tree Var, location_t Defer) {
  error_at(Use,
           "deferred statement cannot refer to '%s' of variably modified "
           "type '%T'",
           nameOf(Var), TREE_TYPE(Var));
  noteUseCallForm(Defer, Var);
}
void registerCapture(location_t Use, tree Var) {
  error_at(Use, "deferred statement cannot refer to 'register' variable '%s'",
           nameOf(Var));
}
bool addrOfShortLived(location_t Use, tree Var, const char *Fn) {
  if (!warning_at(Use, 0,
                  "deferred call takes the address of '%s', which does not "
                  "live until '%s' returns",
                  nameOf(Var), Fn))
    return false;
  inform(userLoc(DECL_SOURCE_LOCATION(Var)),
         "'%s' is declared here, in a block that ends before '%s' returns",
         nameOf(Var), Fn);
  return true;
}
bool deferInLoop(location_t L, const char *Fn, tree Loop) {
  if (!warning_at(L, 0,
                  "'__defer' inside a loop: its runs pile up until '%s' "
                  "returns",
                  Fn))
    return false;
  if (Loop)
    inform(userLoc(EXPR_LOCATION(Loop)), "loop is here");
  return true;
}

void tierRemark(location_t L, const char *What, const std::string &Reason) {
  inform(L, "'__defer' %s%s%s", What, Reason.empty() ? "" : ": ",
         Reason.c_str());
}

} // namespace diag
} // namespace cdefer
