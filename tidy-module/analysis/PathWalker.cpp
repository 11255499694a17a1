//===- PathWalker.cpp - path-sensitive walk over Clang's CFG --------------===//

#include "tidy-module/analysis/PathWalker.h"
#include "tidy-module/analysis/ApiKnowledge.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include <deque>
#include <unordered_map>

using namespace clang;

namespace ndis {

namespace {

/// A function's CFG and the parent links the transfer functions need.
struct FunctionInfo {
  std::unique_ptr<CFG> Graph;
  std::unique_ptr<ParentMap> Parents;
  bool Usable = false;
};

bool containsErrors(const Stmt *S) {
  if (!S)
    return false;
  if (const auto *E = dyn_cast<Expr>(S))
    if (E->containsErrors())
      return true;
  for (const Stmt *Child : S->children())
    if (containsErrors(Child))
      return true;
  return false;
}

const Expr *stripParens(const Expr *E) { return E ? E->IgnoreParens() : E; }

/// The loop or switch a break leaves.
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

/// Pops a stack when the scope ends (llvm::make_scope_exit is deprecated in
/// LLVM 22 and its replacement absent from 19).
template <typename Stack> struct PopOnExit {
  Stack &S;
  ~PopOnExit() { S.pop_back(); }
};
template <typename Stack> PopOnExit(Stack &) -> PopOnExit<Stack>;

struct StateHash {
  size_t operator()(const PathState &S) const { return S.hash(); }
};

} // namespace

class PathWalker::Impl {
public:
  Impl(PathWalker &W, ASTContext &Ctx, llvm::ArrayRef<ResourcePair> Pairs,
       WalkLimits Limits)
      : W(W), Ctx(Ctx), Pairs(Pairs), Limits(Limits) {}

  std::optional<std::vector<PathState>>
  walkFunction(const FunctionDecl *FD, std::vector<PathState> Entries);

  llvm::ArrayRef<PlannedRelease> Plan;
  PlanViolations *Violations = nullptr;
  bool GaveUp = false;

private:
  struct Frame {
    const FunctionDecl *Function;
    FunctionInfo *Info;
  };

  FunctionInfo *infoFor(const FunctionDecl *FD);
  void processBlock(const CFGBlock &B, PathState S,
                    llvm::SmallVectorImpl<PathState> &Out);
  void applyPlan(const CFGBlock &B, unsigned Index, PathState &S);
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
  Value castValue(const CastExpr *CE, const Value &V) const;

  void call(const CallExpr *CE, PathState &S,
            llvm::SmallVectorImpl<Value> &Args,
            llvm::SmallVectorImpl<PathState> &Out);
  bool inlineCall(const Expr *CallSite, const FunctionDecl *Callee,
                  llvm::ArrayRef<Value> Args, PathState &S,
                  llvm::SmallVectorImpl<PathState> &Out);
  void unknownCall(const CallExpr *CE, llvm::ArrayRef<Value> Args,
                   PathState &S);
  void escapeObject(PathState &S, const RecordDecl *RD);
  void escapeAllFields(PathState &S);
  void zeroObject(PathState &S, const Expr *Ptr, const Value &PtrValue);
  const llvm::SmallPtrSet<const RecordDecl *, 8> &
  reachableRecords(const RecordDecl *RD);
  unsigned siteFor(const ResourcePair &Pair, const CallExpr *Acquire,
                   StorageKey Key, const Expr *HandleArg);

  bool refine(const Expr *Cond, bool Taken, PathState &S) const;
  std::optional<StorageKey> conditionKey(const Expr *E) const;

  bool isLocalOf(StorageKey Key, const FunctionDecl *FD) const;

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
  };
  llvm::DenseMap<const FunctionDecl *, std::vector<MemoEntry>> Memo;
};

//===----------------------------------------------------------------------===//
// The walk
//===----------------------------------------------------------------------===//

FunctionInfo *PathWalker::Impl::infoFor(const FunctionDecl *FD) {
  auto &Slot = Infos[FD];
  if (Slot)
    return Slot.get();
  Slot = std::make_unique<FunctionInfo>();
  Stmt *Body = FD->getBody();
  if (!Body || FD->isInvalidDecl() || containsErrors(Body))
    return Slot.get();
  CFG::BuildOptions Opts;
  Opts.setAllAlwaysAdd();
  Opts.AddImplicitDtors = false;
  Opts.AddTemporaryDtors = false;
  Opts.AddInitializers = false;
  Slot->Graph = CFG::buildCFG(FD, Body, &Ctx, Opts);
  if (!Slot->Graph)
    return Slot.get();
  Slot->Parents = std::make_unique<ParentMap>(Body);
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

  auto Enqueue = [&](const CFGBlock *B, PathState S) {
    if (!Seen[B->getBlockID()].emplace(S, 0).second)
      return;
    Work.emplace_back(B, std::move(S));
  };
  for (PathState &S : Entries)
    Enqueue(&G.getEntry(), std::move(S));

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
      if (ExitSeen.emplace(S, 0).second)
        Exits.push_back(std::move(S));
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
        Enqueue(Succ, std::move(Next));
      }
    }
  }
  return Exits;
}

