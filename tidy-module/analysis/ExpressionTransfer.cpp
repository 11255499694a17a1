//===- ExpressionTransfer.cpp - what expressions do to a path state -------===//

#include "tidy-module/analysis/PathWalkerImpl.h"
#include "tidy-module/analysis/IntegerConstants.h"
#include "llvm/ADT/APSInt.h"

using namespace clang;

namespace ndis {

std::optional<Value> PathWalker::Impl::constantValue(const Expr *E) const {
  if (!E)
    return std::nullopt;
  // Every path evaluates the same expressions: fold each once.
  auto [It, Inserted] = Constants.try_emplace(E);
  if (Inserted)
    It->second = foldConstant(E);
  return It->second;
}

/// Whether evaluating `E` reads a variable that is not constant or calls a
/// function that is not constexpr: then Clang cannot fold it, and asking
/// costs more than anything else the walk does with an expression. (A short
/// circuit such as `0 && x` aside, which the walk folds the same way.)
static bool readsRuntimeValues(const Expr *E) {
  if (isa<UnaryExprOrTypeTraitExpr, OffsetOfExpr>(E))
    return false; // the operand is not evaluated
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    return VD && !VD->getType().isConstQualified() && !VD->isConstexpr();
  }
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    const FunctionDecl *FD = Call->getDirectCallee();
    if (!FD || (!FD->isConstexpr() && !FD->getBuiltinID()))
      return true;
  }
  for (const Stmt *Child : E->children())
    if (const auto *C = dyn_cast_or_null<Expr>(Child))
      if (readsRuntimeValues(C))
        return true;
  return false;
}

std::optional<Value> PathWalker::Impl::foldConstant(const Expr *E) const {
  if (E->isValueDependent() || E->isTypeDependent())
    return std::nullopt;
  // The shapes drivers write most, without Clang's evaluator.
  if (std::optional<llvm::APSInt> V = foldIntegerConstant(E, Ctx))
    return Value::exact(V->getExtValue(), E);
  if (readsRuntimeValues(E))
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
  const Expr *E = Child;
  while (true) {
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
  // A constant the walk skipped (see skippable()) is folded here, named by
  // the expression that would have carried it.
  if (E != Child && E->isPRValue())
    if (std::optional<Value> C = constantValue(E))
      return *C;
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
    S.store(Where.key(), kept(Where.key(), V));
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

/// Whether evaluating `St` as a CFG element can be left out: a constant
/// (its parent folds it when it takes it) or a function name about to be
/// called. Not when the parent asks whether it was evaluated (the right of
/// && and ||, the arms of ?:).
bool PathWalker::Impl::skippable(const Stmt *St) {
  const auto *E = dyn_cast<Expr>(St);
  if (!E)
    return false;
  // What can never be skipped needs no memo: every kind but these, a
  // glvalue other than a function's name, a variable's or field's name.
  if (!isa<DeclRefExpr, IntegerLiteral, CharacterLiteral,
           UnaryExprOrTypeTraitExpr, OffsetOfExpr, CastExpr, UnaryOperator,
           BinaryOperator, ConstantExpr>(E))
    return false;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    if (!isa<FunctionDecl, EnumConstantDecl>(DRE->getDecl()))
      return false;
  } else if (!E->isPRValue()) {
    return false;
  }
  auto [It, Inserted] = Skippable.try_emplace(E, false);
  if (!Inserted)
    return It->second;
  bool Skip = false;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    Skip = isa<FunctionDecl>(DRE->getDecl()) ||
           (isa<EnumConstantDecl>(DRE->getDecl()) && constantValue(E));
  } else if (const auto *Cast = dyn_cast<ImplicitCastExpr>(E);
             Cast && Cast->getCastKind() == CK_FunctionToPointerDecay) {
    Skip = skippable(Cast->getSubExpr()->IgnoreParens());
  } else if (isa<IntegerLiteral, CharacterLiteral, UnaryExprOrTypeTraitExpr,
                 OffsetOfExpr>(E)) {
    // Leaves: sizeof's operand is not evaluated.
    Skip = E->isPRValue() && constantValue(E);
  } else if (isa<CastExpr, UnaryOperator, BinaryOperator, ConstantExpr>(E)) {
    // Folded only when every operand is a constant the walk skips: cheaper
    // than asking Clang to fold every expression.
    Skip = E->isPRValue();
    for (const Stmt *Child : E->children())
      if (const auto *C = dyn_cast_or_null<Expr>(Child))
        if (!skippable(C->IgnoreParens()))
          Skip = false;
    Skip = Skip && constantValue(E);
  }
  if (Skip) {
    const ParentMap &PM = *Stack.back().Info->Parents;
    const Stmt *Parent = PM.getParentIgnoreParens(const_cast<Expr *>(E));
    if (const auto *BO = dyn_cast_or_null<BinaryOperator>(Parent))
      Skip = !BO->isLogicalOp();
    else if (isa_and_nonnull<AbstractConditionalOperator>(Parent))
      Skip = false;
  }
  Skippable[E] = Skip;
  return Skip;
}

