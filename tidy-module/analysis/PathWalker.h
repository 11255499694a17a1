//===- PathWalker.h - path-sensitive walk of a handler and its helpers ----===//
//
// Walks a function's CFG (built with every subexpression as an element, so
// children are evaluated before parents and `?:`, `&&`, `||` appear as
// branches) with a set of PathStates. A state forks where the outcome is not
// known: at an acquire call (succeeded / failed) and at a condition on an
// unknown value, each side learning what the condition says. Equal states
// reaching the same block are walked once, so the cost grows with the number
// of distinct states, not of paths.
//
// Calls into functions with a body are walked in the caller's state
// (helpers at any depth, C++ members, destructors of deleted objects). Limits,
// stated plainly:
//  - A call into code without a body that receives a handle, its address, or
//    a pointer to an object that (transitively) holds it marks the handle as
//    Escaped: possibly released, never reported. Globals do not escape.
//  - Fields are keyed by declaration, not by object: two objects of one type
//    share their fields' values.
//  - Arithmetic yields Unknown; only constants, copies, comparisons and bit
//    operations are tracked.
//  - Recursion, virtual calls and bodies containing errors are treated as
//    calls without a body; so is inlining deeper than MaxInlineDepth.
//  - When the number of block visits exceeds the budget the walk gives up
//    and says so; nothing is reported from a walk that gave up.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ANALYSIS_PATHWALKER_H
#define NDIS_TIDY_ANALYSIS_PATHWALKER_H

#include "tidy-module/analysis/PathState.h"
#include "tidy-module/analysis/ResourcePair.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class CallExpr;
class Expr;
class FunctionDecl;
class ParentMap;
class Stmt;
} // namespace clang

namespace ndis {

/// Where a handle was acquired, seen from the handler.
struct RegistrationSite {
  const ResourcePair *Pair = nullptr;
  const clang::CallExpr *AcquireCall = nullptr;
  /// The call in the handler's own body that led to the acquisition: the
  /// acquire call itself, or the call of the helper that performs it.
  const clang::Expr *HandlerCall = nullptr;
  /// Where the handle was stored; null when the out-argument is not a
  /// location the walk can name.
  StorageKey HandleKey = nullptr;
  /// The handle argument as written at the acquire call.
  const clang::Expr *HandleArg = nullptr;
};

class ExternalDefinitions;

struct WalkLimits {
  unsigned MaxBlockVisits = 250000;
  unsigned MaxInlineDepth = 12;
};

/// What a planned release is conditioned on.
struct ReleaseGuard {
  enum class Kind : uint8_t {
    None,          ///< always runs
    HandleNotNull, ///< runs when the handle's location is not NULL, and
                   ///< sets it back to NULL afterwards
    Flag,          ///< runs when a flag the driver keeps is set
  };
  Kind K = Kind::None;
  StorageKey FlagKey = nullptr; ///< Flag: the location tested
  uint64_t FlagMask = 0;        ///< Flag: the bit tested; 0 tests the value

  static ReleaseGuard handleNotNull() { return {Kind::HandleNotNull}; }
  static ReleaseGuard flag(StorageKey Key, uint64_t Mask) {
    return {Kind::Flag, Key, Mask};
  }
  friend bool operator==(const ReleaseGuard &A, const ReleaseGuard &B) {
    return A.K == B.K && A.FlagKey == B.FlagKey && A.FlagMask == B.FlagMask;
  }
};

/// A release the walk performs as if it were written in the handler's body,
/// right before the statement `Before`: how the fix planner tests a fix.
struct PlannedRelease {
  const clang::Stmt *Before = nullptr;
  unsigned Registration = 0;
  ReleaseGuard Guard;

  friend bool operator==(const PlannedRelease &A, const PlannedRelease &B) {
    return A.Before == B.Before && A.Registration == B.Registration &&
           A.Guard == B.Guard;
  }
};

/// What went wrong with a planned release while walking.
struct PlanViolations {
  bool ReleasedUnregistered = false; ///< on a path with nothing to release
  bool ReleasedOnSuccess = false;    ///< on a path that returns success
  bool ReleasedTooLate = false;      ///< after freeing what the ISR uses
  bool UsedAfterRelease = false;     ///< the handle is passed on after it
  bool Reached = false;              ///< the release ran at least once
};

class PathWalker {
public:
  PathWalker(clang::ASTContext &Ctx, llvm::ArrayRef<ResourcePair> Pairs,
             WalkLimits Limits);
  ~PathWalker();

  /// Finds, before any walk, which locations' integer values the handlers
  /// and everything they call may test; the others are not kept in path
  /// states (RelevantLocations.h). Walks of handlers not passed here scan
  /// them when they start, which is too late for values another handler
  /// stored: pass every handler whose states flow into another's.
  void prepare(llvm::ArrayRef<const clang::FunctionDecl *> Handlers);
  /// Keeps the values of `Key` from now on (a flag a planned release tests).
  void keepValuesOf(StorageKey Key);