void PathWalker::Impl::processBlock(const CFGBlock &B, PathState Start,
                                    llvm::SmallVectorImpl<PathState> &Out) {
  llvm::SmallVector<PathState, 4> Current;
  Current.push_back(std::move(Start));
  unsigned Index = 0;
  for (const CFGElement &El : B) {
    std::optional<CFGStmt> CS = El.getAs<CFGStmt>();
    if (!CS) {
      ++Index;
      continue;
    }
    llvm::SmallVector<PathState, 4> Next;
    for (PathState &S : Current) {
      if (!Plan.empty() && Stack.size() == 1)
        applyPlan(B, Index, S);
      transfer(CS->getStmt(), std::move(S), Next);
      if (GaveUp)
        return;
    }
    Current = std::move(Next);
    ++Index;
  }
  if (!Plan.empty() && Stack.size() == 1)
    for (PathState &S : Current)
      applyPlan(B, Index, S);
  for (PathState &S : Current)
    Out.push_back(std::move(S));
}

/// Runs the planned releases whose statement starts at this element (or, for
/// a statement that is only a terminator, at the end of the block).
void PathWalker::Impl::applyPlan(const CFGBlock &B, unsigned Index,
                                 PathState &S) {
  const ParentMap &PM = *Stack.back().Info->Parents;
  auto Within = [&](const Stmt *Inner, const Stmt *Outer) {
    for (const Stmt *X = Inner; X; X = PM.getParent(X))
      if (X == Outer)
        return true;
    return false;
  };
  auto ElementStmt = [&](unsigned I) -> const Stmt * {
    if (I >= B.size())
      return nullptr;
    if (std::optional<CFGStmt> CS = B[I].getAs<CFGStmt>())
      return CS->getStmt();
    return nullptr;
  };
  for (const PlannedRelease &R : Plan) {
    bool StartsHere;
    if (Index == B.size()) {
      StartsHere = B.getTerminatorStmt() == R.Before;
    } else {
      const Stmt *Here = ElementStmt(Index);
      StartsHere = Here && Within(Here, R.Before) &&
                   !(Index > 0 && ElementStmt(Index - 1) &&
                     Within(ElementStmt(Index - 1), R.Before));
    }
    if (!StartsHere)
      continue;
    const RegistrationSite &Site = W.Sites[R.Registration];
    bool Live = S.hasRegistration(R.Registration) &&
                S.fate(R.Registration) == HandleFate::Registered;
    if (R.Guard.K == ReleaseGuard::Kind::HandleNotNull) {
      Value Held = Site.HandleKey ? S.load(Site.HandleKey) : Value::unknown();
      if (Held.isZero() == Truth::True)
        continue; // the guard skips the call on this path
      // A stale handle (already released, or never written) passes the
      // guard too: that would release twice.
      if (!(Held.isHandle() && Held.registration() == R.Registration && Live)) {
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
    S.setFate(R.Registration, HandleFate::Released);
    // The fix sets a guarded handle back to NULL after releasing it.
    if (R.Guard.K == ReleaseGuard::Kind::HandleNotNull && Site.HandleKey)
      S.store(Site.HandleKey, Value::exact(0));
    S.PlannedReleaseRan = true;
  }
}

void PathWalker::Impl::branch(
    const CFGBlock &B, PathState S,
    llvm::SmallVectorImpl<std::pair<const CFGBlock *, PathState>> &Succs) {
  const Stmt *Term = B.getTerminatorStmt();
  const ParentMap &PM = *Stack.back().Info->Parents;
  if (Stack.size() == 1 && Term && !S.LeakStart && S.anyRegistered()) {
    if (isa<GotoStmt>(Term))
      S.LeakStart = Term;
    else if (isa<BreakStmt>(Term)) {
      const Stmt *Target = breakTarget(Term, PM);
      if (Target && !isa<SwitchStmt>(Target))
        S.LeakStart = Term;
    }
  }

  auto Reachable = [](const CFGBlock::AdjacentBlock &A) {
    return A.getReachableBlock();
  };

  const Expr *CondE = branchValueExpr(B);
  if (CondE && B.succ_size() == 2 && !isa<SwitchStmt>(Term)) {
    Value Cond = take(S, CondE);
    Truth T = Cond.truth();
    const CFGBlock *Then = Reachable(*B.succ_begin());
    const CFGBlock *Else = Reachable(*(B.succ_begin() + 1));
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

  for (const CFGBlock::AdjacentBlock &A : B.succs())
    if (const CFGBlock *Succ = A.getReachableBlock())
      Succs.push_back({Succ, S});
}

//===----------------------------------------------------------------------===//
// Conditions
//===----------------------------------------------------------------------===//

/// The location a condition operand reads: `Status`, `Adapter->Flags`,
/// `*pRegistered`.
std::optional<StorageKey> PathWalker::Impl::conditionKey(const Expr *E) const {
  E = E->IgnoreParenCasts();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
      return VD;
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    if (const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl()))
      return FD;
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
    BinaryOperatorKind Op = BO->getOpcode();
    if (Op == BO_And) { // Flags & BIT
      std::optional<Value> Mask = constantValue(R);
      std::optional<StorageKey> Key = conditionKey(L);
      if (!Mask) {
        Mask = constantValue(L);
        Key = conditionKey(R);
      }
      if (Mask && Key && Mask->exactValue())
        Learn(*Key, S.load(*Key).assumeBits(
                        static_cast<uint64_t>(*Mask->exactValue()), Taken));
      return Feasible;
    }
    std::optional<Value> C = constantValue(R);
    const Expr *Var = L;
    if (!C) {
      C = constantValue(L);
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
// Expressions
//===----------------------------------------------------------------------===//

std::optional<Value> PathWalker::Impl::constantValue(const Expr *E) const {
  if (!E || E->isValueDependent() || E->isTypeDependent())
    return std::nullopt;
  if (E->getType()->isIntegralOrEnumerationType() ||
      E->getType()->isBooleanType()) {
    Expr::EvalResult R;
    if (!E->HasSideEffects(Ctx) &&
        E->EvaluateAsInt(R, Ctx, Expr::SE_NoSideEffects))
      return Value::exact(R.Val.getInt().getExtValue(), E);
    return std::nullopt;
  }
  if (E->getType()->isPointerType() &&
      E->isNullPointerConstant(const_cast<ASTContext &>(Ctx),
                               Expr::NPC_ValueDependentIsNotNull))
    return Value::exact(0, E);
  return std::nullopt;
}

/// The value of an already evaluated child, consumed.
Value PathWalker::Impl::take(PathState &S, const Expr *Child) {
  for (const Expr *E = Child; E;) {
    if (const Value *V = S.pending(E)) {
      Value Copy = *V;
      S.erasePending(E);
      return Copy;
    }
    if (const auto *PE = dyn_cast<ParenExpr>(E))
      E = PE->getSubExpr();
    else if (const auto *FE = dyn_cast<FullExpr>(E))
      E = FE->getSubExpr();
    else
      break;
  }
  if (std::optional<Value> C = constantValue(Child))
    return *C;
  return Value::unknown();
}

Value PathWalker::Impl::readLocation(const PathState &S,
                                     const Value &V) const {
  if (V.kind() == Value::Kind::Location)
    return V.key() ? S.load(V.key()) : Value::unknown();
  return V;
}

Value PathWalker::Impl::rvalue(PathState &S, const Expr *Child) {
  Value V = take(S, Child);
  if (Child->isGLValue())
    return readLocation(S, V);
  return V;
}

void PathWalker::Impl::write(PathState &S, const Value &Where,
                             const Value &V) {
  if (Where.kind() == Value::Kind::Location && Where.key()) {
    S.store(Where.key(), V);
    return;
  }
  // A handle written where we cannot follow it is no longer tracked.
  if (V.isHandle())
    S.setFate(V.registration(), HandleFate::Escaped);
}

Value PathWalker::Impl::castValue(const CastExpr *CE, const Value &V) const {
  switch (CE->getCastKind()) {
  case CK_IntegralToBoolean:
  case CK_PointerToBoolean:
    return Value::fromTruth(V.truth());
  case CK_IntegralCast:
  case CK_IntegralToPointer:
  case CK_PointerToIntegral:
  case CK_NoOp:
  case CK_BitCast:
  case CK_NullToPointer:
  case CK_BooleanToSignedIntegral:
    if (std::optional<int64_t> X = V.exactValue()) {
      QualType T = CE->getType();
      if (T->isIntegerType() && !T->isBooleanType()) {
        unsigned Width = Ctx.getIntWidth(T);
        llvm::APSInt A(llvm::APInt(64, static_cast<uint64_t>(*X), true),
                       false);
        A = A.extOrTrunc(Width);
        A.setIsSigned(T->isSignedIntegerOrEnumerationType());
        return Value::exact(A.getExtValue(), V.origin());
      }
    }
    return V;
  default:
    return V;
  }
}

void PathWalker::Impl::transfer(const Stmt *St, PathState S,
                                llvm::SmallVectorImpl<PathState> &Out) {
  if (const auto *DS = dyn_cast<DeclStmt>(St)) {
    for (const Decl *D : DS->decls()) {
      const auto *VD = dyn_cast<VarDecl>(D);
      if (!VD)
        continue;
      if (const Expr *Init = VD->getInit()) {
        Value V = Init->isGLValue() && !VD->getType()->isReferenceType()
                      ? rvalue(S, Init)
                      : take(S, Init);
        S.store(VD, V);
      } else if (VD->hasLocalStorage()) {
        S.forget(VD);
      }
    }
    Out.push_back(std::move(S));
    return;
  }
  if (const auto *RS = dyn_cast<ReturnStmt>(St)) {
    if (const Expr *RV = RS->getRetValue())
      S.Returned = RV->isGLValue() ? rvalue(S, RV) : take(S, RV);
    else
      S.Returned = Value::unknown();
    if (Stack.size() == 1)
      S.Exit = RS;
    Out.push_back(std::move(S));
    return;
  }
  if (const auto *E = dyn_cast<Expr>(St)) {
    transferExpr(E, S, Out);
    return;
  }
  Out.push_back(std::move(S));
}

void PathWalker::Impl::transferExpr(const Expr *E, PathState &S,
                                    llvm::SmallVectorImpl<PathState> &Out) {
  auto Done = [&](Value V) {
    S.setPending(E, V);
    Out.push_back(std::move(S));
  };

  if (isa<CallExpr>(E)) {
    const auto *CE = cast<CallExpr>(E);
    llvm::SmallVector<Value, 6> Args;
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
      take(S, MC->getCallee());
    else
      take(S, CE->getCallee());
    for (const Expr *Arg : CE->arguments())
      Args.push_back(Arg->isGLValue() ? rvalue(S, Arg) : take(S, Arg));
    call(CE, S, Args, Out);
    return;
  }

  if (E->isPRValue())
    if (std::optional<Value> C = constantValue(E)) {
      for (const Stmt *Child : E->children())
        if (const auto *CE = dyn_cast_or_null<Expr>(Child))
          take(S, CE);
      Done(*C);
      return;
    }

  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl())) {
      // A reference variable names what it was bound to.
      if (VD->getType()->isReferenceType()) {
        Value Bound = S.load(VD);
        Done(Bound.kind() == Value::Kind::Location ? Bound
                                                   : Value::location(nullptr));
        return;
      }
      Done(Value::location(VD));
      return;
    }
    Done(Value::unknown());
    return;
  }
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    take(S, ME->getBase());
    if (const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl()))
      Done(Value::location(FD));
    else
      Done(Value::unknown());
    return;
  }
  if (const auto *U = dyn_cast<UnaryOperator>(E)) {
    const Expr *Sub = U->getSubExpr();
    switch (U->getOpcode()) {
    case UO_AddrOf: {
      Value L = take(S, Sub);
      Done(L.kind() == Value::Kind::Location && L.key()
               ? Value::address(L.key())
               : Value::unknown());
      return;
    }
    case UO_Deref: {
      Value P = rvalue(S, Sub);
      Done(P.kind() == Value::Kind::Address ? Value::location(P.key())
                                            : Value::location(nullptr));
      return;
    }
    case UO_LNot:
      Done(Value::logicalNot(rvalue(S, Sub)));
      return;
    case UO_Not:
      Done(Value::bitNot(rvalue(S, Sub)));
      return;
    case UO_PreInc:
    case UO_PreDec:
    case UO_PostInc:
    case UO_PostDec: {
      Value L = take(S, Sub);
      write(S, L, Value::unknown());
      Done(U->isPrefix() ? L : Value::unknown());
      return;
    }
    default:
      Done(Sub->isGLValue() && U->isGLValue() ? take(S, Sub)
                                              : Value::unknown());
      return;
    }
  }
  if (const auto *Cast = dyn_cast<CastExpr>(E)) {
    const Expr *Sub = Cast->getSubExpr();
    switch (Cast->getCastKind()) {
    case CK_LValueToRValue:
      Done(readLocation(S, take(S, Sub)));
      return;
    case CK_ArrayToPointerDecay: {
      Value L = take(S, Sub);
      Done(L.kind() == Value::Kind::Location && L.key()
               ? Value::address(L.key())
               : Value::unknown());
      return;
    }
    default: {
      Value V = take(S, Sub);
      Done(E->isGLValue() ? V : castValue(Cast, V));
      return;
    }
    }
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    BinaryOperatorKind Op = BO->getOpcode();
    if (BO->isLogicalOp()) {
      // Reached only after the short circuit: the right side's value is
      // present when it was evaluated on this path.
      const Value *Rhs = S.pending(stripParens(BO->getRHS()));
      Value R = Rhs ? Value::fromTruth(Rhs->truth())
                    : Value::exact(Op == BO_LOr ? 1 : 0);
      S.erasePending(stripParens(BO->getRHS()));
      S.erasePending(stripParens(BO->getLHS()));
      Done(R);
      return;
    }
    if (Op == BO_Comma) {
      take(S, BO->getLHS());
      Value R = BO->getRHS()->isGLValue() ? take(S, BO->getRHS())
                                           : take(S, BO->getRHS());
      Done(R);
      return;
    }
    if (BO->isAssignmentOp()) {
      Value Rhs = rvalue(S, BO->getRHS());
      Value Where = take(S, BO->getLHS());
      Value New = Rhs;
      if (Op != BO_Assign) {
        Value Old = readLocation(S, Where);
        if (Op == BO_OrAssign)
          New = Value::bitOr(Old, Rhs);
        else if (Op == BO_AndAssign)
          New = Value::bitAnd(Old, Rhs);
        else
          New = Value::unknown();
      }
      write(S, Where, New);
      Done(Where);
      return;
    }
    Value L = rvalue(S, BO->getLHS());
    Value R = rvalue(S, BO->getRHS());
    switch (Op) {
    case BO_EQ:
      Done(Value::fromTruth(Value::equals(L, R)));
      return;
    case BO_NE:
      Done(Value::fromTruth(negate(Value::equals(L, R))));
      return;
    case BO_LT:
      Done(Value::fromTruth(Value::lessThan(L, R)));
      return;
    case BO_GT:
      Done(Value::fromTruth(Value::lessThan(R, L)));
      return;
    case BO_LE:
      Done(Value::fromTruth(negate(Value::lessThan(R, L))));
      return;
    case BO_GE:
      Done(Value::fromTruth(negate(Value::lessThan(L, R))));
      return;
    case BO_And:
      Done(Value::bitAnd(L, R));
      return;
    case BO_Or:
      Done(Value::bitOr(L, R));
      return;
    default:
      Done(Value::unknown());
      return;
    }
  }
  if (const auto *CO = dyn_cast<AbstractConditionalOperator>(E)) {
    const Expr *T = stripParens(CO->getTrueExpr());
    const Expr *F = stripParens(CO->getFalseExpr());
    Value V = Value::unknown();
    if (S.pending(T))
      V = CO->getTrueExpr()->isGLValue() && !E->isGLValue() ? rvalue(S, T)
                                                            : take(S, T);
    else if (S.pending(F))
      V = CO->getFalseExpr()->isGLValue() && !E->isGLValue() ? rvalue(S, F)
                                                             : take(S, F);
    Done(V);
    return;
  }
  if (const auto *Del = dyn_cast<CXXDeleteExpr>(E)) {
    rvalue(S, Del->getArgument());
    if (S.anyRegistered())
      S.FreedWhileRegistered = true;
    const CXXRecordDecl *RD = Del->getDestroyedType()->getAsCXXRecordDecl();
    const CXXDestructorDecl *Dtor = RD ? RD->getDestructor() : nullptr;
    if (Dtor && Dtor->hasBody() && !Dtor->isVirtual()) {
      llvm::SmallVector<PathState, 2> Results;
      if (inlineCall(E, Dtor, {}, S, Results)) {
        for (PathState &R : Results) {
          R.setPending(E, Value::unknown());
          Out.push_back(std::move(R));
        }
        return;
      }
    }
    // A trivial destructor runs nothing: the object's memory is just freed.
    // Any other destructor we cannot walk may release what the object holds.
    if (RD && !RD->hasTrivialDestructor())
      escapeObject(S, RD);
    Done(Value::unknown());
    return;
  }
  if (const auto *New = dyn_cast<CXXNewExpr>(E)) {
    for (const Stmt *Child : E->children())
      if (const auto *CE = dyn_cast_or_null<Expr>(Child))
        take(S, CE);
    // A new object built by the implicit constructor holds what its members'
    // initializers say (`NDIS_HANDLE m_InterruptHandle = nullptr;`).
    const CXXRecordDecl *RD = New->getAllocatedType()->getAsCXXRecordDecl();
    const CXXConstructExpr *Ctor = New->getConstructExpr();
    if (RD && Ctor && Ctor->getConstructor()->isImplicit() && !RD->isDynamicClass())
      for (const FieldDecl *F : RD->fields()) {
        const Expr *Init = F->getInClassInitializer();
        std::optional<Value> C = Init ? constantValue(Init) : std::nullopt;
        if (C)
          S.store(F, *C);
        else
          S.forget(F);
      }
    Done(Value::unknown());
    return;
  }
  // Anything else: its children were evaluated; its own value is unknown.
  for (const Stmt *Child : E->children())
    if (const auto *CE = dyn_cast_or_null<Expr>(Child))
      take(S, CE);
  Done(Value::unknown());
}

