//===- IntegerConstants.cpp - the constants drivers write, folded cheaply -===//

#include "tidy-module/analysis/IntegerConstants.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/RecordLayout.h"

using namespace clang;
using llvm::APSInt;

namespace ndis {
namespace {

/// Expressions nested deeper than this are left to Clang.
constexpr unsigned MaxDepth = 64;

class Folder {
public:
  explicit Folder(const ASTContext &Ctx) : Ctx(Ctx) {}

  std::optional<APSInt> fold(const Expr *E, unsigned Depth) {
    if (!E || Depth > MaxDepth)
      return std::nullopt;
    E = E->IgnoreParens();
    QualType T = E->getType();
    if (T.isNull() || T->isBooleanType() || !T->isIntegralOrEnumerationType())
      return std::nullopt;
    unsigned Width = Ctx.getIntWidth(T);
    if (Width == 0 || Width > 64)
      return std::nullopt;
    bool Unsigned = !T->isSignedIntegerOrEnumerationType();
    std::optional<APSInt> R = foldNode(E, Width, Unsigned, Depth);
    // Every result has its expression's width and signedness.
    if (R && (R->getBitWidth() != Width || R->isUnsigned() != Unsigned))
      return std::nullopt;
    return R;
  }

private:
  /// A value of the expression's type, as Clang's evaluator makes one from
  /// an unsigned quantity (truncated to the width).
  static APSInt make(uint64_t V, unsigned Width, bool Unsigned) {
    APSInt R(Width, Unsigned);
    R = V;
    return R;
  }

  std::optional<APSInt> foldNode(const Expr *E, unsigned Width, bool Unsigned,
                                 unsigned Depth) {
    if (const auto *IL = dyn_cast<IntegerLiteral>(E))
      return APSInt(IL->getValue(), Unsigned);
    if (const auto *CL = dyn_cast<CharacterLiteral>(E))
      return make(CL->getValue(), Width, Unsigned);
    if (const auto *CE = dyn_cast<ConstantExpr>(E))
      return fold(CE->getSubExpr(), Depth + 1);
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      return enumerator(DRE, Width, Unsigned);
    if (const auto *U = dyn_cast<UnaryExprOrTypeTraitExpr>(E))
      return sizeOf(U, Width, Unsigned);
    if (const auto *O = dyn_cast<OffsetOfExpr>(E))
      return offsetOf(O, Width, Unsigned);
    if (const auto *Cast = dyn_cast<CastExpr>(E))
      return cast(Cast, Width, Unsigned, Depth);
    if (const auto *U = dyn_cast<UnaryOperator>(E))
      return unary(U, Width, Unsigned, Depth);
    if (const auto *B = dyn_cast<BinaryOperator>(E))
      return binary(B, Width, Unsigned, Depth);
    return std::nullopt;
  }

  /// An enumerator, converted to the type of the expression naming it (in
  /// C that is int, whatever the enumeration's own type).
  std::optional<APSInt> enumerator(const DeclRefExpr *DRE, unsigned Width,
                                   bool Unsigned) {
    const auto *ECD = dyn_cast<EnumConstantDecl>(DRE->getDecl());
    if (!ECD || ECD->isInvalidDecl())
      return std::nullopt;
    APSInt V = ECD->getInitVal();
    if (V.isUnsigned() != Unsigned)
      V.setIsUnsigned(Unsigned);
    if (V.getBitWidth() != Width)
      V = V.extOrTrunc(Width);
    return V;
  }

  /// `sizeof` of an object type of constant size (not of a variable-length
  /// array, a reference, void or a function, which Clang treats apart).
  std::optional<APSInt> sizeOf(const UnaryExprOrTypeTraitExpr *U,
                               unsigned Width, bool Unsigned) {
    if (U->getKind() != UETT_SizeOf)
      return std::nullopt;
    QualType A = U->getTypeOfArgument();
    if (A.isNull() || A->isDependentType() || A->isReferenceType() ||
        !A->isObjectType() || A->isIncompleteType() || A->isSizelessType() ||
        !A->isConstantSizeType())
      return std::nullopt;
    return make(Ctx.getTypeSizeInChars(A).getQuantity(), Width, Unsigned);
  }

  /// `offsetof(T, a.b)`: field offsets from the record layouts. Array
  /// elements and base classes are left to Clang.
  std::optional<APSInt> offsetOf(const OffsetOfExpr *O, unsigned Width,
                                 bool Unsigned) {
    QualType Current = O->getTypeSourceInfo()->getType();
    uint64_t Offset = 0;
    for (unsigned I = 0; I < O->getNumComponents(); ++I) {
      const OffsetOfNode &Node = O->getComponent(I);
      if (Node.getKind() != OffsetOfNode::Field)
        return std::nullopt;
      const auto *RT = Current->getAs<RecordType>();
      if (!RT)
        return std::nullopt;
      const RecordDecl *RD = RT->getDecl()->getDefinition();
      const FieldDecl *F = Node.getField();
      if (!RD || RD->isInvalidDecl() || !F || F->getParent() != RD ||
          F->isBitField())
        return std::nullopt;
      const ASTRecordLayout &Layout = Ctx.getASTRecordLayout(RD);
      Offset += Ctx.toCharUnitsFromBits(Layout.getFieldOffset(F->getFieldIndex()))
                    .getQuantity();
      Current = F->getType().getNonReferenceType();
    }
    return make(Offset, Width, Unsigned);
  }

