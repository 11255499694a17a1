//===- AbstractValue.cpp - operations of the small value domain -----------===//

#include "tidy-module/analysis/AbstractValue.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"

namespace ndis {

StorageKey variableKey(const clang::VarDecl *VD) {
  return VD->hasLocalStorage() ? VD : VD->getCanonicalDecl();
}

StorageKey locationKey(const clang::Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *DRE = llvm::dyn_cast<clang::DeclRefExpr>(E))
    if (const auto *VD = llvm::dyn_cast<clang::VarDecl>(DRE->getDecl()))
      return variableKey(VD);
  if (const auto *ME = llvm::dyn_cast<clang::MemberExpr>(E))
    return llvm::dyn_cast<clang::FieldDecl>(ME->getMemberDecl());
  return nullptr;
}

Value Value::exact(int64_t V, const clang::Expr *Origin) {
  Value R = someInt();
  R.HasExact = true;
  R.Exact = V;
  R.Origin = Origin;
  return R.normalized();
}

Value Value::failureStatus(const clang::Expr *Origin) {
  Value R = someInt();
  R.NonZero = Truth::True;
  R.Negative = Truth::True;
  R.Origin = Origin;
  return R;
}

Value Value::handle(unsigned Registration) {
  Value R;
  R.K = Kind::Handle;
  R.Registration = Registration;
  return R;
}

Value Value::address(StorageKey Key) {
  Value R;
  R.K = Kind::Address;
  R.Key = Key;
  return R;
}

Value Value::foreign() {
  Value R;
  R.K = Kind::Foreign;
  return R;
}

Value Value::location(StorageKey Key) {
  Value R;
  R.K = Kind::Location;
  R.Key = Key;
  return R;
}

std::optional<int64_t> Value::exactValue() const {
  if (K == Kind::Int && HasExact)
    return Exact;
  return std::nullopt;
}

Value Value::join(const Value &A, const Value &B) {
  if (A == B)
    return A;
  if (!A.isInt() || !B.isInt())
    return unknown();
  Value R = someInt();
  R.NonZero = A.NonZero == B.NonZero ? A.NonZero : Truth::Unknown;
  R.Negative = A.Negative == B.Negative ? A.Negative : Truth::Unknown;
  R.SetBits = A.SetBits & B.SetBits;
  R.ClearBits = A.ClearBits & B.ClearBits;
  R.Origin = A.Origin;
  return R.normalized();
}

Value Value::normalized() const {
  Value R = *this;
  if (R.K != Kind::Int)
    return R;
  if (R.HasExact) {
    uint64_t Bits = static_cast<uint64_t>(R.Exact);
    bool Bad = (R.NonZero == Truth::True && R.Exact == 0) ||
               (R.NonZero == Truth::False && R.Exact != 0) ||
               (R.Negative == Truth::True && R.Exact >= 0) ||
               (R.Negative == Truth::False && R.Exact < 0) ||
               (R.SetBits & ~Bits) || (R.ClearBits & Bits);
    if (Bad) {
      Value C;
      C.Contradiction = true;
      return C;
    }
    R.NonZero = R.Exact != 0 ? Truth::True : Truth::False;
    R.Negative = R.Exact < 0 ? Truth::True : Truth::False;
    R.SetBits = Bits;
    R.ClearBits = ~Bits;
    return R;
  }
  if (R.SetBits & R.ClearBits) {
    Value C;
    C.Contradiction = true;
    return C;
  }
  if (R.ClearBits == ~uint64_t(0))
    return exact(0, R.Origin);
  if (R.SetBits)
    R.NonZero = Truth::True;
  if (R.Negative == Truth::True)
    R.NonZero = Truth::True;
  if (R.NonZero == Truth::False)
    return exact(0, R.Origin);
  return R;
}

Truth Value::truth() const {
  switch (K) {
  case Kind::Handle:
  case Kind::Address:
  case Kind::Foreign:
    return Truth::True;
  case Kind::Int:
    return NonZero;
  default:
    return Truth::Unknown;
  }
}

Truth Value::isNegative() const {
  if (K == Kind::Int)
    return Negative;
  return Truth::Unknown;
}

Truth Value::equals(const Value &A, const Value &B) {
  if (A.K == Kind::Int && B.K == Kind::Int) {
    if (A.HasExact && B.HasExact)
      return A.Exact == B.Exact ? Truth::True : Truth::False;
    const Value &Known = A.HasExact ? A : B;
    const Value &Other = A.HasExact ? B : A;
    if (!Known.HasExact)
      return Truth::Unknown;
    Value Test = Other.assumeEquals(Known.Exact, /*Equal=*/true);
    return Test.isContradiction() ? Truth::False : Truth::Unknown;
  }
  // A registered handle or an address is never NULL, and two different
  // registrations are different handles.
  auto IsNonNullThing = [](const Value &V) {
    return V.K == Kind::Handle || V.K == Kind::Address || V.K == Kind::Foreign;
  };
  if (IsNonNullThing(A) && B.K == Kind::Int && B.isZero() == Truth::True)
    return Truth::False;
  if (IsNonNullThing(B) && A.K == Kind::Int && A.isZero() == Truth::True)
    return Truth::False;
  if (A.K == Kind::Handle && B.K == Kind::Handle)
    return A.Registration == B.Registration ? Truth::True : Truth::Unknown;
  if (A.K == Kind::Address && B.K == Kind::Address && A.Key == B.Key)
    return Truth::True;
  return Truth::Unknown;
}