//===----------------------------------------------------------------------===//
// Calls
//===----------------------------------------------------------------------===//

unsigned PathWalker::Impl::siteFor(const ResourcePair &Pair,
                                   const CallExpr *Acquire, StorageKey Key,
                                   const Expr *HandleArg) {
  const Expr *HandlerCall = CallSites.empty() ? Acquire : CallSites.front();
  for (unsigned I = 0; I < W.Sites.size(); ++I) {
    const RegistrationSite &S = W.Sites[I];
    if (S.AcquireCall == Acquire && S.HandlerCall == HandlerCall &&
        S.HandleKey == Key)
      return I;
  }
  W.Sites.push_back({&Pair, Acquire, HandlerCall, Key, HandleArg});
  return W.Sites.size() - 1;
}

void PathWalker::Impl::call(const CallExpr *CE, PathState &S,
                            llvm::SmallVectorImpl<Value> &Args,
                            llvm::SmallVectorImpl<PathState> &Out) {
  const FunctionDecl *Callee = CE->getDirectCallee();
  llvm::StringRef Name;
  if (Callee && Callee->getIdentifier())
    Name = Callee->getName();

  for (const ResourcePair &Pair : Pairs) {
    if (!Name.empty() && Name == Pair.AcquireFunction) {
      bool OutArg = Pair.Success == AcquireSuccess::ReturnsSuccessStatus;
      StorageKey Key = nullptr;
      const Expr *HandleArg = nullptr;
      if (OutArg && Pair.AcquireHandleArg < Args.size()) {
        HandleArg = CE->getArg(Pair.AcquireHandleArg);
        if (Args[Pair.AcquireHandleArg].kind() == Value::Kind::Address)
          Key = Args[Pair.AcquireHandleArg].key();
      }
      unsigned Id = siteFor(Pair, CE, Key, HandleArg);
      PathState Succeeded = S;
      Succeeded.setFate(Id, HandleFate::Registered);
      if (OutArg) {
        if (Key)
          Succeeded.store(Key, Value::handle(Id));
        Succeeded.setPending(CE, Value::exact(0, CE));
      } else {
        Succeeded.setPending(CE, Value::handle(Id));
      }
      Out.push_back(std::move(Succeeded));
      // On failure no handle is written: the location keeps its value.
      S.setPending(CE, OutArg ? Value::failureStatus(CE) : Value::exact(0, CE));
      Out.push_back(std::move(S));
      return;
    }
    if (!Name.empty() && Name == Pair.ReleaseFunction) {
      Value H = Pair.ReleaseHandleArg < Args.size() ? Args[Pair.ReleaseHandleArg]
                                                    : Value::unknown();
      if (H.isHandle()) {
        // The driver's own release after one the fix planner added: the fix
        // would make it release twice.
        if (S.PlannedReleaseRan && S.hasRegistration(H.registration()) &&
            S.fate(H.registration()) == HandleFate::Released)
          Violations->ReleasedUnregistered = true;
        S.setFate(H.registration(), HandleFate::Released);
      } else if (H.isZero() != Truth::True) {
        // Releasing a handle we lost track of may release any of ours.
        for (const auto &[Id, Fate] : S.registrations())
          if (Fate == HandleFate::Registered && W.Sites[Id].Pair == &Pair)
            S.setFate(Id, HandleFate::Escaped);
      }
      S.setPending(CE, Value::unknown());
      Out.push_back(std::move(S));
      return;
    }
  }

  if (const Expr *Zeroed = zeroedObject(CE, Callee)) {
    zeroObject(S, Zeroed, Args.empty() ? Value::unknown() : Args[0]);
    S.setPending(CE, Value::unknown());
    Out.push_back(std::move(S));
    return;
  }

  // A status from a call we do not follow: unknown, but worth naming.
  Value Opaque = CE->getType()->isIntegerType() ? Value::anyInt(CE)
                                                : Value::unknown();
  const SourceManager &SM = Ctx.getSourceManager();
  if (isResourceRelease(Callee) && S.anyRegistered())
    S.FreedWhileRegistered = true;
  if (Callee && isPlatformFunction(Callee, SM)) {
    // It may write through any non-const pointer it gets (out-parameters
    // such as NdisMAllocateSharedMemory's VirtualAddress).
    for (unsigned I = 0; I < Args.size() && I < CE->getNumArgs(); ++I) {
      if (Args[I].kind() != Value::Kind::Address || !Args[I].key())
        continue;
      QualType Param = I < Callee->getNumParams()
                           ? Callee->getParamDecl(I)->getType()
                           : CE->getArg(I)->getType();
      if (Param->isPointerType() && Param->getPointeeType().isConstQualified())
        continue;
      if (S.load(Args[I].key()).isHandle())
        continue; // NDIS reads handles it is given; it never rewrites ours
      S.forget(Args[I].key());
    }
    S.setPending(CE, Opaque);
    Out.push_back(std::move(S));
    return;
  }

  if (Callee) {
    const FunctionDecl *Def = Callee->getDefinition();
    const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
    bool Virtual = Method && Method->isVirtual() && !Method->hasAttr<FinalAttr>() &&
                   !(Method->getParent() && Method->getParent()->hasAttr<FinalAttr>());
    if (Def && !Virtual) {
      llvm::SmallVector<PathState, 4> Results;
      if (inlineCall(CE, Def, Args, S, Results)) {
        for (PathState &R : Results)
          Out.push_back(std::move(R));
        return;
      }
    }
  }
  unknownCall(CE, Args, S);
  S.setPending(CE, Opaque);
  Out.push_back(std::move(S));
}

