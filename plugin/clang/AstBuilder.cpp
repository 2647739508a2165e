//===- AstBuilder.cpp - small factory for the nodes the lowering makes ----===//
#include "AstBuilder.h"

using namespace clang;

namespace cdefer {

DeclRefExpr *AstBuilder::ref(ValueDecl *D, SourceLocation L) {
  // C: variables are lvalues; function designators are not (C11 6.3.2.1).
  ExprValueKind VK = isa<FunctionDecl>(D) ? VK_PRValue : VK_LValue;
  return DeclRefExpr::Create(Ctx, NestedNameSpecifierLoc(), SourceLocation(),
                             D, /*RefersToEnclosingVariableOrCapture=*/false,
                             L, D->getType(), VK);
}

Expr *AstBuilder::load(Expr *LValue) {
  QualType T = LValue->getType();
  if (T->isArrayType() || T->isFunctionType())
    return S.DefaultFunctionArrayConversion(LValue).get();
  return ImplicitCastExpr::Create(Ctx, T.getUnqualifiedType(),
                                  CK_LValueToRValue, LValue, nullptr,
                                  VK_PRValue, FPOptionsOverride());
}

Expr *AstBuilder::addrOf(Expr *LValue, SourceLocation L) {
  return UnaryOperator::Create(Ctx, LValue, UO_AddrOf,
                               Ctx.getPointerType(LValue->getType()),
                               VK_PRValue, OK_Ordinary, L,
                               /*CanOverflow=*/false, FPOptionsOverride());
}

Expr *AstBuilder::deref(Expr *P, SourceLocation L) {
  QualType Pointee = P->getType()->getPointeeType();
  return UnaryOperator::Create(Ctx, P, UO_Deref, Pointee, VK_LValue,
                               OK_Ordinary, L, /*CanOverflow=*/false,
                               FPOptionsOverride());
}

Expr *AstBuilder::member(Expr *Base, FieldDecl *F, bool Arrow) {
  return MemberExpr::CreateImplicit(Ctx, Base, Arrow, F, F->getType(),
                                    VK_LValue, OK_Ordinary);
}

Expr *AstBuilder::paren(Expr *E) {
  return new (Ctx) ParenExpr(E->getBeginLoc(), E->getEndLoc(), E);
}

Expr *AstBuilder::sizeLiteral(uint64_t V, SourceLocation L) {
  QualType T = Ctx.getSizeType();
  return IntegerLiteral::Create(Ctx, llvm::APInt(Ctx.getTypeSize(T), V), T, L);
}

Expr *AstBuilder::stringLiteral(StringRef Text, SourceLocation L) {
  QualType T = Ctx.getStringLiteralArrayType(Ctx.CharTy, Text.size());
  return StringLiteral::Create(Ctx, Text, StringLiteralKind::Ordinary,
                               /*Pascal=*/false, T, L);
}

Expr *AstBuilder::assign(Expr *LHS, Expr *RHS, SourceLocation L) {
  // Filling a snapshot field with a value of its own type is a plain copy,
  // even of a struct with const members, which C would not let a user
  // assign; Sema would reject it, so build it directly.
  if (Ctx.hasSameUnqualifiedType(LHS->getType(), RHS->getType()) &&
      RHS->isPRValue())
    return BinaryOperator::Create(Ctx, LHS, RHS, BO_Assign,
                                  LHS->getType().getUnqualifiedType(),
                                  VK_PRValue, OK_Ordinary, L,
                                  FPOptionsOverride());
  ExprResult R = S.BuildBinOp(/*Scope=*/nullptr, L, BO_Assign, LHS, RHS);
  return R.isInvalid() ? nullptr : R.get();
}

Expr *AstBuilder::call(FunctionDecl *Fn, ArrayRef<Expr *> Args,
                       SourceLocation L) {
  SmallVector<Expr *, 8> A(Args.begin(), Args.end());
  ExprResult R = S.BuildCallExpr(/*Scope=*/nullptr, ref(Fn, L), L, A, L);
  return R.isInvalid() ? nullptr : R.get();
}

CompoundStmt *AstBuilder::compound(ArrayRef<Stmt *> Stmts, SourceLocation L,
                                   SourceLocation R) {
  return CompoundStmt::Create(Ctx, Stmts, FPOptionsOverride(), L, R);
}

DeclStmt *AstBuilder::declStmt(Decl *D, SourceLocation L) {
  return new (Ctx) DeclStmt(DeclGroupRef(D), L, L);
}

VarDecl *AstBuilder::local(DeclContext *DC, StringRef Name, QualType T,
                           SourceLocation L) {
  return VarDecl::Create(Ctx, DC, L, L, ident(Name), T,
                         Ctx.getTrivialTypeSourceInfo(T, L), SC_None);
}

RecordDecl *
AstBuilder::record(StringRef Name,
                   ArrayRef<std::pair<std::string, QualType>> Fields,
                   SourceLocation L) {
  TranslationUnitDecl *TU = Ctx.getTranslationUnitDecl();
  RecordDecl *RD =
      RecordDecl::Create(Ctx, TagTypeKind::Struct, TU, L, L, ident(Name));
  RD->setImplicit();
  RD->startDefinition();
  for (const auto &[FName, FType] : Fields) {
    FieldDecl *F = FieldDecl::Create(Ctx, RD, L, L, ident(FName), FType,
                                     Ctx.getTrivialTypeSourceInfo(FType, L),
                                     /*BW=*/nullptr, /*Mutable=*/false,
                                     ICIS_NoInit);
    F->setAccess(AS_public);
    RD->addDecl(F);
  }
  RD->completeDefinition();
  TU->addDecl(RD);
  return RD;
}

QualType AstBuilder::recordType(RecordDecl *RD) {
  return Ctx.getCanonicalTagType(RD);
}

FieldDecl *fieldNamed(RecordDecl *RD, StringRef Name) {
  for (FieldDecl *F : RD->fields())
    if (F->getName() == Name)
      return F;
  return nullptr;
}

FieldDecl *AstBuilder::field(RecordDecl *RD, unsigned I) {
  auto It = RD->field_begin();
  std::advance(It, I);
  return *It;
}

} // namespace cdefer
