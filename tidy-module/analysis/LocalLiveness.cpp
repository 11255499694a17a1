//===- LocalLiveness.cpp - where a function's own variables are still read -===//

#include "tidy-module/analysis/LocalLiveness.h"
#include "tidy-module/analysis/StatementWalk.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ParentMap.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;

namespace ndis {
namespace {

bool isFollowable(const VarDecl *VD) {
  return VD->hasLocalStorage() && VD->getType()->isScalarType() &&
         !VD->getType()->isReferenceType();
}

/// How a use of a followed variable reads or writes it.
enum class Use { Read, Write, Other };

Use useOf(const DeclRefExpr *Ref, const ParentMap &PM) {
  if (Ref->refersToEnclosingVariableOrCapture())
    return Use::Other;
  const Stmt *Parent = PM.getParentIgnoreParens(const_cast<DeclRefExpr *>(Ref));
  if (const auto *Cast = dyn_cast_or_null<ImplicitCastExpr>(Parent))
    return Cast->getCastKind() == CK_LValueToRValue ? Use::Read : Use::Other;
  if (const auto *BO = dyn_cast_or_null<BinaryOperator>(Parent)) {
    if (!BO->isAssignmentOp() || BO->getLHS()->IgnoreParens() != Ref)
      return Use::Other;
    // `x |= 1` reads x as well.
    return BO->getOpcode() == BO_Assign ? Use::Write : Use::Read;
  }
  if (const auto *U = dyn_cast_or_null<UnaryOperator>(Parent))
    return U->isIncrementDecrementOp() ? Use::Read : Use::Other;
  return Use::Other;
}

const VarDecl *referencedVar(const Stmt *S) {
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
    return dyn_cast<VarDecl>(Ref->getDecl());
  return nullptr;
}

} // namespace

LocalLiveness::LocalLiveness(const FunctionDecl *FD, const CFG &G,
                             const ParentMap &PM) {
  // The candidates: scalar parameters and locals.
  llvm::DenseMap<const VarDecl *, bool> Candidates; // -> still followable
  for (const ParmVarDecl *P : FD->parameters())
    if (isFollowable(P))
      Candidates[P] = true;
  llvm::SmallVector<const DeclRefExpr *, 64> Refs;
  walkStatements(static_cast<const Stmt *>(FD->getBody()), [&](const Stmt *S) {
    if (const auto *DS = dyn_cast<DeclStmt>(S)) {
      for (const Decl *D : DS->decls())
        if (const auto *VD = dyn_cast<VarDecl>(D); VD && isFollowable(VD))
          Candidates.try_emplace(VD, true);
    } else if (const auto *Ref = dyn_cast<DeclRefExpr>(S)) {
      Refs.push_back(Ref);
    }
    return true;
  });
  // Only variables whose every use is a read or a write are followed.
  for (const DeclRefExpr *Ref : Refs)
    if (const auto *VD = dyn_cast<VarDecl>(Ref->getDecl()))
      if (auto It = Candidates.find(VD);
          It != Candidates.end() && useOf(Ref, PM) == Use::Other)
        It->second = false;
  for (const auto &[VD, Followed] : Candidates)
    if (Followed)
      Index.try_emplace(variableKey(VD), Index.size());
  LiveIn.assign(G.getNumBlockIDs(), llvm::BitVector(Index.size()));
  if (Index.empty())
    return;

  // What each block reads before writing it (Gen) and writes (Kill),
  // found once by going through its elements backwards.
  unsigned NumBlocks = G.getNumBlockIDs();
  std::vector<llvm::BitVector> Gen(NumBlocks, llvm::BitVector(Index.size()));
  std::vector<llvm::BitVector> Kill(NumBlocks, llvm::BitVector(Index.size()));
  auto Followed = [&](const VarDecl *VD) -> std::optional<unsigned> {
    if (auto I = Index.find(variableKey(VD)); I != Index.end())
      return I->second;
    return std::nullopt;
  };
  for (const CFGBlock *B : G) {
    llvm::BitVector &BlockGen = Gen[B->getBlockID()];
    llvm::BitVector &BlockKill = Kill[B->getBlockID()];
    for (auto It = B->rbegin(); It != B->rend(); ++It) {
      std::optional<CFGStmt> CS = It->getAs<CFGStmt>();
      if (!CS)
        continue;
      const Stmt *S = CS->getStmt();
      std::optional<unsigned> Written, ReadHere;
      if (const auto *DS = dyn_cast<DeclStmt>(S)) {
        // Initialized, or left undefined: a write either way.
        for (const Decl *D : DS->decls())
          if (const auto *VD = dyn_cast<VarDecl>(D))
            if (std::optional<unsigned> I = Followed(VD)) {
              BlockKill.set(*I);
              BlockGen.reset(*I);
            }
        continue;
      }
      if (const auto *BO = dyn_cast<BinaryOperator>(S);
          BO && BO->getOpcode() == BO_Assign)
        if (const VarDecl *VD = referencedVar(BO->getLHS()->IgnoreParens()))
          Written = Followed(VD);
      if (const VarDecl *VD = referencedVar(S))
        if (std::optional<unsigned> I = Followed(VD))
          if (useOf(cast<DeclRefExpr>(S), PM) == Use::Read)
            ReadHere = I;
      if (Written) {
        BlockKill.set(*Written);
        BlockGen.reset(*Written);
      }
      if (ReadHere)
        BlockGen.set(*ReadHere);
    }
  }
  auto Transfer = [&](const CFGBlock &B, llvm::BitVector Live) {
    Live.reset(Kill[B.getBlockID()]);
    Live |= Gen[B.getBlockID()];
    return Live;
  };

  // Backwards to a fixed point: a block's live-in is what it reads plus what
  // its successors need and it does not write.
  llvm::SmallVector<const CFGBlock *, 64> Pending;
  std::vector<bool> Queued(G.getNumBlockIDs(), false);
  for (const CFGBlock *B : G) {
    Pending.push_back(B);
    Queued[B->getBlockID()] = true;
  }
  while (!Pending.empty()) {
    const CFGBlock *B = Pending.pop_back_val();
    Queued[B->getBlockID()] = false;
    llvm::BitVector Out(Index.size());
    for (const CFGBlock *Succ : B->succs())
      if (Succ)
        Out |= LiveIn[Succ->getBlockID()];
    llvm::BitVector In = Transfer(*B, std::move(Out));
    if (In == LiveIn[B->getBlockID()])
      continue;
    LiveIn[B->getBlockID()] = std::move(In);
    for (const CFGBlock *Pred : B->preds())
      if (Pred && !Queued[Pred->getBlockID()]) {
        Queued[Pred->getBlockID()] = true;
        Pending.push_back(Pred);
      }
  }
}

bool LocalLiveness::deadAtEntry(const CFGBlock &B, StorageKey Key) const {
  auto It = Index.find(Key);
  return It != Index.end() && !LiveIn[B.getBlockID()].test(It->second);
}

} // namespace ndis
