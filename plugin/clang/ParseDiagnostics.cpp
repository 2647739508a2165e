//===- ParseDiagnostics.cpp - say "__defer" where the parser says "for" ---===//
#include "ParseDiagnostics.h"
#include "clang/Basic/DiagnosticParse.h"
#include "clang/Basic/DiagnosticSema.h"
#include "clang/Basic/IdentifierTable.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace cdefer {

namespace {

class Filter : public DiagnosticConsumer {
public:
  Filter(DiagnosticConsumer *Next, std::unique_ptr<DiagnosticConsumer> Owned,
         const Diags &D, const LangOptions &LO)
      : Next(Next), Owned(std::move(Owned)),
        OutsideFunction(D.DeferOutsideFunction),
        OfDeclaration(D.DeferOfDeclaration),
        WithoutStatement(D.DeferWithoutStatement), LO(LO) {}

  void BeginSourceFile(const LangOptions &L, const Preprocessor *PP) override {
    Next->BeginSourceFile(L, PP);
    sync();
  }
  void EndSourceFile() override {
    Next->EndSourceFile();
    sync();
  }
  void finish() override {
    Next->finish();
    sync();
  }
  void clear() override {
    Next->clear();
    sync();
  }
  bool IncludeInDiagnosticCounts() const override {
    return Next->IncludeInDiagnosticCounts();
  }

  void HandleDiagnostic(DiagnosticsEngine::Level Level,
                        const Diagnostic &Info) override {
    forward(Level, Info);
    sync();
  }

private:
  /// The counts the driver reads are the next consumer's: -verify's
  /// consumer, for one, stops counting diagnostics it expected.
  void sync() {
    NumErrors = Next->getNumErrors();
    NumWarnings = Next->getNumWarnings();
  }

  void forward(DiagnosticsEngine::Level Level, const Diagnostic &Info) {
    if (Info.hasSourceManager()) {
      SourceLocation At;
      // `__defer;` defers nothing, on purpose: no "empty body" warning
      // about the loop the user never wrote.
      if (Info.getID() == diag::warn_empty_for_body &&
          previousIdentifier(Info.getSourceManager(), Info.getLocation())
              .isValid())
        return;
      unsigned ID = reword(Info, At);
      if (ID) {
        DiagnosticStorage Empty;
        StringRef Msg = Info.getDiags()->getDiagnosticIDs()->getDescription(ID);
        Next->HandleDiagnostic(
            Level, Diagnostic(Info.getDiags(), At, Info.getID(), Empty, Msg));
        return;
      }
    }
    Next->HandleDiagnostic(Level, Info);
  }

  /// The replacement for Info, or 0 to pass it through.
  unsigned reword(const Diagnostic &Info, SourceLocation &At) {
    const SourceManager &SM = Info.getSourceManager();
    SourceLocation L = Info.getLocation();
    if (L.isInvalid())
      return 0;
    // `__defer f();` at file scope: the parser trips on the macro's `for`.
    if (Info.getID() == diag::err_expected_either && L.isMacroID() &&
        Lexer::getImmediateMacroName(L, SM, LO) == "__defer") {
      At = SM.getExpansionLoc(L);
      return OutsideFunction;
    }
    // `__defer int x;`: a declaration where the loop body must be a
    // statement. The token before the declaration is the `__defer`. Any
    // other token there (`)`, `else`, the end of the file) is no statement.
    if (Info.getID() == diag::err_expected_expression && L.isFileID()) {
      SourceLocation Prev = previousIdentifier(SM, L);
      if (Prev.isValid()) {
        At = Prev;
        return startsDeclaration(SM, L) ? OfDeclaration : WithoutStatement;
      }
    }
    return 0;
  }

  /// True if the token at L can begin a declaration: a keyword that can
  /// (int, struct, static, ...) or an identifier, which the parser only
  /// refuses as an expression when it names a type.
  bool startsDeclaration(const SourceManager &SM, SourceLocation L) {
    Token Tok;
    if (Lexer::getRawToken(L, Tok, SM, LO, /*IgnoreWhiteSpace=*/true))
      return false;
    if (Tok.is(tok::raw_identifier)) {
      StringRef Word = Tok.getRawIdentifier();
      static const char *const NotDeclarations[] = {
          "else", "case", "default", "while", "for", "do", "if", "switch",
          "return", "break", "continue", "goto"};
      for (const char *K : NotDeclarations)
        if (Word == K)
          return false;
      return true;
    }
    return false;
  }

  /// The location of the identifier `__defer` (or `defer`, the short name
  /// <cdefer.h> offers) right before L, if that is what precedes it.
  SourceLocation previousIdentifier(const SourceManager &SM, SourceLocation L) {
    bool Invalid = false;
    std::pair<FileID, unsigned> Pos = SM.getDecomposedLoc(L);
    StringRef Buf = SM.getBufferData(Pos.first, &Invalid);
    if (Invalid || Pos.second > Buf.size())
      return SourceLocation();
    size_t End = Pos.second;
    while (End > 0 && llvm::isSpace(Buf[End - 1]))
      --End;
    size_t Begin = End;
    while (Begin > 0 &&
           (llvm::isAlnum(Buf[Begin - 1]) || Buf[Begin - 1] == '_'))
      --Begin;
    StringRef Word = Buf.slice(Begin, End);
    if (Word != "__defer" && Word != "defer")
      return SourceLocation();
    return L.getLocWithOffset(-static_cast<int>(Pos.second - Begin));
  }

  DiagnosticConsumer *Next;
  std::unique_ptr<DiagnosticConsumer> Owned;
  unsigned OutsideFunction; ///< Diags::DeferOutsideFunction
  unsigned OfDeclaration;   ///< Diags::DeferOfDeclaration
  unsigned WithoutStatement; ///< Diags::DeferWithoutStatement
  const LangOptions &LO;
};

} // namespace

void installParseDiagnosticFilter(CompilerInstance &CI, const Diags &D) {
  DiagnosticsEngine &DE = CI.getDiagnostics();
  DiagnosticConsumer *Next = DE.getClient();
  if (!Next)
    return;
  std::unique_ptr<DiagnosticConsumer> Owned = DE.takeClient();
  DE.setClient(new Filter(Next, std::move(Owned), D, CI.getLangOpts()),
               /*ShouldOwnClient=*/true);
}

} // namespace cdefer