bool PathWalker::Impl::isLocalOf(StorageKey Key,
                                 const FunctionDecl *FD) const {
  const auto *VD = dyn_cast_or_null<VarDecl>(Key);
  if (!VD || !VD->hasLocalStorage())
    return false;
  for (const DeclContext *DC = VD->getDeclContext(); DC; DC = DC->getParent())
    if (DC == FD)
      return true;
  return false;
}

bool PathWalker::Impl::inlineCall(const Expr *CallSite,
                                  const FunctionDecl *Callee,
                                  llvm::ArrayRef<Value> Args, PathState &S,
                                  llvm::SmallVectorImpl<PathState> &Out) {
  if (Stack.size() > Limits.MaxInlineDepth)
    return false;
  for (const Frame &F : Stack)
    if (F.Function == Callee)
      return false; // recursion
  if (!infoFor(Callee)->Usable)
    return false;

  PathState Entry = S;
  Entry.clearPending();
  Entry.Returned = Value::unknown();
  Entry.Exit = nullptr;
  for (unsigned I = 0; I < Callee->getNumParams() && I < Args.size(); ++I)
    Entry.store(Callee->getParamDecl(I), Args[I]);

  CallSites.push_back(CallSite);
  PopOnExit PopSite{CallSites};
  const Expr *HandlerCall = CallSites.front();

  std::vector<PathState> *Exits = nullptr;
  auto &Entries = Memo[Callee];
  for (MemoEntry &M : Entries)
    if (M.HandlerCall == HandlerCall && M.Entry == Entry) {
      Exits = &M.Exits;
      break;
    }
  std::vector<PathState> Fresh;
  if (!Exits) {
    std::optional<std::vector<PathState>> Result =
        walkFunction(Callee, {Entry});
    if (GaveUp)
      return true; // the caller stops at once
    if (!Result)
      return false;
    Entries.push_back({HandlerCall, Entry, std::move(*Result)});
    Exits = &Entries.back().Exits;
  }

  for (const PathState &X : *Exits) {
    PathState R = X;
    R.forgetIf([&](StorageKey K) { return isLocalOf(K, Callee); });
    Value Result = X.Returned;
    if (Result.isInt())
      Result = Result.withOrigin(CallSite);
    R.Returned = S.Returned;
    R.Exit = S.Exit;
    R.copyPendingFrom(S);
    R.setPending(CallSite, Result);
    Out.push_back(std::move(R));
  }
  return true;
}

