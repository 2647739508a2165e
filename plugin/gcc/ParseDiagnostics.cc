//===- ParseDiagnostics.cc - say "__defer" where the parser says "for" ----===//
//
// A `__defer` where C takes no loop statement is a parse error before any
// plugin hook runs, in the words of the `for` it expands to. The Clang
// plugin rewords those errors (plugin/clang/ParseDiagnostics.cpp); this is
// the same for GCC 12, which has no diagnostic consumer to put in front of
// the output. The diagnostic context's starter and finalizer are wrapped
// instead: by the time the starter runs, GCC has formatted the message into
// the printer's chunks and counted it, and nothing is printed yet. So the
// starter can point the diagnostic elsewhere (its rich_location) and
// replace its text (the formatted chunks); a diagnostic the finalizer does
// not pass on is cleared from the printer instead of flushed, and never
// seen. The cases, as Clang words them:
//
//   * at file scope, the parser trips on the macro's `for`: `expected
//     identifier or '(' before 'for'` and, as it recovers, more errors and
//     warnings, all on tokens of that one `__defer` expansion. The first
//     error becomes `'__defer' is only allowed inside a function body` at
//     the `__defer`; the rest are dropped;
//   * in a function, what follows the `__defer` is no statement: `expected
//     expression before 'int'` (or `... statement before ')' token`) on the
//     token right after the `__defer`. It becomes `a declaration cannot be
//     deferred; ...` when that token can begin a declaration (a keyword
//     other than a statement's, or an identifier: the parser only refuses
//     one as an expression when it names a type), else `expected a
//     statement after '__defer'`, at the `__defer`. A `}` there is left as
//     GCC says it, as Clang leaves its `expected statement`;
//   * the file ends right after the `__defer`: `expected expression at end
//     of input`, on the macro's last token, becomes `expected a statement
//     after '__defer'`.
//
// As in Clang's plugin, the token before is found in the source text (the
// `__defer` or `defer` word), so a `__defer` spelled inside another macro
// keeps GCC's wording. The wrappers are removed when the passes start
// (PLUGIN_ALL_IPA_PASSES_START): their diagnostics are not the parser's.
//
//===----------------------------------------------------------------------===//
#include "ParseDiagnostics.h"
#include "Diagnostics.h"
#include <set>
#include <string>

