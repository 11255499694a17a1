//===- PathWalker.cpp - the walk over blocks and branches -----------------===//

#include "tidy-module/analysis/PathWalkerImpl.h"
#include "tidy-module/analysis/StatementWalk.h"
#include "tidy-module/analysis/ErrorNodes.h"
#include "tidy-module/analysis/IntegerConstants.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"
#include <deque>
#include <unordered_map>

using namespace clang;

namespace ndis {

namespace {

/// The loop or switch a break leaves.
/// Whether `do { ... } while (FALSE)` runs its body once: its condition is a
/// constant false. Drivers use it as a block to break out of.
bool runsOnce(const DoStmt *Do, const ASTContext &Ctx) {
  std::optional<llvm::APSInt> V = integerConstant(Do->getCond(), Ctx);
  return V && *V == 0;
}

const Stmt *breakTarget(const Stmt *Break, const ParentMap &PM) {
  for (const Stmt *S = PM.getParent(Break); S; S = PM.getParent(S))
    if (isa<ForStmt, WhileStmt, DoStmt, SwitchStmt, CXXForRangeStmt>(S))
      return S;
  return nullptr;
}

/// The statement whose value decides a two-way branch: for `if (a && b)` the
/// block that tests `b` ends in the `if`, whose condition is the whole `&&`.
const Expr *branchValueExpr(const CFGBlock &B) {
  const Stmt *Cond = const_cast<CFGBlock &>(B).getTerminatorCondition(false);
  const auto *E = dyn_cast_or_null<Expr>(Cond);
  while (E) {
    const auto *BO = dyn_cast<BinaryOperator>(E->IgnoreParens());
    if (!BO || !BO->isLogicalOp() || BO == B.getTerminatorStmt())
      break;
    E = BO->getRHS();
  }
  return E;
}

struct StateHash {
  size_t operator()(const PathState &S) const { return S.hash(); }
};

} // namespace

//===----------------------------------------------------------------------===//
// The walk
//===----------------------------------------------------------------------===//

FunctionInfo *PathWalker::Impl::infoFor(const FunctionDecl *FD) {
  auto &Slot = Infos[FD];
  if (Slot)
    return Slot.get();
  Slot = std::make_unique<FunctionInfo>();
  // Normally scanned before the walk began (PathWalker::prepare).
  Relevance.addRoot(FD);
  Stmt *Body = FD->getBody();
  if (!Body || FD->isInvalidDecl() || containsErrors(Body))
    return Slot.get();
  CFG::BuildOptions Opts;
  Opts.setAllAlwaysAdd();
  // C++: what runs implicitly is walked too (a constructor's member
  // initializers, local objects' destructors at the end of their scope, a
  // destructor's members and bases): RAII guards release there.
  Opts.AddImplicitDtors = true;
  Opts.AddTemporaryDtors = false;
  Opts.AddInitializers = true;
  Opts.AddCXXDefaultInitExprInCtors = true;
  Slot->Graph = CFG::buildCFG(FD, Body, &Ctx, Opts);
  if (!Slot->Graph)
    return Slot.get();
  Slot->Parents = std::make_unique<ParentMap>(Body);
  Slot->Blocks.resize(Slot->Graph->getNumBlockIDs());
  Slot->Usable = true;
  return Slot.get();
}

std::optional<std::vector<PathState>>
PathWalker::Impl::walkFunction(const FunctionDecl *FD,
                               std::vector<PathState> Entries) {
  FunctionInfo *Info = infoFor(FD);
  if (!Info->Usable)
    return std::nullopt;
  Stack.push_back({FD, Info});
  PopOnExit PopFrame{Stack};

  const CFG &G = *Info->Graph;
  std::vector<std::unordered_map<PathState, char, StateHash>> Seen(
      G.getNumBlockIDs());
  std::deque<std::pair<const CFGBlock *, PathState>> Work;
  std::vector<PathState> Exits;
  std::unordered_map<PathState, char, StateHash> ExitSeen;

  // Paths only meet where a block has several predecessors (every loop
  // header is such a block, so loops still end); elsewhere a state cannot
  // have been seen before, and hashing it would be wasted work.
  //
  // A path that meets an equal one differing only in where it started
  // failing is dropped, and its start recorded on the kept path's witness
  // node; the kept path gets a node of its own at each meeting point, so
  // what is recorded there reaches only its continuations.
  auto Enqueue = [&](const CFGBlock *B, PathState S) {
    if (B->pred_size() > 1) {
      // Not at the exit: what the function ends with is read after it (the
      // variable a failure status was returned from, see leakStarts()).
      if (B != &G.getExit())
        forgetDeadLocals(*Info, *B, S);
      unsigned Own = S.Lineage;
      if (S.LeakStart)
        S.Lineage = W.newWitness(nullptr, Own);
      auto [It, Inserted] = Seen[B->getBlockID()].emplace(S, 0);
      if (!Inserted) {
        if (S.LeakStart && It->first.Lineage != Own)
          W.Witnesses[It->first.Lineage].From.push_back(Own);
        return;
      }
    }
    Work.emplace_back(B, std::move(S));
  };
  // The handler's own frame: archive what the first walk sends along each
  // edge, or start a planning walk from the archive.
  FirstWalkEdges *Archive = Stack.size() == 1 ? Archiving : nullptr;
  const FirstWalkEdges *Resume = Stack.size() == 1 ? Resuming : nullptr;
  llvm::DenseSet<const CFGBlock *> Region;
  if (Resume) {
    Region = plannedRegion(G);
    if (Region.count(&G.getEntry()))
      Resume = nullptr; // a release planned at the start: walk it all
  }
  if (Resume) {
    // Outside the region no planned release has run yet: there the walk
    // would repeat the first one exactly. It starts at the edges into the
    // region, with what the first walk sent along them.
    for (const auto &[From, To, S] : Resume->Edges)
      if (!Region.count(From) && Region.count(To))
        Enqueue(To, S);
  } else {
    // The fields this function stores to through an access that reaches
    // another object each time are unknown from the start: otherwise a
    // path that stored (and so forgot) would never meet one that did not.
    // A helper's entry has them forgotten already, before its memo
    // (inlineCall()); the handler's are forgotten here.
    for (PathState &S : Entries) {
      if (Stack.size() == 1)
        for (StorageKey Key : varyingWrites(FD, *Info))
          if (!S.load(Key).isHandle())
            S.forget(Key);
      Enqueue(&G.getEntry(), std::move(S));
    }
  }

  while (!Work.empty()) {
    if (++W.BlockVisits > Limits.MaxBlockVisits) {
      GaveUp = true;
      W.SkipReason = "the state budget of " +
                     std::to_string(Limits.MaxBlockVisits) +
                     " block visits was exceeded";
      return std::nullopt;
    }
    auto [B, S] = std::move(Work.front());
    Work.pop_front();
    if (B == &G.getExit()) {
      S.clearPending();
      unsigned Own = S.Lineage;
      if (S.LeakStart)
        S.Lineage = W.newWitness(nullptr, Own);
      auto [It, Inserted] = ExitSeen.emplace(S, 0);
      if (Inserted)
        Exits.push_back(std::move(S));
      else if (S.LeakStart && It->first.Lineage != Own)
        W.Witnesses[It->first.Lineage].From.push_back(Own);
      continue;
    }
    llvm::SmallVector<PathState, 4> AfterElements;
    processBlock(*B, std::move(S), AfterElements);
    if (GaveUp)
      return std::nullopt;
    if (B->hasNoReturnElement())
      continue; // a path into KeBugCheckEx and the like ends nowhere
    for (PathState &After : AfterElements) {
      llvm::SmallVector<std::pair<const CFGBlock *, PathState>, 2> Succs;
      branch(*B, std::move(After), Succs);
      for (auto &[Succ, Next] : Succs) {
        // Values of statement-level expressions are dead past their block.
        Next.erasePendingIf([&](const Stmt *E) {
          const Stmt *Parent = Info->Parents->getParent(E);
          return !Parent || !isa<Expr>(Parent);
        });
        if (Archive && Succ)
          Archive->Edges.emplace_back(B, Succ, Next);
        Enqueue(Succ, std::move(Next));
      }
    }
  }
  return Exits;
}

const llvm::SmallVector<StorageKey, 4> &
PathWalker::Impl::varyingWrites(const FunctionDecl *FD, FunctionInfo &Info) {
  if (!Info.VaryingWrites) {
    Info.VaryingWrites.emplace();
    walkStatements(static_cast<const Stmt *>(FD->getBody()),
                   [&](const Stmt *St) {
                     const auto *BO = dyn_cast<BinaryOperator>(St);
                     if (!BO || !BO->isAssignmentOp())
                       return true;
                     const auto *ME = dyn_cast<MemberExpr>(
                         BO->getLHS()->IgnoreParenImpCasts());
                     if (ME && isa<FieldDecl>(ME->getMemberDecl()) &&
                         variesByIteration(ME, FD, Info))
                       Info.VaryingWrites->push_back(
                           cast<FieldDecl>(ME->getMemberDecl()));
                     return true;
                   });
  }
  return *Info.VaryingWrites;
}

/// The blocks a planned release can make a difference in: those with a
/// planned release and every block reachable from them.
llvm::DenseSet<const CFGBlock *> PathWalker::Impl::plannedRegion(const CFG &G) {
  llvm::DenseSet<const CFGBlock *> Region;
  llvm::SmallVector<const CFGBlock *, 16> Work;
  for (const CFGBlock *B : G)
    if (!planStarts(*B).empty())
      Work.push_back(B);
  while (!Work.empty()) {
    const CFGBlock *B = Work.pop_back_val();
    if (!Region.insert(B).second)
      continue;
    for (const CFGBlock *Succ : B->succs())
      if (Succ)
        Work.push_back(Succ);
  }
  return Region;
}

/// Forgets the function's variables no path from `B` reads again, so that
/// paths differing only there meet (see LocalLiveness.h). A handle is kept
/// wherever it is, and so is what the fix planner's guards test.
void PathWalker::Impl::forgetDeadLocals(FunctionInfo &Info,
                                        const CFGBlock &B,
                                        PathState &S) const {
  // Computed when first needed: many helpers have no meeting point but
  // their exit.
  if (!Info.Liveness)
    Info.Liveness = std::make_unique<LocalLiveness>(
        Stack.back().Function, *Info.Graph, *Info.Parents);
  llvm::SmallVector<StorageKey, 4> Dead;
  for (const auto &[Key, V] : S.memory())
    if (!V.isHandle() && Info.Liveness->deadAtEntry(B, Key) &&
        !Pinned.count(Key))
      Dead.push_back(Key);
  for (StorageKey Key : Dead)
    S.forget(Key);
}

/// The elements of `B` the walk evaluates (not constants nor the names of
/// called functions, see skippable()), each with the statements that start
/// there: the element and what encloses it but not the element evaluated
/// before it in the block. A planned release before such a statement runs
/// there (applyPlan), and the first walk records what it saw there.
const std::vector<WalkedElement> &
PathWalker::Impl::walkedElements(const CFGBlock &B) {
  FunctionInfo &Info = *Stack.back().Info;
  std::optional<std::vector<WalkedElement>> &Slot = Info.Blocks[B.getBlockID()];
  if (Slot)
    return *Slot;
  Slot.emplace();
  Slot->reserve(B.size());
  const ParentMap &PM = *Info.Parents;
  // Operands that only name a location: their parent takes the location
  // itself (namingOperand()). Found over the whole graph, so that an operand
  // is skipped wherever its elements are.
  if (!Info.NamingOnly) {
    Info.NamingOnly.emplace();
    for (const CFGBlock *Block : *Info.Graph)
      for (const CFGElement &E : *Block)
        if (std::optional<CFGStmt> CS = E.getAs<CFGStmt>())
          if (const Expr *Operand = namingOperand(CS->getStmt()))
            addNamingNodes(Operand, *Info.NamingOnly);
  }
  const llvm::DenseSet<const Stmt *> &NamingOnly = *Info.NamingOnly;
  const Stmt *Previous = nullptr;
  llvm::SmallPtrSet<const Stmt *, 16> AroundPrevious;
  for (unsigned Index = 0; Index < B.size(); ++Index) {
    std::optional<CFGStmt> CS = B[Index].getAs<CFGStmt>();
    if (!CS) {
      Previous = nullptr;
      WalkedElement El{Index, nullptr, {}};
      if (auto I = B[Index].getAs<CFGInitializer>()) {
        El.Initializer = I->getInitializer();
      } else if (auto D = B[Index].getAs<CFGAutomaticObjDtor>()) {
        El.DestroyedVar = D->getVarDecl();
        El.Destroyed = D->getVarDecl()->getType()->getAsCXXRecordDecl();
      } else if (auto M = B[Index].getAs<CFGMemberDtor>()) {
        QualType T = M->getFieldDecl()->getType();
        while (const auto *A = Ctx.getAsConstantArrayType(T))
          T = A->getElementType();
        El.Destroyed = T->getAsCXXRecordDecl();
      } else if (auto Base = B[Index].getAs<CFGBaseDtor>()) {
        El.Destroyed = Base->getBaseSpecifier()->getType()->getAsCXXRecordDecl();
      }
      if (El.Initializer || El.Destroyed)
        Slot->push_back(std::move(El));
      continue;
    }
    if (NamingOnly.count(CS->getStmt()) || skippable(CS->getStmt()))
      continue;
    AroundPrevious.clear();
    for (const Stmt *X = Previous; X; X = PM.getParent(X))
      AroundPrevious.insert(X);
    WalkedElement El{Index, CS->getStmt(), {}};
    for (const Stmt *X = El.S; X && !AroundPrevious.count(X); X = PM.getParent(X))
      El.Starting.push_back(X);
    Slot->push_back(std::move(El));
    Previous = CS->getStmt();
  }
  return *Slot;
}

void PathWalker::Impl::processBlock(const CFGBlock &B, PathState Start,
                                    llvm::SmallVectorImpl<PathState> &Out) {
  // The states before and after each element. Heap-backed and swapped:
  // passing a state on to the next element moves no state.
  // Per call depth, kept between blocks: no allocation per block either.
  while (Scratch.size() < Stack.size())
    Scratch.push_back(std::make_unique<ElementStates>());
  llvm::SmallVector<PathState, 0> &Current = Scratch[Stack.size() - 1]->first;
  llvm::SmallVector<PathState, 0> &Next = Scratch[Stack.size() - 1]->second;
  Current.clear();
  Current.push_back(std::move(Start));
  bool InHandler = Stack.size() == 1;
  for (const WalkedElement &El : walkedElements(B)) {
    Next.clear();
    if (!El.S) {
      // What C++ runs implicitly: no fix goes before it.
      for (PathState &S : Current) {
        if (El.Initializer) {
          initializeMember(El.Initializer, S);
          Next.push_back(std::move(S));
        } else {
          destroy(El, std::move(S), Next);
        }
        if (GaveUp)
          return;
      }
      std::swap(Current, Next);
      continue;
    }
    for (PathState &S : Current) {
      if (InHandler) {
        if (Plan.empty())
          recordReach(El.S, El.Starting, /*IsTerminator=*/false, S);
        else
          applyPlan(B, El.Index, S);
      }
      transfer(El.S, std::move(S), Next);
      if (GaveUp)
        return;
    }
    std::swap(Current, Next);
  }
  if (InHandler)
    for (PathState &S : Current) {
      if (!Plan.empty())
        applyPlan(B, B.size(), S);
      else if (const Stmt *Term = B.getTerminatorStmt())
        recordReach(Term, {Term}, /*IsTerminator=*/true, S);
    }
  for (PathState &S : Current)
    Out.push_back(std::move(S));
}

/// Marks `St` and the statements enclosing it with whether this path has
/// each registration live there; at the statements `Starting` there, also
/// whether it freed what the ISR may use while registered, whether a
/// release guarded by the handle would find it stale, and the path's
/// witness node when it is a live failure path.
void PathWalker::Impl::recordReach(const Stmt *St,
                                   llvm::ArrayRef<const Stmt *> Starting,
                                   bool IsTerminator, const PathState &S) {
  const ParentMap &PM = *Stack.back().Info->Parents;
  // Sets `Bit` on `St` and what encloses it, up to where it is set already.
  auto MarkUp = [&](unsigned Id, uint8_t Bit) {
    for (const Stmt *X = St; X; X = PM.getParent(X)) {
      uint8_t &Bits = W.Reach[{X, Id}];
      if ((Bits & Bit) == Bit)
        break; // the enclosing statements have it already
      Bits |= Bit;
    }
  };
  if (!S.anyRegistered()) {
    for (const Stmt *X : Starting) {
      W.Reach[{X, PathWalker::NothingLive}] |= PathWalker::ReachedStaleHandle;
      // Keep the locations NULL on every such path that got here.
      auto [It, First] = W.NullWithNothingLive.try_emplace(X);
      if (First) {
        for (const auto &[Key, V] : S.memory())
          if (V.isZero() == Truth::True)
            It->second.push_back(Key);
      } else {
        llvm::erase_if(It->second, [&](StorageKey K) {
          return S.load(K).isZero() != Truth::True;
        });
      }
    }
    MarkUp(PathWalker::NothingLive, PathWalker::ReachedNotLive);
  }
  for (unsigned Id = 0; Id < W.Sites.size(); ++Id) {
    bool Live = S.hasRegistration(Id) && S.fate(Id) == HandleFate::Registered;
    uint8_t Bit = Live ? PathWalker::ReachedLive : PathWalker::ReachedNotLive;
    // What was freed matters where a statement starts, which is where a
    // release before it would run: not for a `return` whose expression
    // frees, nor for an `if` whose branch does.
    bool AfterFree = Live && S.FreedWhileRegistered;
    bool Stale = staleHandle(Id, S);
    // A live path that has not started failing yet may take any goto
    // later: recorded as witness node 0, which failuresPassLive cannot
    // follow.
    bool Failing = Live && (!S.LeakStart || S.Lineage);
    unsigned Lineage = S.LeakStart ? S.Lineage : 0;
    // At a goto or break this path is about to start failing there
    // (branch() makes it the path's LeakStart).
    if (Failing && !S.LeakStart && IsTerminator && startsFailure(St))
      Lineage = W.newWitness(St, 0);
    for (const Stmt *X : Starting) {
      if (AfterFree)
        W.Reach[{X, Id}] |= PathWalker::ReachedLiveAfterFree;
      if (Stale)
        W.Reach[{X, Id}] |= PathWalker::ReachedStaleHandle;
      if (Failing) {
        auto &Lineages = W.FailingLive[{X, Id}];
        if (Lineages.empty() || Lineages.back() != Lineage)
          Lineages.push_back(Lineage);
      }
    }
    MarkUp(Id, Bit);
  }
}

/// Whether a release guarded by the handle's location being non-NULL would,
/// on this path, pass the guard without a live handle there (applyPlan's
/// test for HandleNotNull).
bool PathWalker::Impl::staleHandle(unsigned Id, const PathState &S) const {
  StorageKey Key = W.Sites[Id].HandleKey;
  if (!Key)
    return false;
  Value Held = S.load(Key);
  if (Held.isZero() == Truth::True)
    return false;
  if (!Held.isHandle())
    return true;
  unsigned Holder = Held.registration();
  return !(W.Sites[Holder].HandleKey == Key && S.hasRegistration(Holder) &&
           S.fate(Holder) == HandleFate::Registered);
}

/// Where in block `B` each planned release starts: pairs of element index
/// (B.size() for the terminator) and release, found once per walk.
const std::vector<std::pair<unsigned, unsigned>> &
PathWalker::Impl::planStarts(const CFGBlock &B) {
  auto [It, Inserted] = PlanStartsByBlock.try_emplace(&B);
  if (!Inserted)
    return It->second;
  if (ReleasesBefore.empty())
    for (unsigned I = 0; I < Plan.size(); ++I)
      ReleasesBefore[Plan[I].Before].push_back(I);
  for (const WalkedElement &El : walkedElements(B))
    for (const Stmt *X : El.Starting) {
      auto R = ReleasesBefore.find(X);
      if (R != ReleasesBefore.end())
        for (unsigned I : R->second)
          It->second.push_back({El.Index, I});
    }
  if (const Stmt *Term = B.getTerminatorStmt()) {
    auto R = ReleasesBefore.find(Term);
    if (R != ReleasesBefore.end())
      for (unsigned I : R->second)
        It->second.push_back({static_cast<unsigned>(B.size()), I});
  }
  return It->second;
}

/// Runs the planned releases whose statement starts at this element (or, for
/// a statement that is only a terminator, at the end of the block).
void PathWalker::Impl::applyPlan(const CFGBlock &B, unsigned Index,
                                 PathState &S) {
  for (const auto &[At, ReleaseIndex] : planStarts(B)) {
    if (At != Index)
      continue;
    const PlannedRelease &R = Plan[ReleaseIndex];
    const RegistrationSite &Site = W.Sites[R.Registration];
    unsigned Released = R.Registration;
    bool Live = S.hasRegistration(R.Registration) &&
                S.fate(R.Registration) == HandleFate::Registered;
    if (R.Guard.K == ReleaseGuard::Kind::HandleNotNull) {
      Value Held = Site.HandleKey ? S.load(Site.HandleKey) : Value::unknown();
      if (Held.isZero() == Truth::True)
        continue; // the guard skips the call on this path
      // The location may hold the live handle of another registration into
      // the same place (MSI on one branch, a line interrupt on the other):
      // the call releases that one.
      if (Held.isHandle() && Held.registration() != R.Registration &&
          W.Sites[Held.registration()].HandleKey == Site.HandleKey &&
          S.hasRegistration(Held.registration()) &&
          S.fate(Held.registration()) == HandleFate::Registered) {
        Released = Held.registration();
        Live = true;
      }
      // A stale handle (already released, or never written) passes the
      // guard too: that would release twice.
      if (!(Held.isHandle() && Held.registration() == Released && Live)) {
        Violations->ReleasedUnregistered = true;
        continue;
      }
    } else if (R.Guard.K == ReleaseGuard::Kind::Flag) {
      Value Flag = S.load(R.Guard.FlagKey);
      if (R.Guard.FlagMask)
        Flag = Value::bitAnd(Flag, Value::exact(
                                       static_cast<int64_t>(R.Guard.FlagMask)));
      Truth Set = Flag.truth();
      if (Set == Truth::False)
        continue; // the flag says there is nothing to release
      if (Set == Truth::Unknown || !Live) {
        Violations->ReleasedUnregistered = true;
        continue;
      }
    } else if (!Live) {
      Violations->ReleasedUnregistered = true;
      continue;
    }
    if (S.FreedWhileRegistered)
      Violations->ReleasedTooLate = true;
    Violations->Reached = true;
    S.setFate(Released, HandleFate::Released);
    // The fix sets a guarded handle back to NULL after releasing it.
    if (R.Guard.K == ReleaseGuard::Kind::HandleNotNull && Site.HandleKey)
      S.store(Site.HandleKey, Value::exact(0));
    S.PlannedReleaseRan = true;
  }
}

/// A goto, or a break out of a loop: where a failure path visibly starts.
bool PathWalker::Impl::startsFailure(const Stmt *Term) const {
  if (isa<GotoStmt>(Term))
    return true;
  const ParentMap &PM = *Stack.back().Info->Parents;
  if (isa<ContinueStmt>(Term)) {
    // `continue` in `do { ... } while (FALSE)` leaves the block like break.
    for (const Stmt *S = PM.getParent(Term); S; S = PM.getParent(S)) {
      if (isa<ForStmt, WhileStmt, CXXForRangeStmt>(S))
        return false;
      if (const auto *Do = dyn_cast<DoStmt>(S))
        return runsOnce(Do, Ctx);
    }
    return false;
  }
  if (!isa<BreakStmt>(Term))
    return false;
  const Stmt *Target = breakTarget(Term, PM);
  return Target && !isa<SwitchStmt>(Target);
}

/// Whether a type is a status: NDIS_STATUS or NTSTATUS, through typedefs.
static bool isStatusType(QualType T) {
  while (const auto *TT = T->getAs<TypedefType>()) {
    llvm::StringRef Name = TT->getDecl()->getName();
    if (Name == "NDIS_STATUS" || Name == "NTSTATUS")
      return true;
    T = TT->desugar();
  }
  return false;
}

/// Whether the jump `Term` is taken because a status says success: the if
/// it is the branch of tested statuses, and on this path each of them holds
/// a success (`if (Status == NDIS_STATUS_SUCCESS) break;` leaving a retry
/// loop around the registration). Such a jump does not start a failure.
bool PathWalker::Impl::successJump(const Stmt *Term,
                                   const PathState &S) const {
  const ParentMap &PM = *Stack.back().Info->Parents;
  const Stmt *Child = Term;
  for (const Stmt *P = PM.getParent(Term); P;
       Child = P, P = PM.getParent(P)) {
    if (isa<CompoundStmt>(P))
      continue;
    const auto *If = dyn_cast<IfStmt>(P);
    if (!If || If->getCond() == Child)
      return false;
    bool Found = false, AllSuccess = true;
    walkStatements(static_cast<const Stmt *>(If->getCond()),
                   [&](const Stmt *X) {
                     const auto *E = dyn_cast<Expr>(X);
                     if (!E || !isa<DeclRefExpr, MemberExpr>(E) ||
                         !isStatusType(E->getType()))
                       return true;
                     StorageKey Key = locationKey(E);
                     if (!Key)
                       return false;
                     Found = true;
                     Value V = S.load(Key);
                     if (V.isZero() != Truth::True &&
                         V.isNegative() != Truth::False)
                       AllSuccess = false;
                     return false;
                   });
    return Found && AllSuccess;
  }
  return false;
}

void PathWalker::Impl::branch(
    const CFGBlock &B, PathState S,
    llvm::SmallVectorImpl<std::pair<const CFGBlock *, PathState>> &Succs) {
  const Stmt *Term = B.getTerminatorStmt();
  if (Stack.size() == 1 && Term && !S.LeakStart && S.anyRegistered() &&
      startsFailure(Term) && !successJump(Term, S)) {
    S.LeakStart = Term;
    S.Lineage = W.newWitness(S.LeakStart, 0, &S);
  }

  const Expr *CondE = branchValueExpr(B);
  if (CondE && B.succ_size() == 2 && !isa<SwitchStmt>(Term)) {
    Value Cond = take(S, CondE);
    Truth T = Cond.truth();
    const CFGBlock *Then = B.succ_begin()->getReachableBlock();
    const CFGBlock *Else = (B.succ_begin() + 1)->getReachableBlock();
    if (T != Truth::False && Then) {
      PathState Taken = S;
      if (T == Truth::True || refine(CondE, true, Taken))
        Succs.push_back({Then, std::move(Taken)});
    }
    if (T != Truth::True && Else) {
      PathState Taken = std::move(S);
      if (T == Truth::False || refine(CondE, false, Taken))
        Succs.push_back({Else, std::move(Taken)});
    }
    return;
  }

  if (isa_and_nonnull<SwitchStmt>(Term)) {
    Value Cond = CondE ? take(S, CondE) : Value::unknown();
    // Each case edge learns the value it was taken for; the default edge
    // learns it is none of them. An edge that contradicts what is known
    // (a failure status into `case NDIS_STATUS_SUCCESS:`) is not taken.
    std::optional<StorageKey> Key = CondE ? conditionKey(CondE) : std::nullopt;
    const CFGBlock *Default = nullptr;
    llvm::SmallVector<int64_t, 8> CaseValues;
    for (const CFGBlock::AdjacentBlock &A : B.succs()) {
      const CFGBlock *Succ = A.getReachableBlock();
      if (!Succ)
        continue;
      const auto *Case = dyn_cast_or_null<CaseStmt>(Succ->getLabel());
      if (!Case) {
        Default = Succ;
        continue;
      }
      std::optional<Value> Lhs = constantValue(Case->getLHS());
      if (!Lhs || !Lhs->exactValue() || Case->getRHS()) {
        Succs.push_back({Succ, S}); // a GNU case range: nothing learnt
        continue;
      }
      int64_t C = *Lhs->exactValue();
      CaseValues.push_back(C);
      Truth Match = Value::equals(Cond, *Lhs);
      if (Match == Truth::False)
        continue;
      PathState Taken = S;
      if (Key) {
        Value Learnt = Taken.load(*Key).assumeEquals(C, true);
        if (Learnt.isContradiction())
          continue;
        Taken.store(*Key, Learnt);
      }
      Succs.push_back({Succ, std::move(Taken)});
    }
    if (Default) {
      PathState Taken = std::move(S);
      bool Feasible = true;
      for (int64_t C : CaseValues) {
        if (Value::equals(Cond, Value::exact(C)) == Truth::True)
          Feasible = false;
        if (Key) {
          Value Learnt = Taken.load(*Key).assumeEquals(C, false);
          if (Learnt.isContradiction())
            Feasible = false;
          else
            Taken.store(*Key, Learnt);
        }
      }
      if (Feasible)
        Succs.push_back({Default, std::move(Taken)});
    }
    return;
  }

  // Most blocks have one successor: the state moves there, copied only
  // for the others.
  llvm::SmallVector<const CFGBlock *, 2> Next;
  for (const CFGBlock::AdjacentBlock &A : B.succs())
    if (const CFGBlock *Succ = A.getReachableBlock())
      Next.push_back(Succ);
  for (unsigned I = 0; I < Next.size(); ++I)
    Succs.push_back(
        {Next[I], I + 1 == Next.size() ? std::move(S) : PathState(S)});
}

//===----------------------------------------------------------------------===//
// Conditions
//===----------------------------------------------------------------------===//

namespace {
/// The local pointer variables a loop of a function sets: declared in a
/// loop's body, or assigned or stepped in a loop (`do ... while (FALSE)`,
/// which runs once, is no loop).
class LoopVaryingPointers {
public:
  /// `Repeating`: the for and while statements of the function whose body
  /// can run again (`for (;;) { ... break; }` used as a block cannot).
  LoopVaryingPointers(const ASTContext &Ctx,
                      const llvm::DenseSet<const Stmt *> &Repeating,
                      llvm::DenseSet<const VarDecl *> &Out)
      : Ctx(Ctx), Repeating(Repeating), Out(Out) {}

