//===- CleanupPoints.cpp - where a driver's cleanup code starts -----------===//

#include "fixits/CleanupPoints.h"
#include "tidy-module/analysis/ApiKnowledge.h"
#include "tidy-module/analysis/StatementWalk.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringRef.h"

using namespace clang;

namespace ndis {

namespace {

/// The first statement that does work inside `S`, looking into blocks,
/// labels and the then-branch of an `if` that guards cleanup.
void addEntryStatements(const Stmt *S, std::vector<const Stmt *> &Out) {
  while (S) {
    if (const auto *L = dyn_cast<LabelStmt>(S)) {
      S = L->getSubStmt();
      continue;
    }
    if (isa<NullStmt>(S))
      return;
    if (const auto *C = dyn_cast<CompoundStmt>(S)) {
      if (C->body_empty())
        return;
      S = C->body_front();
      continue;
    }
    Out.push_back(S);
    if (const auto *If = dyn_cast<IfStmt>(S)) {
      S = If->getThen();
      continue;
    }
    return;
  }
}

/// The statement after `S` in its enclosing block.
const Stmt *nextStatement(const Stmt *S, const ParentMap &PM) {
  const auto *C = dyn_cast_or_null<CompoundStmt>(PM.getParent(S));
  if (!C)
    return nullptr;
  for (auto It = C->body_begin(); It != C->body_end(); ++It)
    if (*It == S)
      return std::next(It) == C->body_end() ? nullptr : *std::next(It);
  return nullptr;
}

class ReleaseFinder : public RecursiveASTVisitor<ReleaseFinder> {
public:
  explicit ReleaseFinder(unsigned Depth) : Depth(Depth) {}
  bool Found = false;
  bool VisitCXXDeleteExpr(CXXDeleteExpr *) {
    Found = true;
    return false;
  }
  bool VisitCallExpr(CallExpr *CE) {
    const FunctionDecl *FD = CE->getDirectCallee();
    if (!FD)
      return true;
    if (isResourceRelease(FD)) {
      Found = true;
      return false;
    }
    // A driver routine that frees such things (MpFreeAdapter, Destroy()).
    if (Depth > 0 && FD->getDefinition() && FD->getDefinition()->getBody()) {
      ReleaseFinder Inner(Depth - 1);
      Inner.TraverseStmt(FD->getDefinition()->getBody());
      if (Inner.Found) {
        Found = true;
        return false;
      }
    }
    return true;
  }
  unsigned Depth;
};

} // namespace

/// Whether `S` frees something the ISR may use, directly or in a driver
/// routine it calls (three levels down).
static bool freesWhatTheIsrUses(const Stmt *S) {
  ReleaseFinder F(/*Depth=*/3);
  F.TraverseStmt(const_cast<Stmt *>(S));
  return F.Found;
}

static std::vector<const Stmt *> unique(const std::vector<const Stmt *> &In) {
  std::vector<const Stmt *> Out;
  for (const Stmt *S : In)
    if (!llvm::is_contained(Out, S))
      Out.push_back(S);
  return Out;
}

CleanupCandidates
sharedCleanupPoints(const FunctionDecl *Handler, const ParentMap &PM,
                    const std::vector<const Stmt *> &LeakStarts,
                    const Stmt *AfterThis, const SourceManager &SM) {
  std::vector<const Stmt *> Out, Branches;
  for (const Stmt *Start : LeakStarts) {
    if (const auto *Goto = dyn_cast_or_null<GotoStmt>(Start)) {
      if (const LabelStmt *Label = Goto->getLabel()->getStmt())
        addEntryStatements(Label->getSubStmt(), Out);
    } else if (isa_and_nonnull<BreakStmt>(Start)) {
      for (const Stmt *S = PM.getParent(Start); S; S = PM.getParent(S))
        if (isa<ForStmt, WhileStmt, DoStmt, CXXForRangeStmt>(S)) {
          addEntryStatements(nextStatement(S, PM), Out);
          break;
        }
    }
  }
  // Cleanup in the else branch of a success cascade, or in any branch that
  // follows the registration.
  std::vector<const IfStmt *> Ifs;
  walkStatements(static_cast<const Stmt *>(Handler->getBody()),
                 [&](const Stmt *S) {
                   if (const auto *If = dyn_cast<IfStmt>(S))
                     Ifs.push_back(If);
                   return true;
                 });
  for (const IfStmt *If : Ifs) {
    if (AfterThis && SM.isBeforeInTranslationUnit(If->getBeginLoc(),
                                                  AfterThis->getEndLoc()))
      continue;
    if (If->getElse())
      addEntryStatements(If->getElse(), Branches);
    addEntryStatements(If->getThen(), Branches);
  }
  CleanupCandidates Result;
  Result.Structural = unique(Out);
  for (const Stmt *S : unique(Branches))
    if (!llvm::is_contained(Result.Structural, S))
      Result.Branches.push_back(S);
  return Result;
}

const Stmt *haltTeardownPoint(ASTContext &, const FunctionDecl *Halt) {
  const auto *Body = dyn_cast_or_null<CompoundStmt>(Halt->getBody());
  if (!Body || Body->body_empty())
    return nullptr;
  const Stmt *FirstWork = nullptr;
  for (const Stmt *S : Body->body()) {
    if (isa<DeclStmt, NullStmt>(S))
      continue;
    if (!FirstWork)
      FirstWork = S;
    if (freesWhatTheIsrUses(S))
      return S;
  }
  return FirstWork;
}

const Stmt *teardownBeforeExit(const Stmt *Exit, const ParentMap &PM) {
  // The statement of the enclosing block that holds the exit.
  const Stmt *Held = Exit;
  const Stmt *Parent = PM.getParent(Exit);
  while (Parent && !isa<CompoundStmt>(Parent)) {
    Held = Parent;
    Parent = PM.getParent(Parent);
  }
  const auto *Block = dyn_cast_or_null<CompoundStmt>(Parent);
  if (!Block)
    return nullptr;
  for (const Stmt *S : Block->body()) {
    if (S == Held)
      return nullptr;
    if (freesWhatTheIsrUses(S))
      return S;
  }
  return nullptr;
}

} // namespace ndis
