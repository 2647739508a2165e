//===- AstBuilder.h - small factory for the nodes the lowering makes -*- C++ -*-===//
//
// The lowering builds C AST nodes after Sema has finished the function, so
// it makes them directly, with the exact types and value kinds Sema would
// have given them. Calls and assignments go through Sema, which inserts the
// implicit conversions.
//
//===----------------------------------------------------------------------===//
#ifndef CDEFER_ASTBUILDER_H
#define CDEFER_ASTBUILDER_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "clang/Sema/Sema.h"

namespace cdefer {

class AstBuilder {
public:
  AstBuilder(clang::Sema &S) : S(S), Ctx(S.getASTContext()) {}

  clang::Sema &sema() { return S; }
  clang::ASTContext &context() { return Ctx; }

  clang::IdentifierInfo *ident(llvm::StringRef Name) {
    return &Ctx.Idents.get(Name);
  }

  /// A reference to a variable (an lvalue) or a function.
  clang::DeclRefExpr *ref(clang::ValueDecl *D, clang::SourceLocation L);
  /// The value of an lvalue expression.
  clang::Expr *load(clang::Expr *LValue);
  clang::Expr *addrOf(clang::Expr *LValue, clang::SourceLocation L);
  /// `*P`, an lvalue of the pointee type.
  clang::Expr *deref(clang::Expr *P, clang::SourceLocation L);
  /// `Base.F` or, with Arrow, `Base->F` (Base then a pointer value).
  clang::Expr *member(clang::Expr *Base, clang::FieldDecl *F, bool Arrow);
  clang::Expr *paren(clang::Expr *E);
  clang::Expr *sizeLiteral(uint64_t V, clang::SourceLocation L);
  clang::Expr *stringLiteral(llvm::StringRef Text, clang::SourceLocation L);
  /// `LHS = RHS` through Sema; null on error.
  clang::Expr *assign(clang::Expr *LHS, clang::Expr *RHS, clang::SourceLocation L);
  /// `Fn(Args...)` through Sema; null on error.
  clang::Expr *call(clang::FunctionDecl *Fn, llvm::ArrayRef<clang::Expr *> Args,
                    clang::SourceLocation L);

  clang::CompoundStmt *compound(llvm::ArrayRef<clang::Stmt *> Stmts,
                                clang::SourceLocation L,
                                clang::SourceLocation R);
  clang::DeclStmt *declStmt(clang::Decl *D, clang::SourceLocation L);

  /// A local variable of DC (not yet in any statement).
  clang::VarDecl *local(clang::DeclContext *DC, llvm::StringRef Name,
                        clang::QualType T, clang::SourceLocation L);

  /// A complete `struct Name { Fields }` at translation-unit scope.
  clang::RecordDecl *
  record(llvm::StringRef Name,
         llvm::ArrayRef<std::pair<std::string, clang::QualType>> Fields,
         clang::SourceLocation L);
  clang::QualType recordType(clang::RecordDecl *RD);
  clang::FieldDecl *field(clang::RecordDecl *RD, unsigned I);

private:
  clang::Sema &S;
  clang::ASTContext &Ctx;
};

/// The translation-unit-scope declaration of kind T named Name (the ABI's
/// declarations, from the injected cdefer_abi.h), or null.
template <typename T> T *lookupTU(clang::ASTContext &Ctx, llvm::StringRef Name) {
  for (clang::NamedDecl *ND : Ctx.getTranslationUnitDecl()->lookup(
           clang::DeclarationName(&Ctx.Idents.get(Name))))
    if (auto *D = llvm::dyn_cast<T>(ND))
      return D;
  return nullptr;
}

/// RD's field named Name, or null.
clang::FieldDecl *fieldNamed(clang::RecordDecl *RD, llvm::StringRef Name);

} // namespace cdefer

#endif