  void scan(const Stmt *S, bool InLoop) {
    if (!S || isa<LambdaExpr, BlockExpr>(S))
      return;
    if (const auto *For = dyn_cast<ForStmt>(S)) {
      bool Loops = InLoop || Repeating.count(For);
      scan(For->getInit(), InLoop);
      for (const Stmt *Part : {static_cast<const Stmt *>(For->getCond()),
                               static_cast<const Stmt *>(For->getInc()),
                               For->getBody()})
        scan(Part, Loops);
      return;
    }
    if (isa<WhileStmt, CXXForRangeStmt>(S)) {
      bool Loops = InLoop || Repeating.count(S);
      for (const Stmt *Child : S->children())
        scan(Child, Loops);
      return;
    }
    if (const auto *Do = dyn_cast<DoStmt>(S)) {
      bool Once = runsOnce(Do, Ctx);
      scan(Do->getBody(), InLoop || !Once);
      scan(Do->getCond(), InLoop || !Once);
      return;
    }
    if (InLoop) {
      if (const auto *DS = dyn_cast<DeclStmt>(S))
        for (const Decl *D : DS->decls())
          if (const auto *VD = dyn_cast<VarDecl>(D))
            note(VD);
      if (const auto *BO = dyn_cast<BinaryOperator>(S))
        if (BO->isAssignmentOp())
          note(BO->getLHS());
      if (const auto *U = dyn_cast<UnaryOperator>(S))
        if (U->isIncrementDecrementOp())
          note(U->getSubExpr());
    }
    for (const Stmt *Child : S->children())
      scan(Child, InLoop);
  }

private:
  void note(const Expr *E) {
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()))
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
        note(VD);
  }
  void note(const VarDecl *VD) {
    if (VD->hasLocalStorage() && VD->getType()->isPointerType())
      Out.insert(VD);
  }
  const ASTContext &Ctx;
  const llvm::DenseSet<const Stmt *> &Repeating;
  llvm::DenseSet<const VarDecl *> &Out;
};

