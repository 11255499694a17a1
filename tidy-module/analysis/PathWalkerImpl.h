//===- PathWalkerImpl.h - the walker's internals, shared by its parts -----===//
//
// Private to the analysis library. The walk is split by concern:
//   PathWalker.cpp          the worklist over blocks, branches and conditions,
//                           planned releases, the public entry point;
//   ExpressionTransfer.cpp  what each expression does to a path state;
//   CallTransfer.cpp        calls: acquire/release, platform functions,
//                           inlining of helpers, code we cannot see.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ANALYSIS_PATHWALKERIMPL_H
#define NDIS_TIDY_ANALYSIS_PATHWALKERIMPL_H

#include "tidy-module/analysis/LocalLiveness.h"
#include "tidy-module/analysis/PathWalker.h"
#include "tidy-module/analysis/PlatformHeaders.h"
#include "tidy-module/analysis/RelevantLocations.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"
#include <map>
#include <tuple>

namespace ndis {

/// A CFG element the walk evaluates, and the statements that start there.
struct WalkedElement {
  unsigned Index; ///< in its block
  /// The statement, or null for what C++ runs implicitly (below).
  const clang::Stmt *S;
  llvm::SmallVector<const clang::Stmt *, 4> Starting;
  /// A member initializer of the constructor being walked.
  const clang::CXXCtorInitializer *Initializer = nullptr;
  /// A destructor run implicitly: a local object's at the end of its scope,
  /// or a member's or base's at the end of the destructor being walked.
  const clang::CXXRecordDecl *Destroyed = nullptr;
  /// The local object destroyed, when it is one.
  const clang::VarDecl *DestroyedVar = nullptr;
};

/// A function's CFG and the parent links the transfer functions need.
struct FunctionInfo {
  std::unique_ptr<clang::CFG> Graph;
  std::unique_ptr<clang::ParentMap> Parents;
  /// walkedElements() of each block, by block id, once computed.
  std::vector<std::optional<std::vector<WalkedElement>>> Blocks;
  /// Where the function's own variables are still read, once needed.
  std::unique_ptr<LocalLiveness> Liveness;
  /// The elements no block walks: operands that only name a location.
  std::optional<llvm::DenseSet<const clang::Stmt *>> NamingOnly;
  /// Pointer variables a loop of the function sets (variesByIteration()).
  std::optional<llvm::DenseSet<const clang::VarDecl *>> LoopVarying;
  /// Fields the function stores to through such accesses: forgotten when a
  /// walk of it starts (their one location will not know their value).
  std::optional<llvm::SmallVector<StorageKey, 4>> VaryingWrites;
  bool Usable = false;
};

inline const clang::Expr *stripParens(const clang::Expr *E) {
  return E ? E->IgnoreParens() : E;
}

/// Pops a stack when the scope ends (llvm::make_scope_exit is deprecated in
/// LLVM 22 and its replacement absent from 19).
template <typename Stack> struct PopOnExit {
  Stack &S;
  ~PopOnExit() { S.pop_back(); }
};
template <typename Stack> PopOnExit(Stack &) -> PopOnExit<Stack>;

// Private to the three files above, which all name Clang types unqualified.
using namespace clang;

class PathWalker::Impl {
public:
  Impl(PathWalker &W, ASTContext &Ctx, llvm::ArrayRef<ResourcePair> Pairs,
       WalkLimits Limits)
      : Relevance([this](const FunctionDecl *FD) { return definitionOf(FD); }),
        Platform(Ctx.getSourceManager()), W(W), Ctx(Ctx), Pairs(Pairs),
        Limits(Limits) {}

  std::optional<std::vector<PathState>>
  walkFunction(const FunctionDecl *FD, std::vector<PathState> Entries);

  llvm::ArrayRef<PlannedRelease> Plan;
  /// planStarts() of the handler's blocks, for the current Plan.
  llvm::DenseMap<const CFGBlock *, std::vector<std::pair<unsigned, unsigned>>>
      PlanStartsByBlock;
  /// The current Plan's releases by the statement they run before.
  llvm::DenseMap<const Stmt *, llvm::SmallVector<unsigned, 1>> ReleasesBefore;
  PlanViolations *Violations = nullptr;
  bool GaveUp = false;
  /// Which locations' integers are worth keeping (see RelevantLocations.h).
  RelevantLocations Relevance;
  /// Which files the platform wrote (see PlatformHeaders.h).
  PlatformHeaders Platform;
  /// Drops walks of callees memoized while fewer locations mattered.
  void forgetStaleWalks();
  /// Locations the fix planner's guards read: never forgotten as dead.
  llvm::DenseSet<StorageKey> Pinned;

