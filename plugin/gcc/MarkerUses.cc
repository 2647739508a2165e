//===- MarkerUses.cc - `__defer`s the front end folded away ---------------===//
//
// GCC's C front end folds, while it parses, the operands it never evaluates:
// sizeof, typeof and __alignof__ of a non-variably-modified operand, the
// controlling expression and the unchosen associations of _Generic,
// __builtin_constant_p's argument, __builtin_choose_expr's unchosen operand.
// A `__defer` there leaves nothing in the function's GENERIC for
// PLUGIN_PRE_GENERICIZE to find. Its tokens went through the preprocessor,
// though, and so did the marker's name among them:
//
//   * The marker's name is made a *conditional macro* (NODE_CONDITIONAL, the
//     mechanism rs6000 uses for its context-sensitive `vector` keyword):
//     libcpp then asks the macro_to_expand callback about each occurrence
//     before expanding it. The callback notes where it is and expands
//     nothing, so the token reaches the parser unchanged. Its macro has no
//     tokens and is never expanded.
//   * At PLUGIN_PRE_GENERICIZE of the function (nested functions belong to
//     the function around them), each noted occurrence whose marker call is
//     not in the GENERIC is an error at its `__defer`.
//
// Occurrences are compared by location: the marker call's location is the
// virtual location of its name token. The callback is only given the token,
// whose src_loc is its spelling (in the `__defer` macro's definition); the
// expansion it is being read from is among the newest macro maps, as the
// map holding a token spelled there, so its virtual location is found
// there. A token that came through another macro's argument has a virtual
// location of that macro too, whose spelling is the first one: both sides
// are reduced to the location in the innermost map whose own definition
// supplied the token.
//
// An operand GCC folds away because it can never run (`0 && ({ ... })`, a
// constant `?:`'s other arm) loses its `__defer` the same way and gets the
// same error; Clang keeps that one (it never runs either). After a parse
// error in the function nothing is reported: error recovery drops tokens.
//
// Preprocessed input (`.i`, -save-temps) expands no macro at all
// (prevent_expansion), so libcpp never asks; but there the marker's name is
// in the text itself and each occurrence is lexed once, where the parser
// gets it. The marker's node is then flagged as -Wc++-compat flags C++'s
// named operators (NODE_WARN_OPERATOR): the lexer reports each occurrence
// through the preprocessor's diagnostic callback, which notes it and prints
// nothing (every other diagnostic passes on). Its location is the parser's.
// A `#define` (kept by -dD) in a function body is lexed too: the
// occurrences of its line are dropped when the define callback sees it.
//
// Not covered: -ftrack-macro-expansion=0 or 1, where the parser's marker
// has its `__defer`'s location (or its macro argument's), which the
// callback cannot know. There a `__defer` in an unevaluated operand is
// still dropped without a word.
//
//===----------------------------------------------------------------------===//
#include "MarkerUses.h"
#include "DeferSite.h"
#include "Diagnostics.h"
#include "hash-set.h"
#include <set>
#include <vector>