/// The loop statements whose header a block reachable from the entry jumps
/// back to: loops whose body can run again.
llvm::DenseSet<const Stmt *> repeatingLoops(const CFG &G) {
  llvm::DenseSet<const CFGBlock *> Reached;
  llvm::SmallVector<const CFGBlock *, 32> Work{&G.getEntry()};
  while (!Work.empty()) {
    const CFGBlock *B = Work.pop_back_val();
    if (!B || !Reached.insert(B).second)
      continue;
    for (const CFGBlock *Succ : B->succs())
      Work.push_back(Succ);
  }
  llvm::DenseSet<const Stmt *> Repeating;
  for (const CFGBlock *B : G) {
    const Stmt *Term = B->getTerminatorStmt();
    if (!Term || !isa<ForStmt, WhileStmt, CXXForRangeStmt>(Term))
      continue;
    unsigned From = 0;
    for (const CFGBlock *Pred : B->preds())
      if (Pred && Reached.count(Pred))
        ++From;
    if (From >= 2)
      Repeating.insert(Term);
  }
  return Repeating;
}
} // namespace

bool PathWalker::Impl::variesByIteration(const MemberExpr *ME) const {
  if (Stack.empty())
    return false;
  return variesByIteration(ME, Stack.back().Function, *Stack.back().Info);
}