  /// What a handler's first walk sent along each edge of the handler's own
  /// CFG, so that a walk with planned releases can start where those
  /// releases can first make a difference (see walkFunction()).
  struct FirstWalkEdges {
    std::vector<PathState> Entries;
    unsigned Generation = 0;
    bool Complete = false;
    std::vector<std::tuple<const CFGBlock *, const CFGBlock *, PathState>>
        Edges;
  };
  llvm::DenseMap<const FunctionDecl *, FirstWalkEdges> Archived;
  /// The first walk being archived, or the archive a planning walk starts
  /// from; set by walkHandler for the handler's own frame.
  FirstWalkEdges *Archiving = nullptr;
  const FirstWalkEdges *Resuming = nullptr;

  /// `Fn`'s parent map, when the walk entered `Fn` (PathWalker::parentsOf).
  const ParentMap *parentsOf(const FunctionDecl *Fn) const {
    auto It = Infos.find(Fn);
    if (It == Infos.end() || !It->second->Usable)
      return nullptr;
    return It->second->Parents.get();
  }

private:
  struct Frame {
    const FunctionDecl *Function;
    FunctionInfo *Info;
  };

  FunctionInfo *infoFor(const FunctionDecl *FD);
  void forgetDeadLocals(FunctionInfo &Info, const CFGBlock &B,
                        PathState &S) const;
  void processBlock(const CFGBlock &B, PathState S,
                    llvm::SmallVectorImpl<PathState> &Out);
  void applyPlan(const CFGBlock &B, unsigned Index, PathState &S);
  const std::vector<std::pair<unsigned, unsigned>> &
  planStarts(const CFGBlock &B);
  const std::vector<WalkedElement> &walkedElements(const CFGBlock &B);
  llvm::DenseSet<const CFGBlock *> plannedRegion(const CFG &G);
  void recordReach(const Stmt *St, llvm::ArrayRef<const Stmt *> Starting,
                   bool IsTerminator, const PathState &S);
  bool staleHandle(unsigned Registration, const PathState &S) const;
  bool startsFailure(const Stmt *Term) const;
  bool successJump(const Stmt *Term, const PathState &S) const;
  void transfer(const Stmt *S, PathState State,
                llvm::SmallVectorImpl<PathState> &Out);
  void transferExpr(const Expr *E, PathState &State,
                    llvm::SmallVectorImpl<PathState> &Out);
  void branch(const CFGBlock &B, PathState S,
              llvm::SmallVectorImpl<std::pair<const CFGBlock *, PathState>>
                  &Succs);

  Value take(PathState &S, const Expr *Child);
  Value rvalue(PathState &S, const Expr *Child);
  Value readLocation(const PathState &S, const Value &V) const;
  void write(PathState &S, const Value &Where, const Value &V);
  std::optional<Value> constantValue(const Expr *E) const;
  std::optional<Value> foldConstant(const Expr *E) const;
  bool skippable(const Stmt *St);
  std::optional<StorageKey> namedLocation(const Expr *E);
  const Expr *namingOperand(const Stmt *E);
  static void addNamingNodes(const Expr *Operand,
                             llvm::DenseSet<const Stmt *> &Out);
  Value operand(PathState &S, const Expr *E, const Expr *Child);
  Value castValue(const CastExpr *CE, const Value &V) const;