  /// Conversions between integer types: extended by the source's
  /// signedness, truncated, then read with the destination's.
  std::optional<APSInt> cast(const CastExpr *C, unsigned Width, bool Unsigned,
                             unsigned Depth) {
    if (C->getCastKind() != CK_IntegralCast && C->getCastKind() != CK_NoOp)
      return std::nullopt;
    std::optional<APSInt> V = fold(C->getSubExpr(), Depth + 1);
    if (!V)
      return std::nullopt;
    APSInt R = V->extOrTrunc(Width);
    R.setIsUnsigned(Unsigned);
    return R;
  }

  std::optional<APSInt> unary(const UnaryOperator *U, unsigned Width,
                              bool Unsigned, unsigned Depth) {
    std::optional<APSInt> V = fold(U->getSubExpr(), Depth + 1);
    if (!V)
      return std::nullopt;
    switch (U->getOpcode()) {
    case UO_Plus:
      return V;
    case UO_Minus:
      if (!Unsigned && V->isMinSignedValue())
        return std::nullopt; // overflows
      return APSInt(-*V, Unsigned);
    case UO_Not:
      return APSInt(~*V, Unsigned);
    case UO_LNot:
      return make(V->isZero() ? 1 : 0, Width, Unsigned);
    default:
      return std::nullopt;
    }
  }

  std::optional<APSInt> binary(const BinaryOperator *B, unsigned Width,
                               bool Unsigned, unsigned Depth) {
    BinaryOperatorKind Op = B->getOpcode();
    if (Op == BO_Comma || B->isAssignmentOp() || Op == BO_PtrMemD ||
        Op == BO_PtrMemI || Op == BO_Cmp)
      return std::nullopt;
    std::optional<APSInt> L = fold(B->getLHS(), Depth + 1);
    if (!L)
      return std::nullopt;
    std::optional<APSInt> R = fold(B->getRHS(), Depth + 1);
    if (!R)
      return std::nullopt;
    if (B->isLogicalOp()) {
      bool Truth = Op == BO_LAnd ? (!L->isZero() && !R->isZero())
                                 : (!L->isZero() || !R->isZero());
      return make(Truth ? 1 : 0, Width, Unsigned);
    }
    if (B->isShiftOp())
      return shift(Op, *L, *R, Width, Unsigned);
    // The other operands were converted to one type already.
    if (L->getBitWidth() != R->getBitWidth() ||
        L->isUnsigned() != R->isUnsigned())
      return std::nullopt;
    if (B->isComparisonOp()) {
      bool Truth = false;
      switch (Op) {
      case BO_LT: Truth = *L < *R; break;
      case BO_GT: Truth = *L > *R; break;
      case BO_LE: Truth = *L <= *R; break;
      case BO_GE: Truth = *L >= *R; break;
      case BO_EQ: Truth = *L == *R; break;
      case BO_NE: Truth = *L != *R; break;
      default: return std::nullopt;
      }
      return make(Truth ? 1 : 0, Width, Unsigned);
    }
    if (L->getBitWidth() != Width || L->isUnsigned() != Unsigned)
      return std::nullopt;
    bool Overflow = false;
    llvm::APInt V;
    switch (Op) {
    case BO_Add:
      V = Unsigned ? *L + *R : L->sadd_ov(*R, Overflow);
      break;
    case BO_Sub:
      V = Unsigned ? *L - *R : L->ssub_ov(*R, Overflow);
      break;
    case BO_Mul:
      V = Unsigned ? *L * *R : L->smul_ov(*R, Overflow);
      break;
    case BO_Div:
    case BO_Rem:
      if (R->isZero() || (!Unsigned && L->isMinSignedValue() && R->isAllOnes()))
        return std::nullopt;
      if (Op == BO_Div)
        V = Unsigned ? L->udiv(*R) : L->sdiv(*R);
      else
        V = Unsigned ? L->urem(*R) : L->srem(*R);
      break;
    case BO_And:
      V = *L & *R;
      break;
    case BO_Or:
      V = *L | *R;
      break;
    case BO_Xor:
      V = *L ^ *R;
      break;
    default:
      return std::nullopt;
    }
    if (Overflow)
      return std::nullopt;
    return APSInt(V, Unsigned);
  }

  /// The left operand has the result's type; the amount its own. Negative
  /// amounts, amounts past the width and signed shifts out of range are
  /// left to Clang.
  static std::optional<APSInt> shift(BinaryOperatorKind Op, const APSInt &L,
                                     const APSInt &R, unsigned Width,
                                     bool Unsigned) {
    if (L.getBitWidth() != Width || L.isUnsigned() != Unsigned)
      return std::nullopt;
    if (R.isSigned() && R.isNegative())
      return std::nullopt;
    if (R.getActiveBits() > 32 || R.getZExtValue() >= Width)
      return std::nullopt;
    unsigned Amount = static_cast<unsigned>(R.getZExtValue());
    if (Op == BO_Shr)
      return APSInt(Unsigned ? L.lshr(Amount) : L.ashr(Amount), Unsigned);
    llvm::APInt V = L.shl(Amount);
    if (!Unsigned && (L.isNegative() || V.isNegative() || V.ashr(Amount) != L))
      return std::nullopt;
    return APSInt(V, Unsigned);
  }

  const ASTContext &Ctx;
};

} // namespace

std::optional<APSInt> foldIntegerConstant(const Expr *E,
                                          const ASTContext &Ctx) {
  if (!E || E->isValueDependent() || E->isTypeDependent())
    return std::nullopt;
  return Folder(Ctx).fold(E, 0);
}

std::optional<APSInt> integerConstant(const Expr *E, const ASTContext &Ctx) {
  if (!E || E->isValueDependent())
    return std::nullopt;
  if (std::optional<APSInt> V = foldIntegerConstant(E, Ctx))
    return V;
  Expr::EvalResult R;
  if (!E->EvaluateAsInt(R, Ctx))
    return std::nullopt;
  return R.Val.getInt();
}

} // namespace ndis