bool PathWalker::Impl::variesByIteration(const MemberExpr *ME,
                                         const FunctionDecl *FD,
                                         FunctionInfo &Info) const {
  if (!Info.LoopVarying) {
    Info.LoopVarying.emplace();
    llvm::DenseSet<const Stmt *> Repeating;
    // Most helpers have no loop whose body runs again: then no pointer
    // varies, and their bodies need no scan.
    bool RunsAgain = !Info.Graph;
    if (Info.Graph) {
      Repeating = repeatingLoops(*Info.Graph);
      RunsAgain = !Repeating.empty() ||
                  llvm::any_of(*Info.Graph, [&](const CFGBlock *B) {
                    const auto *Do =
                        dyn_cast_or_null<DoStmt>(B->getTerminatorStmt());
                    return Do && !runsOnce(Do, Ctx);
                  });
    }
    if (RunsAgain)
      LoopVaryingPointers(Ctx, Repeating, *Info.LoopVarying)
          .scan(FD->getBody(), false);
  }
  const Expr *Base = ME->getBase()->IgnoreParenImpCasts();
  while (true) {
    if (const auto *Inner = dyn_cast<MemberExpr>(Base)) {
      Base = Inner->getBase()->IgnoreParenImpCasts();
    } else if (const auto *Sub = dyn_cast<ArraySubscriptExpr>(Base)) {
      if (!isa<IntegerLiteral>(Sub->getIdx()->IgnoreParenImpCasts()))
        return true;
      Base = Sub->getBase()->IgnoreParenImpCasts();
    } else if (const auto *DRE = dyn_cast<DeclRefExpr>(Base)) {
      const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
      return VD && Info.LoopVarying->count(VD);
    } else {
      return false;
    }
  }
}