const llvm::SmallPtrSet<const RecordDecl *, 8> &
PathWalker::Impl::reachableRecords(const RecordDecl *RD) {
  auto &Slot = Reachable[RD];
  if (Slot)
    return *Slot;
  Slot = std::make_unique<llvm::SmallPtrSet<const RecordDecl *, 8>>();
  llvm::SmallVector<const RecordDecl *, 8> Work{RD};
  while (!Work.empty()) {
    const RecordDecl *R = Work.pop_back_val();
    if (!R || !Slot->insert(R).second)
      continue;
    const RecordDecl *Def = R->getDefinition();
    if (!Def)
      continue;
    if (const auto *CXX = dyn_cast<CXXRecordDecl>(Def))
      for (const CXXBaseSpecifier &Base : CXX->bases())
        Work.push_back(Base.getType()->getAsRecordDecl());
    for (const FieldDecl *F : Def->fields()) {
      QualType T = F->getType();
      while (true) {
        if (const auto *AT = Ctx.getAsArrayType(T))
          T = AT->getElementType();
        else if (T->isPointerType() || T->isReferenceType())
          T = T->getPointeeType();
        else
          break;
      }
      if (const RecordDecl *Inner = T->getAsRecordDecl())
        Work.push_back(Inner);
    }
  }
  return *Slot;
}