namespace cdefer {

namespace {

diagnostic_starter_fn NextStarter = nullptr;
diagnostic_finalizer_fn NextFinalizer = nullptr;

/// The diagnostic being reported is dropped (set by the starter).
bool Dropping = false;
/// The replacement text and place of the diagnostic being reported: they
/// must live until the finalizer has printed it.
std::string Text;
rich_location *At = nullptr;
/// The `__defer` expansions (by macro map) already reported at file scope,
/// or reworded at the end of the input.
std::set<location_t> Reported;

/// The `__defer` expansion L is a token of, or null.
const line_map_macro *deferExpansion(location_t L) {
  L = get_pure_location(L);
  for (int Guard = 0;
       Guard != 64 && linemap_location_from_macro_expansion_p(line_table, L);
       ++Guard) {
    const line_map_macro *M =
        linemap_check_macro(linemap_lookup(line_table, L));
    cpp_hashnode *Macro = MACRO_MAP_MACRO(M);
    if (strcmp(reinterpret_cast<const char *>(NODE_NAME(Macro)), "__defer") ==
        0)
      return M;
    unsigned I = L - MAP_START_LOCATION(M);
    if (I >= MACRO_MAP_NUM_MACRO_TOKENS(M))
      return nullptr;
    location_t Spelled = get_pure_location(M->macro_locations[2 * I]);
    if (Spelled == get_pure_location(M->macro_locations[2 * I + 1]))
      return nullptr; // a token of this other macro's own definition
    L = Spelled;    // a token of its argument: where was that one from?
  }
  return nullptr;
}

/// The message as formatted, from the printer's chunks.
std::string formatted(pretty_printer *PP) {
  std::string S;
  if (chunk_info *Chunks = pp_buffer(PP)->cur_chunk_array)
    for (unsigned I = 0; I != PP_NL_ARGMAX * 2 && Chunks->args[I]; ++I)
      S += Chunks->args[I];
  return S;
}

bool startsWith(const std::string &S, const char *Prefix) {
  return S.compare(0, strlen(Prefix), Prefix) == 0;
}

/// True if the token at L can begin a declaration (see the file comment).
bool startsDeclaration(location_t L) {
  std::string Word = wordAt(L);
  if (Word.empty() || ISDIGIT(Word[0]))
    return false;
  static const char *const NotDeclarations[] = {
      "else", "case", "default", "while", "for", "do", "if", "switch",
      "return", "break", "continue", "goto"};
  for (const char *K : NotDeclarations)
    if (Word == K)
      return false;
  return true;
}

/// What to do with diagnostic D: false to leave it, or true with Text and
/// Where set (a rewording) or Dropping set.
bool classify(diagnostic_context *DC, diagnostic_info *D,
              location_t &Where) {
  location_t L = get_pure_location(diagnostic_location(D));
  if (L <= BUILTINS_LOCATION)
    return false;
  bool IsError = D->kind == DK_ERROR;
  const line_map_macro *Expansion = deferExpansion(L);
  if (!current_function_decl) {
    if (!Expansion)
      return false;
    // One error per `__defer` at file scope; the parser's recovery after
    // it, on the same tokens, is noise.
    if (IsError && Reported.insert(MAP_START_LOCATION(Expansion)).second) {
      Where = userLoc(L);
      Text = diag::deferOutsideFunctionText();
      return true;
    }
    Dropping = true;
    return true;
  }
  if (!IsError)
    return false;
  std::string Message = formatted(DC->printer);
  if (Message.find("at end of input") != std::string::npos) {
    // At the end of the file GCC reports at the last token, the macro's
    // `)`, or at the `__defer` it came from. Once: the parser's next
    // complaint there, about the unclosed function, is GCC's own.
    std::string Word = wordAt(userLoc(L));
    if (!Expansion && Word != "__defer" && Word != "defer")
      return false;
    if (!Reported.insert(Expansion ? MAP_START_LOCATION(Expansion) : L).second)
      return false;
    Where = userLoc(L);
    Text = diag::deferWithoutStatementText();
    return true;
  }
  if (Expansion)
    return false;
  if (!startsWith(Message, "expected expression") &&
      !startsWith(Message, "expected statement"))
    return false;
  location_t Defer = deferBefore(L);
  if (Defer == UNKNOWN_LOCATION || charAt(L) == '}')
    return false;
  Where = Defer;
  Text = startsDeclaration(L) ? diag::deferOfDeclarationText()
                              : diag::deferWithoutStatementText();
  return true;
}

void starter(diagnostic_context *DC, diagnostic_info *D) {
  Dropping = false;
  location_t Where = UNKNOWN_LOCATION;
  if (classify(DC, D, Where) && !Dropping) {
    delete At;
    At = new rich_location(line_table, Where);
    D->richloc = At;
    D->message.m_richloc = At; // what diagnostic_location reads
    chunk_info *Chunks = pp_buffer(DC->printer)->cur_chunk_array;
    Chunks->args[0] = Text.c_str();
    Chunks->args[1] = nullptr;
  }
  NextStarter(DC, D);
}

void finalizer(diagnostic_context *DC, diagnostic_info *D,
               diagnostic_t Kind) {
  if (!Dropping) {
    NextFinalizer(DC, D, Kind);
    return;
  }
  Dropping = false;
  pp_clear_output_area(DC->printer);
  pp_set_prefix(DC->printer, nullptr);
}

} // namespace

void rewordParseErrors() {
  if (flag_preprocess_only || NextStarter)
    return;
  NextStarter = diagnostic_starter(global_dc);
  NextFinalizer = diagnostic_finalizer(global_dc);
  diagnostic_starter(global_dc) = starter;
  diagnostic_finalizer(global_dc) = finalizer;
}

void stopRewording() {
  if (diagnostic_starter(global_dc) == starter)
    diagnostic_starter(global_dc) = NextStarter;
  if (diagnostic_finalizer(global_dc) == finalizer)
    diagnostic_finalizer(global_dc) = NextFinalizer;
}

} // namespace cdefer
