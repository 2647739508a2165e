//===- Diagnostics.cc - the GCC plugin's messages -------------------------===//
#include "Diagnostics.h"
#include "intl.h"
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

namespace {

bool isIdentChar(char C) { return ISALNUM(C) || C == '_'; }

/// A position in a source file, by line and 0-based column.
struct SourcePos {
  const char *File = nullptr;
  int Line = 0;
  long Col = -1;
  const line_map_ordinary *Map = nullptr;

  explicit operator bool() const { return File && Col >= 0; }
  location_t loc() const {
    return linemap_position_for_line_and_column(
        line_table, const_cast<line_map_ordinary *>(Map), Line, Col + 1);
  }
};

/// Where L is spelled, in a file (not a macro).
SourcePos spelledAt(location_t L) {
  SourcePos P;
  L = get_pure_location(L);
  if (L <= BUILTINS_LOCATION)
    return P;
  L = linemap_resolve_location(line_table, L, LRK_SPELLING_LOCATION, &P.Map);
  expanded_location X = expand_location(L);
  if (!P.Map || !X.file || X.column <= 0)
    return P;
  P.File = X.file;
  P.Line = X.line;
  P.Col = X.column - 1;
  return P;
}

/// Line Line of File without its comments: `//` to the end of the line and
/// `/* ... */` within it are blanked, string and character literals kept.
/// InBlock carries an unterminated `/*` to the next line (callers going
/// backward pass false: a comment spanning lines there is not seen).
std::string codeOfLine(const char *File, int Line, bool &InBlock) {
  char_span Span = location_get_source_line(File, Line);
  if (!Span)
    return std::string();
  std::string S(Span.get_buffer(), Span.length());
  char Quote = 0;
  for (size_t I = 0; I < S.size(); ++I) {
    if (InBlock) {
      if (S[I] == '*' && I + 1 < S.size() && S[I + 1] == '/') {
        S[I] = S[I + 1] = ' ';
        ++I;
        InBlock = false;
      } else {
        S[I] = ' ';
      }
      continue;
    }
    if (Quote) {
      if (S[I] == '\\')
        ++I;
      else if (S[I] == Quote)
        Quote = 0;
      continue;
    }
    if (S[I] == '"' || S[I] == '\'') {
      Quote = S[I];
    } else if (S[I] == '/' && I + 1 < S.size() && S[I + 1] == '/') {
      S.resize(I);
      break;
    } else if (S[I] == '/' && I + 1 < S.size() && S[I + 1] == '*') {
      S[I] = S[I + 1] = ' ';
      ++I;
      InBlock = true;
    }
  }
  return S;
}

/// The last non-blank character before P, outside comments, up to 16 lines
/// back: its position, and the identifier ending there (or "").
SourcePos tokenBefore(SourcePos P, std::string &Word) {
  Word.clear();
  SourcePos Out;
  // Lines of P's own map only: before it is another file, or a #line.
  int First = std::max<int>(1, ORDINARY_MAP_STARTING_LINE_NUMBER(P.Map));
  for (int Line = P.Line; Line >= First && Line > P.Line - 16; --Line) {
    bool InBlock = false;
    std::string Code = codeOfLine(P.File, Line, InBlock);
    long End = Line == P.Line ? std::min<long>(P.Col, Code.size())
                              : (long)Code.size();
    while (End > 0 && ISSPACE(Code[End - 1]))
      --End;
    if (End == 0)
      continue;
    long Begin = End;
    while (Begin > 0 && isIdentChar(Code[Begin - 1]))
      --Begin;
    Out = P;
    Out.Line = Line;
    Out.Col = Begin == End ? End - 1 : Begin;
    Word = Code.substr(Begin, End - Begin);
    return Out;
  }
  return Out;
}

} // namespace

char charAt(location_t L) {
  SourcePos P = spelledAt(L);
  if (!P)
    return 0;
  char_span Line = location_get_source_line(P.File, P.Line);
  return Line && (size_t)P.Col < Line.length() ? Line[P.Col] : 0;
}

std::string wordAt(location_t L) {
  SourcePos P = spelledAt(L);
  if (!P)
    return std::string();
  char_span Line = location_get_source_line(P.File, P.Line);
  size_t End = P.Col;
  while (Line && End < Line.length() && isIdentChar(Line[End]))
    ++End;
  return End > (size_t)P.Col
             ? std::string(Line.get_buffer() + P.Col, End - P.Col)
             : std::string();
}

