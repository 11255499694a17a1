//===- RelevantLocations.cpp - whose integer values can decide anything ---===//

#include "tidy-module/analysis/RelevantLocations.h"
#include "tidy-module/analysis/ApiKnowledge.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/Stmt.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace ndis {

void RelevantLocations::addRoot(const FunctionDecl *Root) {
  if (!Root)
    return;
  Pending.push_back(Root);
  while (!Pending.empty())
    scanFunction(Pending.pop_back_val());
}

void RelevantLocations::addLocation(StorageKey Key) {
  if (!Key)
    return;
  if (Read.insert(Key).second)
    ++Generation;
  mark(Key);
}

void RelevantLocations::mark(StorageKey Key) {
  llvm::SmallVector<StorageKey, 8> Work{Key};
  while (!Work.empty()) {
    StorageKey K = Work.pop_back_val();
    if (!Relevant.insert(K).second)
      continue;
    ++Generation;
    auto It = FlowsFrom.find(K);
    if (It == FlowsFrom.end())
      continue;
    Work.append(It->second.begin(), It->second.end());
    FlowsFrom.erase(It);
  }
}

void RelevantLocations::addFlow(StorageKey From, StorageKey Into) {
  if (From == Into)
    return;
  if (Relevant.contains(Into))
    mark(From);
  else
    FlowsFrom[Into].push_back(From);
}

void RelevantLocations::noteRead(StorageKey Key) {
  if (Key && Read.insert(Key).second)
    ++Generation;
}

void RelevantLocations::occurs(StorageKey Key, Sink Where) {
  if (!Key)
    return;
  // An occurrence whose value goes nowhere is the target of an assignment
  // in statement position (or a discarded read, which reads nothing).
  if (Where.K != Sink::Kind::Nowhere)
    noteRead(Key);
  switch (Where.K) {
  case Sink::Kind::Nowhere:
    return;
  case Sink::Kind::Matters:
    mark(Key);
    return;
  case Sink::Kind::Into:
    if (Where.Target)
      addFlow(Key, Where.Target);
    else
      mark(Key);
    return;
  }
}

void RelevantLocations::scanFunction(const FunctionDecl *FD) {
  const FunctionDecl *Def = DefinitionOf ? DefinitionOf(FD) : FD->getDefinition();
  if (!Def)
    Def = FD;
  if (!Scanned.insert(Def).second || !Def->getBody())
    return;
  // A destructor goes on to its members' and bases' destructors.
  if (const auto *Dtor = dyn_cast<CXXDestructorDecl>(Def)) {
    const CXXRecordDecl *RD = Dtor->getParent();
    for (const FieldDecl *F : RD->fields())
      scanDestructorOf(F->getType());
    for (const CXXBaseSpecifier &B : RD->bases())
      scanDestructorOf(B.getType());
  }
  // Constructor initializers run when the walk enters a constructor too.
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Def))
    for (const CXXCtorInitializer *Init : Ctor->inits())
      if (Init->getInit())
        scanExpr(Init->getInit(),
                 Init->getMember() ? Sink::into(Init->getMember())
                                   : Sink::matters());
  scanStatement(Def->getBody());
}

