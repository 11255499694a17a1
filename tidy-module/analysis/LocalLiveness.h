//===- LocalLiveness.h - where a function's own variables are still read --===//
//
// A loop counter, the resource descriptor initialize searched for, the
// status of a step long since tested: locals whose values no path reads
// again. Kept in the path states, they keep apart paths that agree on
// everything that can still matter, and every failure path reaches the
// shared cleanup with a state of its own.
//
// This is classic live-variable analysis over the walk's own CFG, for the
// scalar locals and parameters of one function whose every use it can see:
// a variable whose address is taken, that a reference binds, that a lambda
// or block captures, or that is used any other way than read, assigned,
// incremented or decremented is not followed (and so never dead).
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ANALYSIS_LOCALLIVENESS_H
#define NDIS_TIDY_ANALYSIS_LOCALLIVENESS_H

#include "tidy-module/analysis/AbstractValue.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/DenseMap.h"
#include <vector>

namespace clang {
class CFG;
class CFGBlock;
class FunctionDecl;
class ParentMap;
} // namespace clang

namespace ndis {

class LocalLiveness {
public:
  LocalLiveness(const clang::FunctionDecl *FD, const clang::CFG &G,
                const clang::ParentMap &PM);

  /// Whether `Key` is a local this analysis follows and no path from the
  /// start of `B` reads it before writing it.
  bool deadAtEntry(const clang::CFGBlock &B, StorageKey Key) const;

  /// Whether `Key` is one of the locals followed (for tests).
  bool follows(StorageKey Key) const { return Index.count(Key); }

private:
  llvm::DenseMap<StorageKey, unsigned> Index;
  std::vector<llvm::BitVector> LiveIn; // by block id
};

} // namespace ndis

#endif
