//===- PathState.h - the abstract state of one path -----------------------===//
//
// What the walk knows at a program point on one path: the values stored in
// locations, the values of subexpressions still waiting for their parent
// (the CFG evaluates children first), and the fate of every registration.
// States are plain values: copied when a path forks, compared and hashed so
// that equal states reaching the same block are walked once.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ANALYSIS_PATHSTATE_H
#define NDIS_TIDY_ANALYSIS_PATHSTATE_H

#include "tidy-module/analysis/AbstractValue.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include <utility>
#include <vector>

namespace clang {
class Stmt;
}

namespace ndis {

/// The fate of one registration on a path.
enum class HandleFate : uint8_t {
  Registered, ///< acquired and not yet released
  Released,   ///< released through the release call
  Escaped,    ///< handed to code we cannot see: no longer tracked
};

class PathState {
public:
  /// Heap-backed, not small vectors: a state is moved at every CFG element
  /// and copied only where paths fork, so a move must not copy the entries.
  using MemoryEntries = std::vector<std::pair<StorageKey, Value>>;

  Value load(StorageKey Key) const;
  void store(StorageKey Key, Value V);
  void forget(StorageKey Key);
  template <typename Pred> void forgetIf(Pred P) {
    llvm::erase_if(Memory, [&](const auto &Entry) { return P(Entry.first); });
    MemoryHashValid = false;
  }
  const MemoryEntries &memory() const {
    return Memory;
  }

  /// Values of evaluated subexpressions not yet used by their parent.
  const Value *pending(const clang::Stmt *S) const;
  void setPending(const clang::Stmt *S, Value V);
  void erasePending(const clang::Stmt *S);
  template <typename Pred> void erasePendingIf(Pred P) {
    llvm::erase_if(Pending, [&](const auto &Entry) { return P(Entry.first); });
  }
  void clearPending() { Pending.clear(); }
  void copyPendingFrom(const PathState &Other) { Pending = Other.Pending; }

  /// Registration ids index the analysis' table of registration sites.
  HandleFate fate(unsigned Registration) const;
  bool hasRegistration(unsigned Registration) const;
  void setFate(unsigned Registration, HandleFate F);
  const std::vector<std::pair<unsigned, HandleFate>> &registrations() const {
    return Fates;
  }
  bool anyRegistered() const;

  /// The first goto or loop break the handler took while a registration was
  /// live: where a failure path visibly starts. Only whether there is one
  /// takes part in equality: paths that differ in nothing but where they
  /// started failing are walked once, and the walker's witness graph
  /// (Lineage) remembers every start that flowed into the path.
  const clang::Stmt *LeakStart = nullptr;
  /// This path's node in the walker's witness graph (PathWalker::leakStarts);
  /// not part of equality.
  unsigned Lineage = 0;
  /// The return statement that ended the path, when there is one.
  const clang::Stmt *Exit = nullptr;
  /// The returned value.
  Value Returned;
  /// A release planned by the fix planner ran on this path.
  bool PlannedReleaseRan = false;
  /// Something an ISR may touch was freed while a registration was live.
  bool FreedWhileRegistered = false;

  friend bool operator==(const PathState &A, const PathState &B) {
    return (A.LeakStart != nullptr) == (B.LeakStart != nullptr) &&
           A.Exit == B.Exit &&
           A.PlannedReleaseRan == B.PlannedReleaseRan &&
           A.FreedWhileRegistered == B.FreedWhileRegistered &&
           A.Returned == B.Returned && A.Memory == B.Memory &&
           A.Pending == B.Pending && A.Fates == B.Fates;
  }
  friend bool operator!=(const PathState &A, const PathState &B) {
    return !(A == B);
  }
  llvm::hash_code hash() const;

  /// Whether two states leave a call with the same outcome: the same fates,
  /// returned and pending values and flags; only memory may differ.
  bool sameOutcome(const PathState &Other) const;
  /// Keeps what both states know of each location (Value::join): a flag
  /// word set to different bits keeps the bits both paths agree on.
  void joinMemory(const PathState &Other);

private:
  MemoryEntries Memory; // sorted by key
  /// Memory's part of hash(), kept until Memory changes: states are hashed
  /// at every meeting point, and most of a state is its memory.
  mutable uint64_t MemoryHash = 0;
  mutable bool MemoryHashValid = false;
  std::vector<std::pair<const clang::Stmt *, Value>> Pending;
  std::vector<std::pair<unsigned, HandleFate>> Fates; // sorted
};

} // namespace ndis

#endif