  void call(const CallExpr *CE, PathState &S,
            llvm::SmallVectorImpl<Value> &Args,
            llvm::SmallVectorImpl<PathState> &Out);
  bool inlineCall(const Expr *CallSite, const FunctionDecl *Callee,
                  llvm::ArrayRef<Value> Args, PathState &S,
                  llvm::SmallVectorImpl<PathState> &Out);
  void unknownCall(const CallExpr *CE, llvm::ArrayRef<Value> Args,
                   PathState &S);
  void construct(const CXXConstructExpr *CE, PathState &S,
                 llvm::SmallVectorImpl<PathState> &Out);
  void initializeMember(const CXXCtorInitializer *Init, PathState &S);
  void destroy(const WalkedElement &El, PathState S,
               llvm::SmallVectorImpl<PathState> &Out);
  bool getsReleasedHandle(const PathState &S, const Value &V,
                          const Expr *Arg) const;
  void escapeObject(PathState &S, const RecordDecl *RD);
  void escapeAllFields(PathState &S);
  void zeroObject(PathState &S, const Expr *Ptr, const Value &PtrValue);
  const llvm::SmallPtrSet<const RecordDecl *, 8> &
  reachableRecords(const RecordDecl *RD);
  unsigned siteFor(const ResourcePair &Pair, const CallExpr *Acquire,
                   StorageKey Key, const Expr *HandleArg);

  bool refine(const Expr *Cond, bool Taken, PathState &S) const;
  std::optional<StorageKey> conditionKey(const Expr *E) const;
  /// Whether a member access may reach a different object each time it is
  /// evaluated on one path: through an array element with a computed index,
  /// or through a pointer variable a loop sets. The field's one location
  /// (fields are keyed by declaration) must then not learn from a condition
  /// on it, nor keep what is stored through it: the next element would
  /// inherit it.
  bool variesByIteration(const MemberExpr *ME) const;
  bool variesByIteration(const MemberExpr *ME, const FunctionDecl *FD,
                         FunctionInfo &Info) const;
  /// The fields `FD` stores to through such accesses (computed once).
  const llvm::SmallVector<StorageKey, 4> &varyingWrites(const FunctionDecl *FD,
                                                        FunctionInfo &Info);

  bool isLocalOf(StorageKey Key, const FunctionDecl *FD) const;
  /// `V` as stored into `Key`: an integer nothing tests is not kept, nor
  /// anything but a handle where nothing reads.
  Value kept(StorageKey Key, const Value &V) const {
    if (V.isHandle())
      return V;
    if (V.isInt() ? !Relevance.matters(Key) : !Relevance.isRead(Key))
      return Value::unknown();
    return V;
  }
  /// FD's definition: in this translation unit, or from another file.
  const FunctionDecl *definitionOf(const FunctionDecl *FD);

  PathWalker &W;
  ASTContext &Ctx;
  llvm::ArrayRef<ResourcePair> Pairs;
  WalkLimits Limits;
  llvm::DenseMap<const FunctionDecl *, std::unique_ptr<FunctionInfo>> Infos;
  llvm::SmallVector<Frame, 8> Stack;
  llvm::SmallVector<const Expr *, 8> CallSites;
  llvm::DenseMap<const RecordDecl *,
                 std::unique_ptr<llvm::SmallPtrSet<const RecordDecl *, 8>>>
      Reachable;
  struct MemoEntry {
    const Expr *HandlerCall;
    PathState Entry;
    std::vector<PathState> Exits;
    /// What the walk found wrong with releases (see noteViolation()).
    uint8_t Violations = 0;
  };
  /// Misuses of a released handle a walk found, kept with a callee's
  /// memoized walk so that every call reusing it reports them again. They
  /// count only against planned releases (Violations); in a first walk they
  /// go nowhere.
  enum : uint8_t { ReleasedTwice = 1, UsedReleasedHandle = 2 };
  void noteViolation(uint8_t Found);
  /// One slot per callee walk in progress, innermost last.
  llvm::SmallVector<uint8_t, 8> WalkViolations;
  /// Walks of a callee, by callee and a hash of the call's entry state.
  std::map<std::pair<const FunctionDecl *, size_t>, std::vector<MemoEntry>>
      Memo;
  unsigned MemoGeneration = 0;
  mutable llvm::DenseMap<const Expr *, std::optional<Value>> Constants;
  llvm::DenseMap<const Expr *, bool> Skippable;
  llvm::DenseMap<const Expr *, std::optional<StorageKey>> Named;
  /// processBlock()'s states before and after an element, per call depth.
  using ElementStates = std::pair<llvm::SmallVector<PathState, 0>,
                                  llvm::SmallVector<PathState, 0>>;
  std::vector<std::unique_ptr<ElementStates>> Scratch;
};

} // namespace ndis

#endif