/// The location a condition operand reads: `Status`, `Adapter->Flags`.
std::optional<StorageKey> PathWalker::Impl::conditionKey(const Expr *E) const {
  E = E->IgnoreParenCasts();
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    if (variesByIteration(ME))
      return std::nullopt;
  // The key loads and stores use: a global redeclared after its `extern`
  // declaration is one location whichever declaration a use names.
  if (StorageKey Key = locationKey(E))
    return Key;
  return std::nullopt;
}

/// Adds what taking the edge says about the condition's operands; false when
/// that contradicts what was known (the edge cannot be taken).
bool PathWalker::Impl::refine(const Expr *Cond, bool Taken,
                              PathState &S) const {
  const Expr *E = Cond->IgnoreParenCasts();
  bool Feasible = true;
  auto Learn = [&](StorageKey Key, Value V) {
    if (V.isContradiction())
      Feasible = false;
    else
      S.store(Key, V);
  };
  if (const auto *U = dyn_cast<UnaryOperator>(E)) {
    if (U->getOpcode() == UO_LNot)
      return refine(U->getSubExpr(), !Taken, S);
    return Feasible;
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    const Expr *L = BO->getLHS()->IgnoreParenCasts();
    const Expr *R = BO->getRHS()->IgnoreParenCasts();
    // A constant operand is folded with its casts: `(NDIS_STATUS)0xC000009AL`
    // is negative, the literal inside it is not.
    auto ConstantOperand = [&](const Expr *Operand) {
      std::optional<Value> C = constantValue(Operand);
      return C ? C : constantValue(Operand->IgnoreParenCasts());
    };
    BinaryOperatorKind Op = BO->getOpcode();
    if (Op == BO_And) { // Flags & BIT
      std::optional<Value> Mask = ConstantOperand(BO->getRHS());
      std::optional<StorageKey> Key = conditionKey(L);
      if (!Mask) {
        Mask = ConstantOperand(BO->getLHS());
        Key = conditionKey(R);
      }
      if (Mask && Key && Mask->exactValue())
        Learn(*Key, S.load(*Key).assumeBits(
                        static_cast<uint64_t>(*Mask->exactValue()), Taken));
      return Feasible;
    }
    std::optional<Value> C = ConstantOperand(BO->getRHS());
    const Expr *Var = L;
    if (!C) {
      C = ConstantOperand(BO->getLHS());
      Var = R;
      if (C) { // `0 < x` reads as `x > 0`
        if (Op == BO_LT) Op = BO_GT;
        else if (Op == BO_GT) Op = BO_LT;
        else if (Op == BO_LE) Op = BO_GE;
        else if (Op == BO_GE) Op = BO_LE;
      }
    }
    if (!C || !C->exactValue())
      return Feasible;
    int64_t K = *C->exactValue();
    // `(Flags & BIT) != 0` and `(Flags & BIT) == 0`.
    if ((Op == BO_EQ || Op == BO_NE) && K == 0)
      if (const auto *Inner = dyn_cast<BinaryOperator>(Var))
        if (Inner->getOpcode() == BO_And) {
          return refine(Inner, Op == BO_NE ? Taken : !Taken, S);
        }
    std::optional<StorageKey> Key = conditionKey(Var);
    if (!Key)
      return Feasible;
    Value Old = S.load(*Key);
    switch (Op) {
    case BO_EQ:
      Learn(*Key, Old.assumeEquals(K, Taken));
      break;
    case BO_NE:
      Learn(*Key, Old.assumeEquals(K, !Taken));
      break;
    case BO_GE: // NT_SUCCESS(x): x >= 0
      if (K == 0)
        Learn(*Key, Old.assumeNegative(!Taken));
      break;
    case BO_LT:
      if (K == 0)
        Learn(*Key, Old.assumeNegative(Taken));
      break;
    case BO_GT:
      if (K == 0 && Taken)
        Learn(*Key, Old.assumeNegative(false).assumeZero(false));
      break;
    case BO_LE:
      if (K == 0 && !Taken)
        Learn(*Key, Old.assumeNegative(false).assumeZero(false));
      break;
    default:
      break;
    }
    return Feasible;
  }
  if (std::optional<StorageKey> Key = conditionKey(E))
    Learn(*Key, S.load(*Key).assumeZero(!Taken));
  return Feasible;
}