void PathWalker::Impl::escapeObject(PathState &S, const RecordDecl *RD) {
  const auto &Records = reachableRecords(RD);
  llvm::SmallVector<StorageKey, 4> Forget;
  for (const auto &[Key, V] : S.memory()) {
    const auto *FD = dyn_cast_or_null<FieldDecl>(Key);
    if (!FD || !Records.count(FD->getParent()))
      continue;
    if (V.isHandle())
      S.setFate(V.registration(), HandleFate::Escaped);
    Forget.push_back(Key);
  }
  for (StorageKey K : Forget)
    S.forget(K);
}

void PathWalker::Impl::escapeAllFields(PathState &S) {
  llvm::SmallVector<StorageKey, 4> Forget;
  for (const auto &[Key, V] : S.memory()) {
    if (!isa_and_nonnull<FieldDecl>(Key))
      continue;
    if (V.isHandle())
      S.setFate(V.registration(), HandleFate::Escaped);
    Forget.push_back(Key);
  }
  for (StorageKey K : Forget)
    S.forget(K);
}

void PathWalker::Impl::unknownCall(const CallExpr *CE,
                                   llvm::ArrayRef<Value> Args, PathState &S) {
  for (unsigned I = 0; I < Args.size(); ++I) {
    const Value &V = Args[I];
    if (V.kind() == Value::Kind::Foreign || V.isZero() == Truth::True)
      continue;
    if (V.isHandle())
      S.setFate(V.registration(), HandleFate::Escaped);
    if (V.kind() == Value::Kind::Address && V.key()) {
      Value Held = S.load(V.key());
      if (Held.isHandle())
        S.setFate(Held.registration(), HandleFate::Escaped);
      S.forget(V.key());
      if (const auto *VD = dyn_cast<VarDecl>(V.key()))
        if (const RecordDecl *RD = VD->getType()->getAsRecordDecl())
          escapeObject(S, RD);
    }
    if (I >= CE->getNumArgs())
      continue;
    // What the argument points to, before any cast to PVOID / NDIS_HANDLE.
    const Expr *Arg = CE->getArg(I)->IgnoreParenCasts();
    QualType T = Arg->getType();
    if (!T->isPointerType() && !T->isReferenceType())
      continue;
    QualType Pointee = T->getPointeeType();
    if (const RecordDecl *RD = Pointee->getAsRecordDecl())
      escapeObject(S, RD);
    else if (Pointee->isVoidType() && !isa<MemberExpr>(Arg))
      // An untyped pointer from a variable or a call may be the adapter
      // itself; one read out of a field (a register base, a buffer) is not.
      escapeAllFields(S);
  }
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
    if (const CXXRecordDecl *RD = MC->getRecordDecl())
      escapeObject(S, RD);
}

