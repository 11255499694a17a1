//===- CallTransfer.cpp - what calls do to a path state -------------------===//

#include "tidy-module/analysis/PathWalkerImpl.h"
#include "tidy-module/analysis/ApiKnowledge.h"
#include "tidy-module/analysis/ExternalDefinitions.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;

namespace ndis {

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

  // No call but a release may get a released handle: with a planned
  // release before it, the driver would go on using an interrupt the fix
  // has already released (NdisMSynchronizeWithInterruptEx after it, or its
  // handle set back to NULL by a guarded release).
  bool IsRelease = !Name.empty() && llvm::any_of(Pairs, [&](const ResourcePair &P) {
    return Name == P.ReleaseFunction;
  });
  if (!IsRelease)
    for (unsigned I = 0; I < Args.size() && I < CE->getNumArgs(); ++I)
      if (getsReleasedHandle(S, Args[I], CE->getArg(I)))
        noteViolation(UsedReleasedHandle);

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
      // What the acquire call writes back into the structures it is given
      // (NdisMRegisterInterruptEx: the characteristics' InterruptType and
      // MessageInfoTable) is unknown once it succeeded.
      // (By the parameter's type: a context passed as NDIS_HANDLE is not.)
      for (unsigned I = 0; Callee && I < Callee->getNumParams(); ++I) {
        if (OutArg && I == Pair.AcquireHandleArg)
          continue;
        QualType T = Callee->getParamDecl(I)->getType();
        if (!T->isPointerType() || T->getPointeeType().isConstQualified())
          continue;
        if (const RecordDecl *RD = T->getPointeeType()->getAsRecordDecl())
          if (const RecordDecl *Def = RD->getDefinition())
            for (const FieldDecl *F : Def->fields())
              if (!Succeeded.load(F).isHandle())
                Succeeded.forget(F);
      }
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
      // The driver's own release of a handle a planned release has
      // released (in this function or in a helper it calls): the fix would
      // make it release twice, or release the NULL a guarded release left.
      if (Pair.ReleaseHandleArg < CE->getNumArgs() &&
          getsReleasedHandle(S, H, CE->getArg(Pair.ReleaseHandleArg)))
        noteViolation(ReleasedTwice);
      if (H.isHandle()) {
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
  // NdisWaitEvent with no timeout (0) waits until the event is set: TRUE.
  if (Name == "NdisWaitEvent" && Args.size() == 2 && Args[1].exactValue() == 0)
    Opaque = Value::exact(1, CE);
  if (isResourceRelease(Callee) && S.anyRegistered())
    S.FreedWhileRegistered = true;
  // A name with a platform prefix whose body is the driver's own (in this
  // file, or another file of the driver) is the driver's: followed below.
  const FunctionDecl *DriverDef = nullptr;
  if (Callee && !Platform.contains(Callee->getLocation()))
    if (const FunctionDecl *Def = definitionOf(Callee))
      if (!Platform.contains(Def->getLocation()))
        DriverDef = Def;
  // An allocator that returns a status and the memory through its first
  // argument: set (not NULL) when it succeeds, NULL when it fails. A driver
  // testing the pointer later (`if (Adapter) MpFreeAdapter(Adapter);`)
  // then agrees with the status it tested first.
  if (Callee && !DriverDef && isStatusAllocator(Name) && !Args.empty() &&
      Args[0].kind() == Value::Kind::Address && Args[0].key() &&
      !S.load(Args[0].key()).isHandle()) {
    StorageKey Out0 = Args[0].key();
    PathState Failed = S;
    S.store(Out0, kept(Out0, Value::unknown().assumeZero(false)));
    S.setPending(CE, Value::exact(0, CE));
    Out.push_back(std::move(S));
    Failed.store(Out0, kept(Out0, Value::exact(0)));
    Failed.setPending(CE, Value::failureStatus(CE));
    Out.push_back(std::move(Failed));
    return;
  }
  if (Callee && !DriverDef && isPlatformFunction(Callee, Platform)) {
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
    const FunctionDecl *Def = definitionOf(Callee);
    if (Def && !isOverridable(Callee)) {
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

const FunctionDecl *PathWalker::Impl::definitionOf(const FunctionDecl *FD) {
  if (const FunctionDecl *Def = FD->getDefinition())
    return Def;
  return W.External ? W.External->definitionOf(FD) : nullptr;
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

void PathWalker::Impl::noteViolation(uint8_t Found) {
  if (!WalkViolations.empty())
    WalkViolations.back() |= Found;
  if (Found & ReleasedTwice)
    Violations->ReleasedUnregistered = true;
  if (Found & UsedReleasedHandle)
    Violations->UsedAfterRelease = true;
}

/// Whether an argument is a released handle: its value, or what is left in
/// the location a released handle was stored in (NULL after a guarded
/// release) when no live handle has replaced it.
bool PathWalker::Impl::getsReleasedHandle(const PathState &S, const Value &V,
                                          const Expr *Arg) const {
  auto Released = [&](unsigned Id) {
    return S.hasRegistration(Id) && S.fate(Id) == HandleFate::Released;
  };
  // Every argument of every call asks: most paths have released nothing.
  if (llvm::none_of(S.registrations(), [](const auto &Entry) {
        return Entry.second == HandleFate::Released;
      }))
    return false;
  if (V.isHandle())
    return Released(V.registration());
  StorageKey Key = locationKey(Arg);
  if (!Key || S.load(Key).isZero() != Truth::True)
    return false;
  for (const auto &[Id, Fate] : S.registrations())
    if (Fate == HandleFate::Released && W.Sites[Id].HandleKey == Key)
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
  // What only the handler's frame uses is no business of the callee's; kept
  // out of its entry state, equal calls share one walk (the memo below).
  Entry.LeakStart = nullptr;
  Entry.Lineage = 0;
  Entry.PlannedReleaseRan = false;
  for (unsigned I = 0; I < Callee->getNumParams() && I < Args.size(); ++I)
    Entry.store(Callee->getParamDecl(I), kept(Callee->getParamDecl(I), Args[I]));

  // The callers' locals are out of the callee's reach unless their address
  // was passed or stored: set them aside, and put them back afterwards.
  llvm::SmallPtrSet<StorageKey, 8> Addressed;
  for (const auto &[Key, V] : Entry.memory())
    if (V.kind() == Value::Kind::Address && V.key())
      Addressed.insert(V.key());
  // A lambda reaches the variables it captures by reference: they are the
  // enclosing function's own (`[&] { if (Registered) ... }`).
  if (const auto *Method = dyn_cast<CXXMethodDecl>(Callee))
    if (Method->getParent()->isLambda())
      for (const LambdaCapture &C : Method->getParent()->captures())
        if (C.capturesVariable() && C.getCaptureKind() == LCK_ByRef)
          if (const auto *Captured = dyn_cast<VarDecl>(C.getCapturedVar()))
            Addressed.insert(variableKey(Captured));
  llvm::SmallVector<std::pair<StorageKey, Value>, 8> SetAside;
  for (const auto &[Key, V] : Entry.memory()) {
    const auto *VD = dyn_cast_or_null<VarDecl>(Key);
    if (VD && VD->hasLocalStorage() && !isLocalOf(Key, Callee) &&
        !Addressed.count(Key))
      SetAside.push_back({Key, V});
  }
  for (const auto &[Key, V] : SetAside)
    Entry.forget(Key);
  // What the callee stores through accesses that reach another object each
  // time is unknown on entry (walkFunction()); forgotten here already, calls
  // that differ only there share one walk.
  for (StorageKey Key : varyingWrites(Callee, *infoFor(Callee)))
    if (!Entry.load(Key).isHandle())
      Entry.forget(Key);

  CallSites.push_back(CallSite);
  PopOnExit PopSite{CallSites};
  const Expr *HandlerCall = CallSites.front();

  std::vector<PathState> *Exits = nullptr;
  auto &Entries = Memo[{Callee, llvm::hash_combine(HandlerCall, Entry.hash())}];
  for (MemoEntry &M : Entries)
    if (M.HandlerCall == HandlerCall && M.Entry == Entry) {
      Exits = &M.Exits;
      // What the walk found wrong holds for this call too.
      noteViolation(M.Violations);
      break;
    }
  if (!Exits) {
    WalkViolations.push_back(0);
    std::optional<std::vector<PathState>> Result =
        walkFunction(Callee, {Entry});
    uint8_t Found = WalkViolations.pop_back_val();
    if (GaveUp)
      return true; // the caller stops at once
    if (!Result)
      return false;
    Entries.push_back({HandlerCall, Entry, std::move(*Result), Found});
    Exits = &Entries.back().Exits;
    noteViolation(Found);
  }

  // A helper's paths that end with the same outcome (fates, result) are
  // joined: what differs between them in memory (a counter on one path, a
  // buffer allocated on another) becomes unknown. Without it every helper
  // with internal branches would multiply the caller's states, and a handler
  // calling thirty such helpers in a row would exceed any budget. What
  // decides a leak (which registrations are live, what the call returns) is
  // kept apart.
  llvm::SmallVector<PathState, 4> Results;
  for (const PathState &X : *Exits) {
    PathState R = X;
    R.forgetIf([&](StorageKey K) { return isLocalOf(K, Callee); });
    Value Result = X.Returned;
    if (Result.isInt())
      Result = Result.withOrigin(CallSite);
    R.Returned = S.Returned;
    R.Exit = S.Exit;
    R.LeakStart = S.LeakStart;
    R.Lineage = S.Lineage;
    R.PlannedReleaseRan = S.PlannedReleaseRan;
    for (const auto &[Key, V] : SetAside)
      R.store(Key, V);
    R.copyPendingFrom(S);
    R.setPending(CallSite, Result);
    auto Same = llvm::find_if(
        Results, [&](const PathState &J) { return J.sameOutcome(R); });
    if (Same != Results.end())
      Same->joinMemory(R);
    else
      Results.push_back(std::move(R));
  }
  for (PathState &R : Results)
    Out.push_back(std::move(R));
  return true;
}

/// A constructor call: walked like a call when the driver wrote the
/// constructor or its class gives members initial values; a trivial one
/// does nothing. Fields are keyed by declaration, so `this` needs no value.
void PathWalker::Impl::construct(const CXXConstructExpr *CE, PathState &S,
                                 llvm::SmallVectorImpl<PathState> &Out) {
  llvm::SmallVector<Value, 4> Args;
  for (const Expr *Arg : CE->arguments())
    Args.push_back(Arg->isGLValue() ? rvalue(S, Arg) : take(S, Arg));
  const CXXConstructorDecl *Ctor = CE->getConstructor();
  if (!Ctor || Ctor->isTrivial()) {
    S.setPending(CE, Value::unknown());
    Out.push_back(std::move(S));
    return;
  }
  const FunctionDecl *Def = definitionOf(Ctor);
  llvm::SmallVector<PathState, 4> Results;
  if (Def && inlineCall(CE, Def, Args, S, Results)) {
    for (PathState &R : Results) {
      R.setPending(CE, Value::unknown());
      Out.push_back(std::move(R));
    }
    return;
  }
  if (GaveUp)
    return;
  // A constructor we cannot see may keep what it is given.
  for (const Value &V : Args)
    if (V.isHandle())
      S.setFate(V.registration(), HandleFate::Escaped);
  if (const CXXRecordDecl *RD = Ctor->getParent())
    escapeObject(S, RD);
  S.setPending(CE, Value::unknown());
  Out.push_back(std::move(S));
}

/// A member initializer of the constructor being walked: the member gets the
/// initializer's value (its subexpressions were walked just before).
void PathWalker::Impl::initializeMember(const CXXCtorInitializer *Init,
                                        PathState &S) {
  const Expr *E = Init->getInit();
  if (!E)
    return;
  Value V = E->isGLValue() ? rvalue(S, E) : take(S, E);
  if (const auto *Default = dyn_cast<CXXDefaultInitExpr>(E->IgnoreParens()))
    if (V.isUnknown())
      if (std::optional<Value> C = constantValue(Default->getExpr()))
        V = *C;
  const FieldDecl *Member = Init->getAnyMember();
  if (!Member) {
    if (V.isHandle())
      S.setFate(V.registration(), HandleFate::Escaped);
    return;
  }
  if (Member->getType()->isReferenceType()) {
    S.forget(Member);
    return;
  }
  S.store(Member, kept(Member, V));
}

/// A destructor C++ runs implicitly: walked like a call when the class has
/// one the driver wrote (or members or bases that do), else nothing runs.
void PathWalker::Impl::destroy(const WalkedElement &El, PathState S,
                               llvm::SmallVectorImpl<PathState> &Out) {
  const CXXRecordDecl *RD = El.Destroyed ? El.Destroyed->getDefinition() : nullptr;
  const CXXDestructorDecl *Dtor = RD ? RD->getDestructor() : nullptr;
  if (!Dtor || Dtor->isTrivial()) {
    Out.push_back(std::move(S));
    return;
  }
  // The call site the walk names it by: the local's initializer, or the
  // call that runs the destructor being walked.
  const Expr *Site = nullptr;
  if (El.DestroyedVar)
    Site = El.DestroyedVar->getInit();
  else if (!CallSites.empty())
    Site = CallSites.back();
  const FunctionDecl *Def = Dtor->isVirtual() ? nullptr : definitionOf(Dtor);
  llvm::SmallVector<PathState, 4> Results;
  if (Site && Def && inlineCall(Site, Def, {}, S, Results)) {
    for (PathState &R : Results) {
      R.erasePending(Site);
      Out.push_back(std::move(R));
    }
    return;
  }
  if (GaveUp)
    return;
  // A destructor we cannot see may release what the object holds.
  escapeObject(S, RD);
  Out.push_back(std::move(S));
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
      S.store(PtrValue.key(), kept(PtrValue.key(), Value::exact(0)));
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
        S.store(F, kept(F, Value::exact(0)));
    }
  }
}

} // namespace ndis