//===----------------------------------------------------------------------===//

PathWalker::PathWalker(ASTContext &Ctx, llvm::ArrayRef<ResourcePair> Pairs,
                       WalkLimits Limits)
    : P(std::make_unique<Impl>(*this, Ctx, Pairs, Limits)), Limits(Limits) {}

PathWalker::~PathWalker() = default;

unsigned PathWalker::newWitness(const Stmt *Start, unsigned From,
                                const PathState *At) {
  WitnessNode N;
  N.Start = Start;
  if (From)
    N.From.push_back(From);
  if (At)
    for (const auto &[Key, V] : At->memory())
      if (V.isInt() && V.origin())
        N.Origins.push_back({Key, V.origin()});
  Witnesses.push_back(std::move(N));
  return Witnesses.size() - 1;
}

llvm::SmallVector<PathWalker::LeakStartInfo, 2>
PathWalker::leakStarts(const PathState &Exit) const {
  llvm::SmallVector<const WitnessNode *, 4> Starts;
  llvm::SmallVector<unsigned, 8> Work;
  llvm::DenseSet<unsigned> Visited;
  if (Exit.Lineage)
    Work.push_back(Exit.Lineage);
  while (!Work.empty()) {
    unsigned N = Work.pop_back_val();
    if (N == 0 || N >= Witnesses.size() || !Visited.insert(N).second)
      continue;
    const WitnessNode &Node = Witnesses[N];
    if (Node.Start && !llvm::any_of(Starts, [&](const WitnessNode *S) {
          return S->Start == Node.Start;
        }))
      Starts.push_back(&Node);
    Work.append(Node.From.begin(), Node.From.end());
  }

  const Expr *Returned = Exit.Returned.origin();
  // The variable returned, when it still holds what it held at the kept
  // path's own goto (not assigned since): each start's status came from the
  // value that variable had at that start.
  auto OriginAt = [](const WitnessNode &N, StorageKey K) -> const Expr * {
    for (const auto &[Key, Origin] : N.Origins)
      if (Key == K)
        return Origin;
    return nullptr;
  };
  StorageKey ReturnedVar = nullptr;
  const WitnessNode *Own = nullptr;
  for (const WitnessNode *N : Starts)
    if (N->Start == Exit.LeakStart)
      Own = N;
  if (Returned && Own)
    for (const auto &[Key, V] : Exit.memory())
      if (V.isInt() && V.origin() == Returned &&
          OriginAt(*Own, Key) == Returned)
        ReturnedVar = Key;

  llvm::SmallVector<LeakStartInfo, 2> Result;
  for (const WitnessNode *N : Starts) {
    const Expr *Origin = Returned;
    if (ReturnedVar)
      if (const Expr *At = OriginAt(*N, ReturnedVar))
        Origin = At;
    Result.push_back({N->Start, Origin});
  }
  if (Result.empty() && Exit.LeakStart)
    Result.push_back({Exit.LeakStart, Returned});
  return Result;
}