namespace cdefer {

namespace {

struct Use {
  location_t Key; ///< see markerKey
  tree Fn;        ///< the outermost function it is in; compared, not read
};

std::vector<Use> Pending;
cpp_hashnode *MarkerNode = nullptr;
cpp_hashnode *(*PreviousHook)(cpp_reader *, const cpp_token *) = nullptr;
int ErrorsBefore = 0; ///< errorcount when the previous function was done

/// L, or the location it was spelled at while it is a macro argument's
/// token: the location in the innermost map whose own definition supplied
/// the token (or a location in a file).
location_t markerKey(location_t L) {
  L = get_pure_location(L);
  for (int Guard = 0;
       Guard != 64 && linemap_location_from_macro_expansion_p(line_table, L);
       ++Guard) {
    const line_map_macro *M =
        linemap_check_macro(linemap_lookup(line_table, L));
    unsigned I = L - MAP_START_LOCATION(M);
    if (I >= MACRO_MAP_NUM_MACRO_TOKENS(M))
      return L;
    location_t Spelled = get_pure_location(M->macro_locations[2 * I]);
    if (Spelled == get_pure_location(M->macro_locations[2 * I + 1]))
      return L;
    L = Spelled;
  }
  return L;
}

/// True if Src is on the line that defines `__defer`.
bool inDeferDefinition(location_t Src) {
  cpp_hashnode *Defer = cpp_lookup(
      parse_in, reinterpret_cast<const unsigned char *>("__defer"), 7);
  if (!cpp_user_macro_p(Defer) || !Defer->value.macro)
    return false;
  expanded_location A = expand_location(Src);
  expanded_location B = expand_location(Defer->value.macro->line);
  return A.file && B.file && A.line == B.line && strcmp(A.file, B.file) == 0;
}

/// The key of the token being read now, spelled at Src: its virtual
/// location in the newest macro map whose definition supplied a token
/// spelled there, or Src itself (the token is read from a file). False if
/// it comes from `__defer`'s definition but its map is not found.
bool keyOfToken(location_t Src, location_t &Key) {
  Src = get_pure_location(Src);
  unsigned Maps = LINEMAPS_MACRO_USED(line_table);
  for (unsigned K = 0; K != Maps && K != 256; ++K) {
    const line_map_macro *M = LINEMAPS_MACRO_MAP_AT(line_table, Maps - 1 - K);
    for (unsigned I = 0, N = MACRO_MAP_NUM_MACRO_TOKENS(M); I != N; ++I)
      if (get_pure_location(M->macro_locations[2 * I]) == Src &&
          get_pure_location(M->macro_locations[2 * I + 1]) == Src) {
        Key = MAP_START_LOCATION(M) + I;
        return true;
      }
  }
  Key = Src;
  return !inDeferDefinition(Src);
}

/// Notes an occurrence with key Key in the function being parsed, if any.
void noteUse(location_t Key) {
  tree Fn = current_function_decl;
  if (!Fn)
    return;
  while (tree Outer = decl_function_context(Fn))
    Fn = Outer;
  Pending.push_back({Key, Fn});
}

/// libcpp's question "expand this conditional macro?", for every token
/// that names one.
cpp_hashnode *markerSeen(cpp_reader *Reader, const cpp_token *Tok) {
  if (Tok->val.node.node != MarkerNode)
    return PreviousHook ? PreviousHook(Reader, Tok) : nullptr;
  location_t Key;
  if (current_function_decl && keyOfToken(Tok->src_loc, Key))
    noteUse(Key);
  return nullptr; // the name itself goes to the parser
}

// Preprocessed input: the lexer's report of each marker name it reads.
bool (*PreviousDiagnostic)(cpp_reader *, cpp_diagnostic_level,
                           cpp_warning_reason, rich_location *, const char *,
                           va_list *) = nullptr;
void (*PreviousDefine)(cpp_reader *, location_t, cpp_hashnode *) = nullptr;

/// The preprocessor's diagnostic callback. The lexer's warning about a
/// flagged name has the name as its one argument.
bool markerLexed(cpp_reader *Reader, cpp_diagnostic_level Level,
                 cpp_warning_reason Reason, rich_location *Where,
                 const char *Message, va_list *Args) {
  if (Reason == CPP_W_CXX_OPERATOR_NAMES) {
    va_list Copy;
    va_copy(Copy, *Args);
    const char *Name = va_arg(Copy, const char *);
    va_end(Copy);
    if (Name == reinterpret_cast<const char *>(NODE_NAME(MarkerNode))) {
      noteUse(get_pure_location(Where->get_loc()));
      return false;
    }
  }
  return PreviousDiagnostic(Reader, Level, Reason, Where, Message, Args);
}

/// A `#define` (from -dD): its tokens, lexed just now, are no code.
void defineSeen(cpp_reader *Reader, location_t Line, cpp_hashnode *Node) {
  while (!Pending.empty() && Pending.back().Key >= Line)
    Pending.pop_back();
  if (PreviousDefine)
    PreviousDefine(Reader, Line, Node);
}

void watchLexedMarkers() {
  MarkerNode->flags |= NODE_DIAGNOSTIC | NODE_WARN_OPERATOR;
  cpp_callbacks *Callbacks = cpp_get_callbacks(parse_in);
  PreviousDiagnostic = Callbacks->diagnostic;
  Callbacks->diagnostic = markerLexed;
  PreviousDefine = Callbacks->define;
  Callbacks->define = defineSeen;
}

tree collectMarkers(tree *Slot, int *WalkSubtrees, void *Data) {
  auto &Keys = *static_cast<std::set<location_t> *>(Data);
  tree T = *Slot;
  if (TYPE_P(T)) {
    *WalkSubtrees = 0;
    return NULL_TREE;
  }
  if (TREE_CODE(T) == DECL_EXPR) {
    tree D = DECL_EXPR_DECL(T);
    if (TREE_CODE(D) == FUNCTION_DECL && DECL_SAVED_TREE(D))
      walk_tree_without_duplicates(&DECL_SAVED_TREE(D), collectMarkers, Data);
    else if (VAR_P(D) && DECL_INITIAL(D))
      walk_tree_without_duplicates(&DECL_INITIAL(D), collectMarkers, Data);
  }
  if (isMarkerCall(T))
    Keys.insert(markerKey(EXPR_LOCATION(T)));
  return NULL_TREE;
}

} // namespace

void watchMarkerUses() {
  // Under -E nothing is parsed.
  if (flag_preprocess_only)
    return;
  MarkerNode = cpp_lookup(parse_in,
                          reinterpret_cast<const unsigned char *>(MarkerName),
                          strlen(MarkerName));
  if (cpp_macro_p(MarkerNode))
    return; // not ours to take over
  const cpp_options *CppOpts = cpp_get_options(parse_in);
  if (CppOpts->preprocessed && !CppOpts->directives_only) {
    watchLexedMarkers();
    return;
  }
  // Unless macro expansions are tracked fully (-ftrack-macro-expansion=2,
  // the default), a marker's location in the parser is its `__defer`'s, or
  // its macro argument's, which the callback cannot see: keys would not
  // match.
  if (CppOpts->track_macro_expansion != 2)
    return;
  cpp_macro *Empty = ggc_cleared_alloc<cpp_macro>();
  Empty->kind = cmk_macro;
  Empty->line = BUILTINS_LOCATION;
  Empty->syshdr = 1;
  Empty->used = 1; // no -Wunused-macros
  MarkerNode->type = NT_USER_MACRO;
  MarkerNode->value.macro = Empty;
  MarkerNode->flags |= NODE_CONDITIONAL | NODE_USED;
  cpp_callbacks *Callbacks = cpp_get_callbacks(parse_in);
  PreviousHook = Callbacks->macro_to_expand;
  Callbacks->macro_to_expand = markerSeen;
}

void checkLostDefers(tree Fn) {
  std::vector<Use> Uses;
  Uses.swap(Pending); // the rest belongs to functions never genericized
  if (errorcount != ErrorsBefore)
    return;
  std::vector<location_t> Wanted; // in source order, once each
  std::set<location_t> Seen;
  for (const Use &U : Uses)
    if (U.Fn == Fn && Seen.insert(U.Key).second)
      Wanted.push_back(U.Key);
  if (Wanted.empty())
    return;
  std::set<location_t> Found;
  walk_tree_without_duplicates(&DECL_SAVED_TREE(Fn), collectMarkers, &Found);
  for (location_t Key : Wanted)
    if (!Found.count(Key))
      diag::deferUnevaluated(userLoc(Key));
}

void doneWithFunction() { ErrorsBefore = errorcount; }

} // namespace cdefer