/// A statement in statement position: an expression here is evaluated for
/// its effects only.
void RelevantLocations::scanStatement(const Stmt *S) {
  if (!S)
    return;
  if (const auto *E = dyn_cast<Expr>(S)) {
    scanExpr(E, Sink::nowhere());
    return;
  }
  auto Condition = [&](const Expr *E) {
    if (E)
      scanExpr(E, Sink::matters());
  };
  if (const auto *If = dyn_cast<IfStmt>(S)) {
    scanStatement(If->getInit());
    scanStatement(If->getConditionVariableDeclStmt());
    Condition(If->getCond());
    scanStatement(If->getThen());
    scanStatement(If->getElse());
    return;
  }
  if (const auto *While = dyn_cast<WhileStmt>(S)) {
    scanStatement(While->getConditionVariableDeclStmt());
    Condition(While->getCond());
    scanStatement(While->getBody());
    return;
  }
  if (const auto *Do = dyn_cast<DoStmt>(S)) {
    scanStatement(Do->getBody());
    Condition(Do->getCond());
    return;
  }
  if (const auto *For = dyn_cast<ForStmt>(S)) {
    scanStatement(For->getInit());
    scanStatement(For->getConditionVariableDeclStmt());
    Condition(For->getCond());
    scanStatement(For->getInc());
    scanStatement(For->getBody());
    return;
  }
  if (const auto *Switch = dyn_cast<SwitchStmt>(S)) {
    scanStatement(Switch->getInit());
    scanStatement(Switch->getConditionVariableDeclStmt());
    Condition(Switch->getCond());
    scanStatement(Switch->getBody());
    return;
  }
  if (const auto *Return = dyn_cast<ReturnStmt>(S)) {
    Condition(Return->getRetValue());
    return;
  }
  if (const auto *DS = dyn_cast<DeclStmt>(S)) {
    for (const Decl *D : DS->decls()) {
      const auto *VD = dyn_cast<VarDecl>(D);
      if (!VD)
        continue;
      // A local object's destructor runs at the end of its scope.
      if (VD->hasLocalStorage())
        scanDestructorOf(VD->getType());
      if (!VD->getInit())
        continue;
      // A reference names what it is bound to: reads through it are reads
      // of that location, which the scan cannot follow.
      scanExpr(VD->getInit(), VD->getType()->isReferenceType()
                                  ? Sink::matters()
                                  : Sink::into(variableKey(VD)));
    }
    return;
  }
  if (isa<CompoundStmt, LabelStmt, AttributedStmt, DefaultStmt>(S)) {
    for (const Stmt *Child : S->children())
      scanStatement(Child);
    return;
  }
  if (const auto *Case = dyn_cast<CaseStmt>(S)) {
    scanStatement(Case->getSubStmt());
    return;
  }
  // Anything else (asm, try/except, range-for, indirect goto): its
  // expressions matter, its statements are statements.
  for (const Stmt *Child : S->children()) {
    if (const auto *E = dyn_cast_or_null<Expr>(Child))
      scanExpr(E, Sink::matters());
    else
      scanStatement(Child);
  }
}

