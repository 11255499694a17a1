//===- AbstractValue.h - what the walk knows about one value --------------===//
//
// A deliberately small domain. Integers (statuses, flags, BOOLEANs, NULL) keep
// an exact value when one is known, otherwise facts that conditions in drivers
// test: zero or not, sign (NT_SUCCESS), and bits known set or clear
// (MP_SET_FLAG / MP_TEST_FLAG). Arithmetic other than bit operations gives
// Unknown, which keeps the domain finite and every loop terminating.
// A handle returned by an acquire call is a Handle naming its registration;
// a handle NDIS gave the driver is Foreign.
// An lvalue evaluates to the Location it designates; `&x` to an Address.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ANALYSIS_ABSTRACTVALUE_H
#define NDIS_TIDY_ANALYSIS_ABSTRACTVALUE_H

#include "llvm/ADT/Hashing.h"
#include <cstdint>
#include <optional>

namespace clang {
class Expr;
class ValueDecl;
class VarDecl;
} // namespace clang

namespace ndis {

/// Where a value lives: a variable (local, parameter or global) or, for any
/// object, a field. Fields are keyed by declaration alone: a miniport has one
/// adapter context per handler call, so `Adapter->InterruptHandle` in
/// initialize, a helper and halt is one location.
using StorageKey = const clang::ValueDecl *;

/// A variable's location: a local by its declaration; a global by its
/// canonical one, since it may be declared several times (extern in a
/// header, the definition, a copy imported from another file).
StorageKey variableKey(const clang::VarDecl *VD);

/// The location an expression names, looking through parentheses and
/// implicit casts: a variable (variableKey()) or a field; null for anything
/// else.
StorageKey locationKey(const clang::Expr *E);

enum class Truth : uint8_t { False, True, Unknown };

/// Folds one word into a running hash. States are hashed wherever paths
/// meet; llvm::hash_combine over nine fields per value was a tenth of the
/// whole analysis.
inline uint64_t mixHash(uint64_t H, uint64_t Word) {
  H ^= Word + 0x9e3779b97f4a7c15ULL + (H << 6) + (H >> 2);
  H *= 0xff51afd7ed558ccdULL;
  return H ^ (H >> 33);
}

inline Truth negate(Truth T) {
  return T == Truth::Unknown ? T : (T == Truth::True ? Truth::False : Truth::True);
}

class Value {
public:
  enum class Kind : uint8_t { Unknown, Int, Handle, Address, Location, Foreign };

  static Value unknown() { return Value(); }
  /// An integer about which nothing is known but where it came from.
  static Value anyInt(const clang::Expr *Origin) {
    Value V = someInt();
    V.Origin = Origin;
    return V;
  }
  static Value exact(int64_t V, const clang::Expr *Origin = nullptr);
  /// A status known to be a failure (nonzero and negative).
  static Value failureStatus(const clang::Expr *Origin);
  static Value handle(unsigned Registration);
  static Value address(StorageKey Key);
  static Value location(StorageKey Key);
  /// A handle NDIS owns (the miniport adapter handle initialize receives):
  /// never NULL, and never a pointer to the driver's own data, so handing it
  /// to unknown code hands over none of the driver's handles.
  static Value foreign();

  Kind kind() const { return K; }
  bool isUnknown() const { return K == Kind::Unknown; }
  bool isInt() const { return K == Kind::Int; }
  bool isHandle() const { return K == Kind::Handle; }
  std::optional<int64_t> exactValue() const;
  unsigned registration() const { return Registration; }
  StorageKey key() const { return Key; }

  /// The expression that produced a status, for messages only; not part of
  /// equality, so it never keeps two otherwise equal paths apart.
  const clang::Expr *origin() const { return Origin; }
  Value withOrigin(const clang::Expr *O) const {
    Value V = *this;
    V.Origin = O;
    return V;
  }

  /// Truth of the value in a condition.
  Truth truth() const;
  /// Whether the value is NDIS_STATUS_SUCCESS (0): True, False or Unknown.
  Truth isZero() const { return negate(truth()); }
  /// Sign as NT_SUCCESS sees it: True when known negative.
  Truth isNegative() const;

  // Operations on integers; anything else gives Unknown.
  static Truth equals(const Value &A, const Value &B);
  static Truth lessThan(const Value &A, const Value &B);
  static Value bitAnd(const Value &A, const Value &B);
  static Value bitOr(const Value &A, const Value &B);
  static Value bitNot(const Value &A);
  static Value logicalNot(const Value &A);
  static Value fromTruth(Truth T);

  /// What two paths that meet both know of a location: the value itself
  /// when equal; for integers, the facts both share (known bits, sign,
  /// zero-ness); Unknown otherwise.
  static Value join(const Value &A, const Value &B);

  // Facts learnt on a branch edge.
  Value assumeZero(bool IsZero) const;
  Value assumeEquals(int64_t C, bool Equal) const;
  Value assumeNegative(bool Negative) const;
  Value assumeBits(uint64_t Mask, bool AnySet) const;

  friend bool operator==(const Value &A, const Value &B) {
    return A.K == B.K && A.HasExact == B.HasExact && A.Exact == B.Exact &&
           A.NonZero == B.NonZero && A.Negative == B.Negative &&
           A.SetBits == B.SetBits && A.ClearBits == B.ClearBits &&
           A.Registration == B.Registration && A.Key == B.Key;
  }
  friend bool operator!=(const Value &A, const Value &B) { return !(A == B); }
  friend llvm::hash_code hash_value(const Value &V) {
    return static_cast<size_t>(V.hashWord(0));
  }
  /// The value folded into a running hash (the fields equality compares).
  uint64_t hashWord(uint64_t H) const {
    uint64_t Small = static_cast<uint64_t>(K) |
                     static_cast<uint64_t>(HasExact) << 8 |
                     static_cast<uint64_t>(NonZero) << 16 |
                     static_cast<uint64_t>(Negative) << 24 |
                     static_cast<uint64_t>(Registration) << 32;
    H = mixHash(H, Small);
    H = mixHash(H, static_cast<uint64_t>(Exact));
    H = mixHash(H, SetBits);
    H = mixHash(H, ClearBits);
    return mixHash(H, reinterpret_cast<uintptr_t>(Key));
  }

private:
  static Value someInt() {
    Value V;
    V.K = Kind::Int;
    return V;
  }
  /// Restores the invariants after facts were added; Unknown when the facts
  /// contradict each other (the edge is then infeasible, see isContradiction).
  Value normalized() const;

  Kind K = Kind::Unknown;
  bool HasExact = false;
  bool Contradiction = false;
  int64_t Exact = 0;
  Truth NonZero = Truth::Unknown;
  Truth Negative = Truth::Unknown;
  uint64_t SetBits = 0;
  uint64_t ClearBits = 0;
  unsigned Registration = 0;
  StorageKey Key = nullptr;
  const clang::Expr *Origin = nullptr;

public:
  /// True after an assume*() that cannot hold together with what was known.
  bool isContradiction() const { return Contradiction; }
};

} // namespace ndis

#endif