Truth Value::lessThan(const Value &A, const Value &B) {
  if (A.K != Kind::Int || B.K != Kind::Int)
    return Truth::Unknown;
  if (A.HasExact && B.HasExact)
    return A.Exact < B.Exact ? Truth::True : Truth::False;
  // NT_SUCCESS(s) is `s >= 0`: what we know about the sign decides it.
  if (B.HasExact && B.Exact == 0)
    return A.Negative;
  if (A.HasExact && A.Exact == 0 && B.Negative == Truth::True)
    return Truth::False;
  return Truth::Unknown;
}

/// An operand of an integer operation: Unknown is an integer with no facts.
static bool usableAsInt(const Value &V) {
  return V.kind() == Value::Kind::Int || V.kind() == Value::Kind::Unknown;
}

Value Value::bitAnd(const Value &A, const Value &B) {
  if (!usableAsInt(A) || !usableAsInt(B))
    return unknown();
  if (A.HasExact && B.HasExact)
    return exact(A.Exact & B.Exact);
  Value R = someInt();
  R.SetBits = A.SetBits & B.SetBits;
  R.ClearBits = A.ClearBits | B.ClearBits;
  return R.normalized();
}

Value Value::bitOr(const Value &A, const Value &B) {
  if (!usableAsInt(A) || !usableAsInt(B))
    return unknown();
  if (A.HasExact && B.HasExact)
    return exact(A.Exact | B.Exact);
  Value R = someInt();
  R.SetBits = A.SetBits | B.SetBits;
  R.ClearBits = A.ClearBits & B.ClearBits;
  return R.normalized();
}

Value Value::bitNot(const Value &A) {
  if (!usableAsInt(A))
    return unknown();
  if (A.HasExact)
    return exact(~A.Exact);
  Value R = someInt();
  R.SetBits = A.ClearBits;
  R.ClearBits = A.SetBits;
  return R.normalized();
}

Value Value::fromTruth(Truth T) {
  if (T == Truth::Unknown) {
    Value R = someInt();
    R.ClearBits = ~uint64_t(1);
    return R.normalized();
  }
  return exact(T == Truth::True ? 1 : 0);
}

Value Value::logicalNot(const Value &A) { return fromTruth(negate(A.truth())); }

Value Value::assumeZero(bool IsZero) const {
  if (K == Kind::Handle || K == Kind::Address || K == Kind::Foreign) {
    if (!IsZero)
      return *this;
    Value C;
    C.Contradiction = true;
    return C;
  }
  if (K != Kind::Int && K != Kind::Unknown)
    return *this;
  Value R = *this;
  R.K = Kind::Int;
  if (IsZero) {
    if (R.NonZero == Truth::True) {
      Value C;
      C.Contradiction = true;
      return C;
    }
    return exact(0, Origin);
  }
  R.NonZero = Truth::True;
  return R.normalized();
}

Value Value::assumeEquals(int64_t C, bool Equal) const {
  if (C == 0)
    return assumeZero(Equal);
  if (K == Kind::Handle || K == Kind::Address)
    return *this; // compared with a non-NULL constant: nothing to learn
  if (K != Kind::Int && K != Kind::Unknown)
    return *this;
  Value R = *this;
  R.K = Kind::Int;
  if (Equal) {
    if (R.HasExact && R.Exact != C) {
      Value X;
      X.Contradiction = true;
      return X;
    }
    R.HasExact = true;
    R.Exact = C;
    return R.normalized();
  }
  if (R.HasExact && R.Exact == C) {
    Value X;
    X.Contradiction = true;
    return X;
  }
  return R.normalized();
}

Value Value::assumeNegative(bool Neg) const {
  if (K != Kind::Int && K != Kind::Unknown)
    return *this;
  Value R = *this;
  R.K = Kind::Int;
  Truth Want = Neg ? Truth::True : Truth::False;
  if (R.Negative != Truth::Unknown && R.Negative != Want) {
    Value X;
    X.Contradiction = true;
    return X;
  }
  R.Negative = Want;
  return R.normalized();
}

Value Value::assumeBits(uint64_t Mask, bool AnySet) const {
  if (K != Kind::Int && K != Kind::Unknown)
    return *this;
  Value R = *this;
  R.K = Kind::Int;
  if (!AnySet) {
    R.ClearBits |= Mask;
    return R.normalized();
  }
  if ((Mask & ~R.ClearBits) == 0) {
    Value X;
    X.Contradiction = true;
    return X;
  }
  // Only a single-bit mask tells which bit is set.
  if ((Mask & (Mask - 1)) == 0)
    R.SetBits |= Mask;
  else
    R.NonZero = Truth::True;
  return R.normalized();
}

} // namespace ndis