void RelevantLocations::scanExpr(const Expr *E, Sink Where) {
  if (!E)
    return;
  // Wrappers and conversions pass the value on.
  if (isa<ParenExpr, FullExpr, MaterializeTemporaryExpr, CXXBindTemporaryExpr>(
          E)) {
    for (const Stmt *Child : E->children())
      scanExpr(cast<Expr>(Child), Where);
    return;
  }
  if (const auto *Cast = dyn_cast<CastExpr>(E)) {
    // An array decays to its address: what is read through it later cannot
    // be followed.
    scanExpr(Cast->getSubExpr(), Cast->getCastKind() == CK_ArrayToPointerDecay
                                     ? Sink::matters()
                                     : Where);
    return;
  }
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    occurs(locationKey(DRE), Where);
    return;
  }
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    occurs(locationKey(ME), Where);
    scanExpr(ME->getBase(), Sink::matters());
    return;
  }
  if (const auto *U = dyn_cast<UnaryOperator>(E)) {
    switch (U->getOpcode()) {
    case UO_AddrOf:
    case UO_Deref:
      scanExpr(U->getSubExpr(), Sink::matters());
      return;
    default:
      if (U->isIncrementDecrementOp()) // reads what it writes
        noteRead(locationKey(U->getSubExpr()));
      scanExpr(U->getSubExpr(), Where);
      return;
    }
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    BinaryOperatorKind Op = BO->getOpcode();
    if (BO->isLogicalOp()) {
      scanExpr(BO->getLHS(), Sink::matters());
      scanExpr(BO->getRHS(), Sink::matters());
      return;
    }
    if (Op == BO_Comma) {
      scanExpr(BO->getLHS(), Sink::nowhere());
      scanExpr(BO->getRHS(), Where);
      return;
    }
    if (BO->isAssignmentOp()) {
      const Expr *Lhs = BO->getLHS()->IgnoreParenImpCasts();
      StorageKey Target = locationKey(Lhs);
      if (!Target) {
        // `*p = v`, `a[i] = v`: where the value goes is not followed.
        scanExpr(BO->getLHS(), Sink::matters());
        scanExpr(BO->getRHS(), Sink::matters());
        return;
      }
      // The assignment's own value is the location, read by whoever uses
      // it (`if ((Status = f()) != 0)`). `|=` and its kind read the old
      // value; writing through a reference reads what it is bound to.
      occurs(Target, Where);
      if (Op != BO_Assign || Target->getType()->isReferenceType())
        noteRead(Target);
      if (const auto *ME = dyn_cast<MemberExpr>(Lhs))
        scanExpr(ME->getBase(), Sink::matters());
      scanExpr(BO->getRHS(), Where.K == Sink::Kind::Nowhere
                                 ? Sink::into(Target)
                                 : Sink::matters());
      return;
    }
    // Comparisons, bit operations and arithmetic: the operands go where
    // the result goes.
    scanExpr(BO->getLHS(), Where);
    scanExpr(BO->getRHS(), Where);
    return;
  }
  if (const auto *CO = dyn_cast<ConditionalOperator>(E)) {
    scanExpr(CO->getCond(), Sink::matters());
    scanExpr(CO->getTrueExpr(), Where);
    scanExpr(CO->getFalseExpr(), Where);
    return;
  }
  if (const auto *CE = dyn_cast<CallExpr>(E)) {
    llvm::SmallVector<const Expr *, 6> Args(CE->arguments());
    scanExpr(CE->getCallee(), Sink::matters());
    // A member operator's object is its first argument but no parameter.
    if (isa<CXXOperatorCallExpr>(CE) &&
        isa_and_nonnull<CXXMethodDecl>(CE->getDirectCallee())) {
      for (const Expr *Arg : Args)
        scanExpr(Arg, Sink::matters());
      Args.clear();
    }
    scanCall(CE->getDirectCallee(), Args);
    return;
  }
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
    llvm::SmallVector<const Expr *, 4> Args(Construct->arguments());
    scanCall(Construct->getConstructor(), Args);
    return;
  }
  if (const auto *Del = dyn_cast<CXXDeleteExpr>(E)) {
    scanExpr(Del->getArgument(), Sink::matters());
    if (const CXXRecordDecl *RD = Del->getDestroyedType()->getAsCXXRecordDecl())
      if (const CXXDestructorDecl *Dtor = RD->getDestructor())
        scanCall(Dtor, {});
    return;
  }
  if (isa<UnaryExprOrTypeTraitExpr>(E))
    return; // sizeof and alignof evaluate nothing
  // Anything else (initializer lists, constructors, new, statement
  // expressions, lambdas): every value in it matters.
  for (const Stmt *Child : E->children()) {
    if (const auto *Sub = dyn_cast_or_null<Expr>(Child))
      scanExpr(Sub, Sink::matters());
    else
      scanStatement(Child);
  }
}

void RelevantLocations::scanDestructorOf(QualType T) {
  const CXXRecordDecl *RD = T->getBaseElementTypeUnsafe()->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition())
    return;
  if (const CXXDestructorDecl *Dtor = RD->getDefinition()->getDestructor())
    if (!Dtor->isTrivial())
      scanCall(Dtor, {});
}

/// A call's result comes from the callee's returns, which matter anyway.
void RelevantLocations::scanCall(const FunctionDecl *Callee,
                                 llvm::ArrayRef<const Expr *> Args) {
  const FunctionDecl *Def =
      Callee && !isOverridable(Callee)
          ? (DefinitionOf ? DefinitionOf(Callee) : Callee->getDefinition())
          : nullptr;
  if (!Def || !Def->getBody()) {
    // Code the walk does not enter: its arguments may decide what it does.
    for (const Expr *Arg : Args)
      scanExpr(Arg, Sink::matters());
    return;
  }
  for (unsigned I = 0; I < Args.size(); ++I) {
    const ParmVarDecl *Param =
        I < Def->getNumParams() ? Def->getParamDecl(I) : nullptr;
    bool ByValue = Param && !Param->getType()->isReferenceType();
    scanExpr(Args[I], ByValue ? Sink::into(Param) : Sink::matters());
  }
  if (!Scanned.contains(Def))
    Pending.push_back(Def);
}

} // namespace ndis