void PathWalker::Impl::forgetStaleWalks() {
  if (MemoGeneration != Relevance.generation())
    Memo.clear();
  MemoGeneration = Relevance.generation();
}

void PathWalker::prepare(llvm::ArrayRef<const FunctionDecl *> Handlers) {
  for (const FunctionDecl *FD : Handlers)
    P->Relevance.addRoot(FD);
}

void PathWalker::keepValuesOf(StorageKey Key) {
  P->Relevance.addLocation(Key);
  P->Pinned.insert(Key);
}

bool PathWalker::failuresPassLive(
    const FunctionDecl *Handler, const Stmt *S, unsigned Registration,
    llvm::ArrayRef<const Stmt *> Starts) const {
  auto It = FailingLive.find({S, Registration});
  if (It == FailingLive.end())
    return Starts.empty();
  auto Graph = FirstWalkWitnesses.find(Handler);
  if (Graph == FirstWalkWitnesses.end() || llvm::is_contained(It->second, 0u))
    return true; // nothing to tell
  const std::vector<WitnessNode> &Witnesses = Graph->second;
  llvm::SmallPtrSet<const Stmt *, 8> Passed;
  llvm::SmallVector<unsigned, 16> Work(It->second.begin(), It->second.end());
  llvm::DenseSet<unsigned> Visited;
  while (!Work.empty()) {
    unsigned N = Work.pop_back_val();
    if (N == 0 || N >= Witnesses.size() || !Visited.insert(N).second)
      continue;
    if (Witnesses[N].Start)
      Passed.insert(Witnesses[N].Start);
    Work.append(Witnesses[N].From.begin(), Witnesses[N].From.end());
  }
  return llvm::all_of(Starts, [&](const Stmt *G) { return Passed.count(G); });
}

