//===- RelevantLocations.h - whose integer values can decide anything -----===//
//
// Most integers a miniport stores are never tested: NdisZeroMemory on the
// adapter zeroes a hundred fields, and the attributes initialize fills in
// (MtuSize, MacOptions, ...) go to NDIS and are never read back. Keeping
// their values in every path state makes each state large to copy, hash and
// compare, and keeps apart paths that differ only there.
//
// A location's integer value matters when it may reach, directly or through
// copies, assignments and parameters:
//  - a branch condition (if, loops, switch, ?:, &&, ||);
//  - a returned value;
//  - a call the walk does not follow (its arguments, conservatively);
//  - or anything whose meaning the scan does not model (an address taken,
//    a reference bound, an initializer list, a write through a pointer).
// Everything else is a write nothing reads in a way that matters. The scan
// is syntactic and covers the functions the walk may enter from its roots
// (helpers at any depth, destructors of deleted objects, definitions from
// other files), so a value is dropped only when no path could test it.
//
// Only integers are dropped this way: handles, addresses and locations
// decide what releases and writes through pointers touch. Those are dropped
// only from locations no code reads at all (an attribute NDIS is handed the
// address of a table in, a configuration object's handle field): a value
// never read back decides nothing. Handles themselves are always kept.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ANALYSIS_RELEVANTLOCATIONS_H
#define NDIS_TIDY_ANALYSIS_RELEVANTLOCATIONS_H

#include "tidy-module/analysis/AbstractValue.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include <functional>

namespace clang {
class Expr;
class FunctionDecl;
class Stmt;
} // namespace clang

namespace ndis {

class RelevantLocations {
public:
  /// How a call's callee is resolved to a body the walk would enter: the
  /// same lookup the walker uses (this file, then other files of the driver).
  using DefinitionLookup =
      std::function<const clang::FunctionDecl *(const clang::FunctionDecl *)>;

  explicit RelevantLocations(DefinitionLookup DefinitionOf)
      : DefinitionOf(std::move(DefinitionOf)) {}

  /// Scans `Root` and every function it may call, once each.
  void addRoot(const clang::FunctionDecl *Root);
  /// Marks a location as mattering whatever the code does with it (the fix
  /// planner's flag guards read flags the driver may never test).
  void addLocation(StorageKey Key);

  /// Whether an integer stored in `Key` may decide a branch or a result.
  bool matters(StorageKey Key) const { return Relevant.contains(Key); }

  /// Whether any code the walk may enter reads `Key` (not only writes it):
  /// a value of any kind stored where nothing reads it can decide nothing.
  bool isRead(StorageKey Key) const { return Read.contains(Key); }

  /// Grows whenever a location starts to matter: walks that kept fewer
  /// values than now matter must not be reused (the walker's memo).
  unsigned generation() const { return Generation; }

  /// How many functions were scanned (for tests and benchmarks).
  unsigned scannedFunctions() const { return Scanned.size(); }

private:
  /// Where an expression's value goes.
  struct Sink {
    enum class Kind : uint8_t { Nowhere, Matters, Into };
    Kind K = Kind::Nowhere;
    StorageKey Target = nullptr;
    static Sink nowhere() { return {}; }
    static Sink matters() { return {Kind::Matters, nullptr}; }
    static Sink into(StorageKey Key) { return {Kind::Into, Key}; }
  };

  void scanFunction(const clang::FunctionDecl *FD);
  void scanStatement(const clang::Stmt *S);
  void scanExpr(const clang::Expr *E, Sink Where);
  void scanCall(const clang::FunctionDecl *Callee,
                llvm::ArrayRef<const clang::Expr *> Args);
  /// The destructor of an object of type `T` (or of its elements), which
  /// C++ runs where the object's lifetime ends.
  void scanDestructorOf(clang::QualType T);
  void occurs(StorageKey Key, Sink Where);
  void mark(StorageKey Key);
  void noteRead(StorageKey Key);
  void addFlow(StorageKey From, StorageKey Into);

  DefinitionLookup DefinitionOf;
  llvm::DenseSet<StorageKey> Relevant;
  llvm::DenseSet<StorageKey> Read;
  /// Into -> the locations whose values flow into it.
  llvm::DenseMap<StorageKey, llvm::SmallVector<StorageKey, 2>> FlowsFrom;
  llvm::DenseSet<const clang::FunctionDecl *> Scanned;
  llvm::SmallVector<const clang::FunctionDecl *, 16> Pending;
  unsigned Generation = 0;
};

} // namespace ndis

#endif