location_t wordNear(location_t L, const char *Word, bool Backward) {
  location_t Caret = userLoc(L);
  SourcePos P = spelledAt(Caret);
  if (!P)
    return Caret;
  // Code only: a name in a comment after the statement is not the use.
  bool InBlock = false;
  std::string Line = codeOfLine(P.File, P.Line, InBlock);
  long N = strlen(Word), Len = Line.size();
  auto WordAt = [&](long At) {
    return At >= 0 && At + N <= Len && Line.compare(At, N, Word) == 0 &&
           (At == 0 || !isIdentChar(Line[At - 1])) &&
           (At + N == Len || !isIdentChar(Line[At + N]));
  };
  auto Found = [&](long At) {
    SourcePos W = P;
    W.Col = At;
    return W.loc();
  };
  auto SearchBack = [&]() {
    for (long At = std::min(P.Col, Len); At >= 0; --At)
      if (WordAt(At))
        return Found(At);
    return Caret;
  };
  if (Backward)
    return SearchBack();
  // The expression's own range, when it is spelled on the caret's line: a
  // use in `f(a[0])` lies between the call's first and last character.
  SourcePos Start = spelledAt(userLoc(get_start(L)));
  SourcePos Finish = spelledAt(userLoc(get_finish(L)));
  if (Start && Finish && Start.Line == P.Line && Finish.Line == P.Line &&
      Start.File == P.File && Start.Col <= Finish.Col)
    for (long At = Start.Col; At <= Finish.Col; ++At)
      if (WordAt(At))
        return Found(At);
  for (long At = P.Col; At < Len; ++At)
    if (WordAt(At))
      return Found(At);
  return SearchBack();
}

location_t keywordBefore(location_t L, const char *Word) {
  location_t User = userLoc(L);
  SourcePos P = spelledAt(User);
  if (!P)
    return User;
  std::string Prev;
  SourcePos K = tokenBefore(P, Prev);
  return K && Prev == Word ? K.loc() : User;
}

location_t deferBefore(location_t L) {
  L = get_pure_location(L);
  if (linemap_location_from_macro_expansion_p(line_table, L))
    return UNKNOWN_LOCATION;
  SourcePos P = spelledAt(L);
  if (!P)
    return UNKNOWN_LOCATION;
  std::string Prev;
  SourcePos K = tokenBefore(P, Prev);
  return K && (Prev == "__defer" || Prev == "defer") ? K.loc()
                                                     : UNKNOWN_LOCATION;
}

const char *nameOf(tree Decl) {
  return Decl && DECL_NAME(Decl) ? IDENTIFIER_POINTER(DECL_NAME(Decl)) : "?";
}

namespace diag {

static void noteDeferHere(location_t Defer) {
  inform(Defer, "%<__defer%> statement begins here");
}
void returnFromDefer(location_t L, location_t Defer) {
  error_at(L, "cannot return from a %<__defer%> statement");
  noteDeferHere(Defer);
}
void breakOutOfDefer(location_t L, location_t Defer) {
  error_at(L, "cannot break out of a %<__defer%> statement");
  noteDeferHere(Defer);
}
void continueOutOfDefer(location_t L, location_t Defer) {
  error_at(L, "cannot continue loop outside of enclosing %<__defer%> "
              "statement");
  noteDeferHere(Defer);
}
void indirectGotoInDefer(location_t L, location_t Defer) {
  error_at(L, "cannot use an indirect goto in a %<__defer%> statement");
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
           "cannot take the address of label %qs across a %<__defer%> "
           "statement",
           Label);
}
void noteJumpExits(location_t Defer) {
  inform(Defer, "jump exits a %<__defer%> statement");
}
void noteJumpEnters(location_t Defer) {
  inform(Defer, "jump enters a %<__defer%> statement");
}

void nestedDefer(location_t L, location_t Enclosing) {
  error_at(L, "%<__defer%> cannot appear inside a deferred statement");
  inform(Enclosing, "enclosing %<__defer%> is here");
}
void deferNotLowered(location_t L) {
  error_at(L, "%<__defer%> cannot be used here");
}
void deferInNestedFunction(location_t L, const char *Fn) {
  error_at(L, "%<__defer%> is not supported in nested function %qs", Fn);
}
void deferUnevaluated(location_t L) {
  error_at(L,
           "%<__defer%> in an operand that is never evaluated has no effect");
}