const ParentMap *PathWalker::parentsOf(const FunctionDecl *Fn) const {
  return P->parentsOf(Fn);
}

uint8_t PathWalker::reached(const Stmt *S, unsigned Registration) const {
  auto It = Reach.find({S, Registration});
  uint8_t Bits = It == Reach.end() ? 0 : It->second;
  auto None = Reach.find({S, NothingLive});
  if (None == Reach.end())
    return Bits;
  Bits |= None->second & ReachedNotLive;
  // A path with nothing registered passes a guard on this handle unless the
  // location was NULL.
  if (None->second & ReachedStaleHandle) {
    auto Null = NullWithNothingLive.find(S);
    StorageKey Key = Sites[Registration].HandleKey;
    if (Key && (Null == NullWithNothingLive.end() ||
                !llvm::is_contained(Null->second, Key)))
      Bits |= ReachedStaleHandle;
  }
  return Bits;
}

void PathWalker::setExternalDefinitions(ExternalDefinitions *E) {
  External = E;
}

std::optional<std::vector<PathState>>
PathWalker::walkHandler(const FunctionDecl *Handler,
                        std::vector<PathState> Entries,
                        llvm::ArrayRef<PlannedRelease> Plan,
                        PlanViolations *Violations) {
  SkipReason.clear();
  BlockVisits = 0;
  Witnesses.assign(1, WitnessNode());
  P->GaveUp = false;
  P->Relevance.addRoot(Handler);
  P->forgetStaleWalks();
  P->Plan = Plan;
  P->PlanStartsByBlock.clear();
  P->ReleasesBefore.clear();
  PlanViolations Ignored;
  P->Violations = Violations ? Violations : &Ignored;
  // A first walk is archived; a planning walk starts from that archive when
  // it walks the same entries with the same locations kept.
  P->Archiving = nullptr;
  P->Resuming = nullptr;
  if (Plan.empty()) {
    Impl::FirstWalkEdges &A = P->Archived[Handler];
    A = Impl::FirstWalkEdges();
    A.Entries = Entries;
    A.Generation = P->Relevance.generation();
    P->Archiving = &A;
  } else if (auto It = P->Archived.find(Handler);
             It != P->Archived.end() && It->second.Complete &&
             It->second.Generation == P->Relevance.generation() &&
             It->second.Entries == Entries) {
    P->Resuming = &It->second;
  }
  std::optional<std::vector<PathState>> Exits =
      P->walkFunction(Handler, std::move(Entries));
  if (P->Archiving)
    P->Archiving->Complete =
        Exits && P->Archiving->Generation == P->Relevance.generation();
  P->Archiving = nullptr;
  P->Resuming = nullptr;
  P->Plan = {};
  if (Plan.empty())
    FirstWalkWitnesses[Handler] = Witnesses; // for failuresPassLive
  if (!Exits && SkipReason.empty())
    SkipReason = "its body could not be analyzed (it contains errors, or "
                 "Clang could not build its control-flow graph)";
  return Exits;
}

} // namespace ndis