/// Whether evaluating `E` as an lvalue, or as the pointer or object a member
/// is reached through, only names things: variables, fields, `this`, and
/// reads of them. Its elements then change nothing in a state.
static bool onlyNames(const Expr *E) {
  E = E->IgnoreParens();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    // A reference variable names what it was bound to: read from the state.
    return VD && !VD->getType()->isReferenceType();
  }
  if (isa<CXXThisExpr>(E))
    return true;
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    return isa<FieldDecl>(ME->getMemberDecl()) && onlyNames(ME->getBase());
  if (const auto *Cast = dyn_cast<ImplicitCastExpr>(E))
    return (Cast->getCastKind() == CK_LValueToRValue ||
            Cast->getCastKind() == CK_NoOp) &&
           onlyNames(Cast->getSubExpr());
  return false;
}

/// The location `E` names when evaluating it only names things (`Status`,
/// `Attributes.Header.Type`, `Adapter->InterruptHandle`, `this->Handle`).
std::optional<StorageKey> PathWalker::Impl::namedLocation(const Expr *E) {
  auto [It, Inserted] = Named.try_emplace(E);
  if (!Inserted)
    return It->second;
  const Expr *X = E->IgnoreParens();
  if (isa<DeclRefExpr, MemberExpr>(X) && onlyNames(X))
    It->second = locationKey(X);
  return It->second;
}

/// The operand of `E` that names a location the walk can tell without
/// evaluating it: the left side of an assignment, the operand of a read
/// (lvalue-to-rvalue) or of `&`. The operand's elements would only hand that
/// location up to `E`, so they are not walked (walkedElements()) and `E`
/// takes the location itself.
const Expr *PathWalker::Impl::namingOperand(const Stmt *E) {
  const Expr *Operand = nullptr;
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    if (BO->isAssignmentOp())
      Operand = BO->getLHS();
  } else if (const auto *Cast = dyn_cast<ImplicitCastExpr>(E)) {
    if (Cast->getCastKind() == CK_LValueToRValue)
      Operand = Cast->getSubExpr();
  } else if (const auto *U = dyn_cast<UnaryOperator>(E)) {
    if (U->getOpcode() == UO_AddrOf)
      Operand = U->getSubExpr();
  }
  return Operand && namedLocation(Operand) ? Operand : nullptr;
}

/// The nodes of an operand that only names a location (onlyNames()): the
/// operand and what it is made of, down to the variable or `this`.
void PathWalker::Impl::addNamingNodes(const Expr *Operand,
                                      llvm::DenseSet<const Stmt *> &Out) {
  for (const Expr *X = Operand;;) {
    Out.insert(X);
    if (const auto *ME = dyn_cast<MemberExpr>(X))
      X = ME->getBase();
    else if (const auto *Cast = dyn_cast<ImplicitCastExpr>(X))
      X = Cast->getSubExpr();
    else if (const auto *PE = dyn_cast<ParenExpr>(X))
      X = PE->getSubExpr();
    else
      return;
  }
}

/// The value of `E`'s naming operand (namingOperand()), or of the evaluated
/// child `Child` otherwise.
Value PathWalker::Impl::operand(PathState &S, const Expr *E,
                                const Expr *Child) {
  if (namingOperand(E) == Child)
    return Value::location(*namedLocation(Child));
  return take(S, Child);
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
        S.store(VD, kept(VD, V));
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
      Done(Value::location(variableKey(VD)));
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
      Value L = operand(S, U, Sub);
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
    case CK_LValueToRValue: {
      Value Where = operand(S, Cast, Sub);
      // Read through an access that reaches another object each time (an
      // element by computed index, a pointer a loop sets): the field's one
      // location holds what some other object had.
      const auto *ME = dyn_cast<MemberExpr>(Sub->IgnoreParens());
      if (ME && variesByIteration(ME)) {
        Value V = readLocation(S, Where);
        Done(V.isHandle() ? V : Value::unknown());
        return;
      }
      Done(readLocation(S, Where));
      return;
    }
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
      Value Where = operand(S, BO, BO->getLHS());
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
      // Stored through an access that reaches another object next time:
      // the field's one location no longer knows its value.
      const auto *ME = dyn_cast<MemberExpr>(BO->getLHS()->IgnoreParenImpCasts());
      if (ME && !New.isHandle() && variesByIteration(ME))
        New = Value::unknown();
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
    const FunctionDecl *DtorDef =
        Dtor && !Dtor->isVirtual() ? definitionOf(Dtor) : nullptr;
    if (DtorDef) {
      llvm::SmallVector<PathState, 2> Results;
      if (inlineCall(E, DtorDef, {}, S, Results)) {
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
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
    construct(Construct, S, Out);
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
          S.store(F, kept(F, *C));
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

} // namespace ndis