void PathWalker::Impl::zeroObject(PathState &S, const Expr *Ptr,
                                  const Value &PtrValue) {
  QualType T = Ptr->IgnoreParenCasts()->getType();
  const RecordDecl *RD = nullptr;
  if (T->isPointerType())
    RD = T->getPointeeType()->getAsRecordDecl();
  if (!RD && PtrValue.kind() == Value::Kind::Address)
    if (const auto *VD = dyn_cast_or_null<VarDecl>(PtrValue.key()))
      RD = VD->getType()->getAsRecordDecl();
  if (!RD) {
    if (PtrValue.kind() == Value::Kind::Address && PtrValue.key())
      S.store(PtrValue.key(), Value::exact(0));
    return;
  }
  // Every scalar field of the object and of the structures embedded in it.
  llvm::SmallVector<const RecordDecl *, 4> Work{RD};
  llvm::SmallPtrSet<const RecordDecl *, 8> Done;
  while (!Work.empty()) {
    const RecordDecl *R = Work.pop_back_val();
    if (!R || !Done.insert(R).second || !R->getDefinition())
      continue;
    for (const FieldDecl *F : R->getDefinition()->fields()) {
      if (const RecordDecl *Inner = F->getType()->getAsRecordDecl())
        Work.push_back(Inner);
      else if (F->getType()->isScalarType())
        S.store(F, Value::exact(0));
    }
  }
}

//===----------------------------------------------------------------------===//

PathWalker::PathWalker(ASTContext &Ctx, llvm::ArrayRef<ResourcePair> Pairs,
                       WalkLimits Limits)
    : P(std::make_unique<Impl>(*this, Ctx, Pairs, Limits)) {}

PathWalker::~PathWalker() = default;

std::optional<std::vector<PathState>>
PathWalker::walkHandler(const FunctionDecl *Handler,
                        std::vector<PathState> Entries,
                        llvm::ArrayRef<PlannedRelease> Plan,
                        PlanViolations *Violations) {
  SkipReason.clear();
  BlockVisits = 0;
  P->GaveUp = false;
  P->Plan = Plan;
  PlanViolations Ignored;
  P->Violations = Violations ? Violations : &Ignored;
  std::optional<std::vector<PathState>> Exits =
      P->walkFunction(Handler, std::move(Entries));
  P->Plan = {};
  if (!Exits && SkipReason.empty())
    SkipReason = "its body could not be analyzed (it contains errors, or "
                 "Clang could not build its control-flow graph)";
  return Exits;
}

} // namespace ndis