static void noteUseCallForm(location_t Defer, tree Var) {
  inform(Defer,
         "to use its value, defer a call instead: the arguments of "
         "%<__defer fn(%s);%> are evaluated when the %<__defer%> runs",
         nameOf(Var));
}
void shortLivedCapture(location_t Use, tree Var, const char *Fn,
                       location_t Defer) {
  error_at(Use,
           "deferred statement refers to %qs, which does not live until "
           "%qs returns",
           nameOf(Var), Fn);
  inform(userLoc(DECL_SOURCE_LOCATION(Var)),
         "%qs is declared here, in a block that ends before %qs returns",
         nameOf(Var), Fn);
  noteUseCallForm(Defer, Var);
}
void vlaCapture(location_t Use, tree Var, location_t Defer) {
  error_at(Use,
           "deferred statement cannot refer to %qs of variably modified "
           "type %qT",
           nameOf(Var), TREE_TYPE(Var));
  noteUseCallForm(Defer, Var);
}
void registerCapture(location_t Use, tree Var) {
  error_at(Use,
           "deferred statement cannot refer to %<register%> variable %qs",
           nameOf(Var));
}
bool addrOfShortLived(location_t Use, tree Var, const char *Fn) {
  if (!warning_at(Use, 0,
                  "deferred call takes the address of %qs, which does not "
                  "live until %qs returns",
                  nameOf(Var), Fn))
    return false;
  inform(userLoc(DECL_SOURCE_LOCATION(Var)),
         "%qs is declared here, in a block that ends before %qs returns",
         nameOf(Var), Fn);
  return true;
}
bool deferInLoop(location_t L, const char *Fn, tree Loop) {
  if (!warning_at(L, 0,
                  "%<__defer%> inside a loop: its runs pile up until %qs "
                  "returns",
                  Fn))
    return false;
  if (Loop) {
    location_t At = userLoc(EXPR_LOCATION(Loop));
    // GCC 12 places a `do` loop at its body and a `while` loop at its
    // condition; Clang, at the keyword.
    if (TREE_CODE(Loop) == DO_STMT)
      At = keywordBefore(At, "do");
    else if (TREE_CODE(Loop) == WHILE_STMT)
      At = wordNear(At, "while", /*Backward=*/true);
    inform(At, "loop is here");
  }
  return true;
}

bool nullPanic(location_t L) {
  // Clang's words, unquoted: the call is code, not a name.
  return warning_at(L, 0, "panicking with a null value: %s returns %s for it, "
                    "as when nothing panics", "cdefer_recover()", "NULL");
}

void tierRemark(location_t L, const char *What, const std::string &Reason) {
  inform(L, "%<__defer%> %s%s%s", What, Reason.empty() ? "" : ": ",
         Reason.c_str());
}

void panicRemark(location_t L, tree Fn, unsigned Role, location_t HazardLoc) {
  // The Clang plugin's words.
  switch (Role) {
  case 0:
    inform(L, "%qD registers for panics at entry: its deferred code may "
              "panic or recover", Fn);
    break;
  case 1:
    inform(L, "a panic runs the deferred code of %qD from its exception "
              "cleanup: nothing it defers can panic or recover, so it does "
              "not register", Fn);
    break;
  default:
    inform(L, "%qD registers for panics at entry, as "
              "%<-fplugin-arg-cdefer_gcc-panic=register%> asks", Fn);
    break;
  }
  if (HazardLoc != UNKNOWN_LOCATION)
    inform(HazardLoc, "this call may panic or recover");
}

static std::string quoted(const char *S) {
  return std::string(open_quote) + S + close_quote;
}
std::string deferOutsideFunctionText() {
  return quoted("__defer") + " is only allowed inside a function body";
}
std::string deferOfDeclarationText() {
  return "a declaration cannot be deferred; " + quoted("__defer") +
         " takes a statement such as a call or a " + quoted("{ ... }") +
         " block";
}
std::string deferWithoutStatementText() {
  return "expected a statement after " + quoted("__defer");
}

} // namespace diag
} // namespace cdefer