  /// Walks `Handler` from each entry state. Returns the states at its exits,
  /// or nothing when the function cannot be analyzed (see skipReason()).
  std::optional<std::vector<PathState>>
  walkHandler(const clang::FunctionDecl *Handler,
              std::vector<PathState> Entries,
              llvm::ArrayRef<PlannedRelease> Plan = {},
              PlanViolations *Violations = nullptr);

  const RegistrationSite &site(unsigned Registration) const {
    return Sites[Registration];
  }
  unsigned numSites() const { return Sites.size(); }
  const std::string &skipReason() const { return SkipReason; }
  unsigned blockVisits() const { return BlockVisits; }
  const WalkLimits &limits() const { return Limits; }

  /// Where definitions of functions declared but not defined in this
  /// translation unit come from (other files of the driver); null: nowhere.
  void setExternalDefinitions(ExternalDefinitions *E);
  ExternalDefinitions *externalDefinitions() const { return External; }

  /// What walks without a plan saw at a statement of a handler's own body:
  /// ReachedLive when some path got there with the registration live,
  /// ReachedNotLive when some path got there without it. The fix planner
  /// uses it to drop candidates a walk would refute.
  /// ReachedLiveAfterFree: some path got to where the statement starts with
  /// the registration live after freeing something the ISR may use.
  /// ReachedStaleHandle: some path got to where the statement starts with
  /// the handle's location neither NULL nor holding a live handle (a
  /// release guarded by `Handle != NULL` would release what is not held).
  enum ReachBits : uint8_t {
    ReachedLive = 1,
    ReachedNotLive = 2,
    ReachedLiveAfterFree = 4,
    ReachedStaleHandle = 8
  };
  uint8_t reached(const clang::Stmt *S, unsigned Registration) const;
  /// The parent map the walk built for `Fn`'s body, for planners to share;
  /// null when the walk never entered `Fn`.
  const clang::ParentMap *parentsOf(const clang::FunctionDecl *Fn) const;
  /// Whether, in the walks without a plan, the failure path from each of
  /// `Starts` (gotos and breaks that start failure paths) got to where `S`
  /// starts with the registration live. When one did not, a single release
  /// before `S` cannot end its leak.
  bool failuresPassLive(const clang::FunctionDecl *Handler,
                        const clang::Stmt *S, unsigned Registration,
                        llvm::ArrayRef<const clang::Stmt *> Starts) const;

  /// A goto or break that starts a failure path, and the expression that
  /// produced the status that path returns.
  struct LeakStartInfo {
    const clang::Stmt *Start = nullptr;
    const clang::Expr *StatusOrigin = nullptr;
  };
  /// Every goto or break that starts a failure path ending in `Exit`, an
  /// exit state of the last walkHandler call: the path's own LeakStart and
  /// those of the paths that were merged into it on the way. A merged path
  /// returned the same value, but its status came from its own failing step:
  /// when the returned variable was not assigned after the gotos, each start
  /// gets the origin the variable had there.
  llvm::SmallVector<LeakStartInfo, 2> leakStarts(const PathState &Exit) const;

  class Impl;

private:
  std::unique_ptr<Impl> P;
  std::vector<RegistrationSite> Sites;
  std::string SkipReason;
  unsigned BlockVisits = 0;
  WalkLimits Limits;
  ExternalDefinitions *External = nullptr;
  llvm::DenseMap<std::pair<const clang::Stmt *, unsigned>, uint8_t> Reach;
  /// Paths with nothing registered count for every registration, including
  /// those the walk had not met yet when it got there (a failure before the
  /// first registration): kept apart, under this id, and for the starts of
  /// statements with the locations every such path knew to be NULL there.
  static constexpr unsigned NothingLive = ~0u;
  llvm::DenseMap<const clang::Stmt *, llvm::SmallVector<StorageKey, 4>>
      NullWithNothingLive;
  /// Witness nodes of failure paths with the registration live where a
  /// statement starts (see failuresPassLive).
  llvm::DenseMap<std::pair<const clang::Stmt *, unsigned>,
                 llvm::SmallVector<unsigned, 4>>
      FailingLive;
  /// The witness graph of the last walk: node 0 is "none"; a node names the
  /// goto that started a failure path, or the nodes whose paths it continues
  /// (a path kept at a meeting point continues those that were merged into
  /// it there).
  struct WitnessNode {
    const clang::Stmt *Start = nullptr;
    llvm::SmallVector<unsigned, 2> From;
    /// With a Start: where the integers in memory came from at that goto.
    llvm::SmallVector<std::pair<StorageKey, const clang::Expr *>, 4> Origins;
  };
  std::vector<WitnessNode> Witnesses;
  /// Each handler's witness graph from its walk without a plan.
  llvm::DenseMap<const clang::FunctionDecl *, std::vector<WitnessNode>>
      FirstWalkWitnesses;
  unsigned newWitness(const clang::Stmt *Start, unsigned From,
                      const PathState *At = nullptr);
  friend class Impl;
};

} // namespace ndis

#endif
