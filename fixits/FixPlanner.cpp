//===- FixPlanner.cpp - where the missing release goes --------------------===//

#include "fixits/FixPlanner.h"
#include "fixits/CleanupPoints.h"
#include "fixits/HandleRendering.h"
#include "fixits/RegistrationFlags.h"
#include "fixits/ReleaseRendering.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace ndis {

namespace {

/// The gotos and breaks that start the leaking failure paths of initialize,
/// when every leaking exit has one (otherwise none: nothing can be told).
struct FailureStarts {
  const FunctionDecl *Handler = nullptr;
  llvm::SmallVector<const Stmt *, 8> Starts;

  explicit FailureStarts(const InitializeLeak &Leak) : Handler(Leak.Handler) {
    for (const LeakingExit &E : Leak.Exits) {
      if (!E.State.LeakStart) {
        Starts.clear();
        return;
      }
      if (!llvm::is_contained(Starts, E.State.LeakStart))
        Starts.push_back(E.State.LeakStart);
    }
  }
};

/// Whether the walks without a plan already refute this plan: a release
/// where no path has the registration live, or an unguarded one where some
/// path has it not live. Saves walking the handler for it.
bool refutedByFirstWalk(const PathWalker &Walker,
                        llvm::ArrayRef<PlannedRelease> Plan,
                        const FailureStarts *Failures = nullptr) {
  // A single release ends only the leaks whose failure paths reach it with
  // the registration live; a failure path that never gets there keeps its
  // leak.
  if (Failures && !Failures->Starts.empty() && Plan.size() == 1 &&
      !Walker.failuresPassLive(Failures->Handler, Plan[0].Before,
                               Plan[0].Registration, Failures->Starts))
    return true;
  for (const PlannedRelease &R : Plan) {
    uint8_t Bits = Walker.reached(R.Before, R.Registration);
    if (!(Bits & PathWalker::ReachedLive))
      return true;
    if (R.Guard.K == ReleaseGuard::Kind::None &&
        (Bits & PathWalker::ReachedNotLive))
      return true;
    // A single release sees the states the first walk saw there: on a path
    // that freed what the ISR uses while registered, it runs too late
    // (unguarded, or guarded by the handle, which such a path still holds).
    if (Plan.size() == 1 && R.Guard.K != ReleaseGuard::Kind::Flag &&
        (Bits & PathWalker::ReachedLiveAfterFree))
      return true;
    // Likewise a single release guarded by the handle, on a path where the
    // location holds no live handle but is not known to be NULL.
    if (Plan.size() == 1 && R.Guard.K == ReleaseGuard::Kind::HandleNotNull &&
        (Bits & PathWalker::ReachedStaleHandle))
      return true;
  }
  return false;
}

/// Fix planning re-walks the handler per candidate; all of those walks
/// together get the budget one walk has.
struct PlanningBudget {
  unsigned Left;
  bool spend(unsigned Visits) {
    Left = Visits >= Left ? 0 : Left - Visits;
    return Left > 0;
  }
};

/// How a planned release fared when the handler was walked with it.
bool planHolds(PathWalker &Walker, const FunctionDecl *Fn,
               const std::vector<PathState> &Entries,
               llvm::ArrayRef<PlannedRelease> Plan, unsigned Registration,
               bool IsInitialize) {
  PlanViolations Violations;
  std::optional<std::vector<PathState>> Exits =
      Walker.walkHandler(Fn, Entries, Plan, &Violations);
  if (!Exits || Violations.ReleasedUnregistered || Violations.ReleasedTooLate ||
      Violations.UsedAfterRelease || !Violations.Reached)
    return false;
  for (const PathState &X : *Exits) {
    bool Live = X.hasRegistration(Registration) &&
                X.fate(Registration) == HandleFate::Registered;
    if (IsInitialize) {
      if (X.PlannedReleaseRan && mayBeSuccess(X.Returned))
        return false; // would release on a path that succeeds
      if (Live && mayBeFailure(X.Returned))
        return false; // a leak remains
    } else if (Live) {
      return false;
    }
  }
  return true;
}

/// A guard the planner may try, with the condition it renders to.
struct GuardOption {
  ReleaseGuard Guard;
  std::string Condition;
  bool ResetHandle = false;
};

/// The guards to try, in the order a driver writer would reach for them: none,
/// a registration flag the driver already keeps, the handle being non-NULL
/// (only when the handle has a location to test).
std::vector<GuardOption> guardOptions(ASTContext &Ctx,
                                      const FunctionDecl *Handler,
                                      const RegistrationSite &Site,
                                      const std::string &Handle) {
  std::vector<GuardOption> Options{{ReleaseGuard(), "", false}};
  for (RegistrationFlag &F : registrationFlags(Ctx, Handler, Site))
    Options.push_back({F.Guard, std::move(F.Condition), false});
  if (Site.HandleKey)
    Options.push_back(
        {ReleaseGuard::handleNotNull(), Handle + " != NULL", true});
  return Options;
}

struct Attempt {
  std::vector<PlannedRelease> Plan;
  const GuardOption *Guard = nullptr;
};

/// The first statement of the braced if / else branch or switch case that
/// `Exit` ends, or of the unbraced switch case it ends (the statement after
/// the case's labels), or `Exit` itself. A release there runs before the
/// cleanup the branch or case does on its own (freeing memory the ISR
/// uses, say).
const Stmt *enclosingBlockStart(const Stmt *Exit, const ParentMap &PM) {
  const auto *Block = dyn_cast_or_null<CompoundStmt>(PM.getParent(Exit));
  if (!Block || Block->body_empty())
    return Exit;
  const Stmt *Owner = PM.getParent(Block);
  if (isa_and_nonnull<IfStmt, SwitchCase>(Owner))
    return Block->body_front(); // `if (...) {`, `case X: {`
  if (!isa_and_nonnull<SwitchStmt>(Owner))
    return Exit;
  const Stmt *CaseStart = nullptr;
  for (const Stmt *S : Block->body()) {
    if (S == Exit)
      break;
    if (const auto *Case = dyn_cast<SwitchCase>(S)) {
      const Stmt *Sub = Case->getSubStmt();
      while (const auto *Inner = dyn_cast_or_null<SwitchCase>(Sub))
        Sub = Inner->getSubStmt();
      CaseStart = Sub;
    }
  }
  return CaseStart ? CaseStart : Exit;
}

/// The candidates to try, cheapest edit first: one shared point unguarded,
/// the same guarded, then every leaking exit on its own.
std::vector<Attempt> initializeAttempts(ASTContext &Ctx,
                                        const InitializeLeak &Leak,
                                        const RegistrationSite &Site,
                                        const ParentMap &PM,
                                        const std::vector<GuardOption> &Guards) {
  std::vector<const Stmt *> Starts;
  for (const LeakingExit &E : Leak.Exits)
    Starts.push_back(E.Where);
  CleanupCandidates Shared = sharedCleanupPoints(
      Leak.Handler, PM, Starts, Site.HandlerCall, Ctx.getSourceManager());
  constexpr size_t MaxBranches = 12; // each attempt is a walk of the handler
  if (Shared.Branches.size() > MaxBranches)
    Shared.Branches.resize(MaxBranches);
  std::vector<Attempt> Attempts;
  // Where the failure gotos and breaks lead, under each guard in turn; then
  // the branches after the registration; only then every exit on its own.
  for (const std::vector<const Stmt *> *Points :
       {&Shared.Structural, &Shared.Branches})
    for (const GuardOption &G : Guards)
      for (const Stmt *S : *Points)
        Attempts.push_back({{{S, Leak.Registration, G.Guard}}, &G});
  // Each exit on its own: at the start of the block it ends (before the
  // cleanup written there), else right before it.
  for (const GuardOption &G : Guards) {
    Attempt BlockStarts{{}, &G}, Exits{{}, &G};
    for (const LeakingExit &E : Leak.Exits) {
      if (!E.Where)
        continue;
      BlockStarts.Plan.push_back(
          {enclosingBlockStart(E.Where, PM), Leak.Registration, G.Guard});
      Exits.Plan.push_back({E.Where, Leak.Registration, G.Guard});
    }
    for (Attempt *A : {&BlockStarts, &Exits})
      if (!A->Plan.empty() &&
          !llvm::any_of(Attempts, [&](const Attempt &Old) {
            return Old.Plan == A->Plan;
          }))
        Attempts.push_back(*A);
  }
  return Attempts;
}

FixPlan render(ASTContext &Ctx, const FunctionDecl *Fn, const ParentMap &PM,
               const Attempt &A, const ReleaseText &Base) {
  FixPlan Result;
  for (const PlannedRelease &R : A.Plan) {
    ReleaseText Text = Base;
    if (A.Guard) {
      Text.Condition = A.Guard->Condition;
      Text.ResetHandle = A.Guard->ResetHandle;
    }
    std::optional<llvm::SmallVector<FixItHint, 3>> Hints =
        renderReleaseBefore(Ctx, Fn, PM, R.Before, Text);
    if (!Hints) {
      Result.Hints.clear();
      Result.Reason = "the cleanup point is inside a macro expansion";
      return Result;
    }
    Result.Hints.append(Hints->begin(), Hints->end());
  }
  return Result;
}

/// The parent map the walk built for `Fn`, or one built into `Own`.
const ParentMap &parentsFor(const PathWalker &Walker, const FunctionDecl *Fn,
                            std::optional<ParentMap> &Own) {
  if (const ParentMap *Shared = Walker.parentsOf(Fn))
    return *Shared;
  Own.emplace(Fn->getBody());
  return *Own;
}

} // namespace

FixPlan planInitializeFix(ASTContext &Ctx, const LeakReport &Report,
                          const InitializeLeak &Leak) {
  PathWalker &Walker = *Report.Walker;
  const RegistrationSite &Site = Walker.site(Leak.Registration);
  FixPlan Result;
  std::optional<std::string> Handle =
      renderHandle(Ctx, Site, Leak.Handler, /*WhereRegisters=*/true);
  if (!Handle) {
    Result.Reason = unnamedHandleReason(Site, Leak.Handler);
    return Result;
  }
  std::optional<ParentMap> OwnParents;
  const ParentMap &PM = parentsFor(Walker, Leak.Handler, OwnParents);
  ReleaseText Text{Site.Pair->ReleaseFunction, *Handle, "", false};
  std::vector<GuardOption> Guards =
      guardOptions(Ctx, Leak.Handler, Site, *Handle);
  // A flag the driver sets but never tests was not kept by the first walk;
  // a release guarded by it tests it.
  for (const GuardOption &G : Guards)
    if (G.Guard.K == ReleaseGuard::Kind::Flag)
      Walker.keepValuesOf(G.Guard.FlagKey);
  std::string LastReason;
  PlanningBudget Budget{Walker.limits().MaxBlockVisits};
  FailureStarts Failures(Leak);
  for (const Attempt &A : initializeAttempts(Ctx, Leak, Site, PM, Guards)) {
    if (refutedByFirstWalk(Walker, A.Plan, &Failures))
      continue;
    bool Holds = planHolds(Walker, Leak.Handler,
                           {initializeEntry(Leak.Handler)}, A.Plan,
                           Leak.Registration, /*IsInitialize=*/true);
    if (!Budget.spend(Walker.blockVisits())) {
      Result.Reason = "planning the fix exceeded the state budget";
      return Result;
    }
    if (!Holds)
      continue;
    FixPlan Plan = render(Ctx, Leak.Handler, PM, A, Text);
    if (!Plan.Hints.empty())
      return Plan;
    LastReason = Plan.Reason;
  }
  Result.Reason = !LastReason.empty()
                      ? LastReason
                      : "no cleanup point runs only on the failing paths "
                        "with the " + Site.Pair->Noun.str() +
                            " registered, and no NULL test can tell";
  return Result;
}

namespace {

/// Whether a new local called `Name` at the top of `Halt` would hide or
/// clash with anything it may refer to: its parameters and locals, and any
/// declaration of that name in the scopes around it (a C++ class called
/// Adapter, a global, a typedef).
bool nameIsFree(ASTContext &Ctx, const FunctionDecl *Halt,
                llvm::StringRef Name) {
  for (const ParmVarDecl *P : Halt->parameters())
    if (P->getName() == Name)
      return false;
  DeclarationName DN(&Ctx.Idents.get(Name));
  for (const DeclContext *DC = Halt; DC; DC = DC->getParent())
    if (!DC->lookup(DN).empty())
      return false;
  // Locals anywhere in the body: declared later, they would be redeclared.
  struct LocalFinder : RecursiveASTVisitor<LocalFinder> {
    llvm::StringRef Name;
    bool Found = false;
    bool VisitNamedDecl(NamedDecl *D) {
      if (D->getIdentifier() && D->getName() == Name)
        Found = true;
      return !Found;
    }
  } Locals;
  Locals.Name = Name;
  Locals.TraverseStmt(Halt->getBody());
  return !Locals.Found;
}

/// `PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;` when halt has
/// no variable of its own for the adapter context.
std::optional<FixItHint> declareAdapter(ASTContext &Ctx, const HaltLeak &Leak,
                                        const RegistrationSite &Site,
                                        std::string &Name) {
  const RecordDecl *Owner = handleOwner(Site);
  const FunctionDecl *Halt = Leak.Halt;
  const auto *Body = dyn_cast_or_null<CompoundStmt>(Halt->getBody());
  if (!Owner || !Body || Halt->getNumParams() == 0 || Body->body_empty() ||
      !Halt->getParamDecl(0)->getIdentifier())
    return std::nullopt;
  // The type as the initialize handler spells it (PMP_ADAPTER), else the
  // record's own name.
  std::string Type;
  if (Leak.Initialize)
    if (const VarDecl *VD = adapterVariable(Leak.Initialize, Owner))
      Type = VD->getType().getAsString(Ctx.getPrintingPolicy());
  if (Type.empty()) {
    if (const TypedefNameDecl *Alias = Owner->getTypedefNameForAnonDecl())
      Type = Alias->getNameAsString() + " *";
    else if (Ctx.getLangOpts().CPlusPlus)
      Type = Owner->getNameAsString() + " *";
    else
      Type = "struct " + Owner->getNameAsString() + " *";
  }
  // A member halt cannot reach (private, protected) cannot be named there.
  if (const auto *Field = dyn_cast_or_null<FieldDecl>(Site.HandleKey))
    if (Field->getAccess() == AS_private || Field->getAccess() == AS_protected)
      return std::nullopt;
  Name.clear();
  for (const char *Candidate : {"Adapter", "pAdapter", "AdapterContext",
                                "MpAdapter", "HaltAdapter"})
    if (nameIsFree(Ctx, Halt, Candidate)) {
      Name = Candidate;
      break;
    }
  if (Name.empty())
    return std::nullopt;
  std::string Param = Halt->getParamDecl(0)->getNameAsString();
  // C: a cast as drivers write it. C++: static_cast, with `auto *` when the
  // type is spelled as a pointer and plain `auto` for a pointer typedef.
  std::string Decl;
  if (!Ctx.getLangOpts().CPlusPlus)
    Decl = Type + " " + Name + " = (" + Type + ")" + Param + ";";
  else
    Decl = std::string(Type.find('*') == std::string::npos ? "auto " : "auto *") +
           Name + " = static_cast<" + Type + ">(" + Param + ");";
  // Right after the opening brace: the first statement may be a macro.
  SourceLocation Brace = Body->getLBracLoc();
  if (Brace.isMacroID())
    return std::nullopt;
  SourceStyle Style = sourceStyle(Ctx, Halt);
  std::string Indent = lineIndent(Ctx, Halt->getBeginLoc()) + Style.IndentUnit;
  return FixItHint::CreateInsertion(Brace.getLocWithOffset(1),
                                    Style.Newline + Indent + Decl);
}

} // namespace

FixPlan planHaltFix(ASTContext &Ctx, const LeakReport &Report,
                    const HaltLeak &Leak) {
  PathWalker &Walker = *Report.Walker;
  const RegistrationSite &Site = Walker.site(Leak.Registration);
  FixPlan Result;
  std::optional<ParentMap> OwnParents;
  const ParentMap &PM = parentsFor(Walker, Leak.Halt, OwnParents);

  std::optional<FixItHint> Declaration;
  std::optional<std::string> Handle =
      renderHandle(Ctx, Site, Leak.Halt, /*WhereRegisters=*/false);
  if (!Handle) {
    std::string Name;
    Declaration = declareAdapter(Ctx, Leak, Site, Name);
    std::string Path;
    if (Declaration) {
      const auto *Field = cast<FieldDecl>(Site.HandleKey);
      if (accessibleFrom(Field, Leak.Halt))
        Handle = Name + "->" + Field->getNameAsString();
      else
        Declaration.reset();
    }
  }
  if (!Handle) {
    Result.Reason = unnamedHandleReason(Site, Leak.Halt);
    return Result;
  }

  const Stmt *Teardown = haltTeardownPoint(Ctx, Leak.Halt);
  // In halt the handle and flags are named in halt's terms. The flags
  // initialize sets after the registration come last: a plain release, or
  // one guarded by the handle, reads more naturally where it holds.
  std::vector<GuardOption> Guards{{ReleaseGuard(), "", false}};
  if (Site.HandleKey)
    Guards.push_back(
        {ReleaseGuard::handleNotNull(), *Handle + " != NULL", true});
  if (Leak.Initialize && !Declaration)
    for (RegistrationFlag &F :
         registrationFlags(Ctx, Leak.Initialize, Site, Leak.Halt)) {
      Walker.keepValuesOf(F.Guard.FlagKey);
      Guards.push_back({F.Guard, std::move(F.Condition), false});
    }
  std::vector<Attempt> Attempts;
  for (const GuardOption &G : Guards) {
    // The teardown alone; the paths that skip it alone (the teardown already
    // releases); both.
    Attempt Main{{}, &G}, Exits{{}, &G};
    if (Teardown)
      Main.Plan.push_back({Teardown, Leak.Registration, G.Guard});
    for (const Stmt *Exit : Leak.Exits)
      if (Exit && Exit != Teardown)
        Exits.Plan.push_back({Exit, Leak.Registration, G.Guard});
    Attempt Both = Main;
    Both.Plan.insert(Both.Plan.end(), Exits.Plan.begin(), Exits.Plan.end());
    for (Attempt *A : {&Main, &Exits, &Both})
      if (!A->Plan.empty())
        Attempts.push_back(*A);
  }
  // Last, returns that free the adapter before they skip the teardown: the
  // release goes before what they free (on their path alone).
  for (const GuardOption &G : Guards) {
    Attempt BeforeFree{{}, &G};
    bool Moved = false;
    for (const Stmt *Exit : Leak.Exits) {
      if (!Exit || Exit == Teardown)
        continue;
      const Stmt *Free = teardownBeforeExit(Exit, PM);
      Moved |= Free != nullptr;
      BeforeFree.Plan.push_back({Free ? Free : Exit, Leak.Registration, G.Guard});
    }
    if (Moved)
      Attempts.push_back(BeforeFree);
  }
  ReleaseText Text{Site.Pair->ReleaseFunction, *Handle, "", false};
  PlanningBudget Budget{Walker.limits().MaxBlockVisits};
  // Halt also runs after an initialize that succeeded without registering
  // (an optional interrupt): the release must hold there too.
  std::vector<PathState> AllEntries = Report.HaltEntries;
  AllEntries.insert(AllEntries.end(), Report.HaltEntriesUnregistered.begin(),
                    Report.HaltEntriesUnregistered.end());
  const std::vector<PathState> Entries = haltEntries(Leak.Halt, AllEntries);
  for (const Attempt &A : Attempts) {
    if (refutedByFirstWalk(Walker, A.Plan))
      continue;
    bool Holds = planHolds(Walker, Leak.Halt, Entries, A.Plan,
                           Leak.Registration, /*IsInitialize=*/false);
    if (!Budget.spend(Walker.blockVisits())) {
      Result.Reason = "planning the fix exceeded the state budget";
      return Result;
    }
    if (!Holds)
      continue;
    FixPlan Plan = render(Ctx, Leak.Halt, PM, A, Text);
    if (Plan.Hints.empty()) {
      Result.Reason = Plan.Reason;
      continue;
    }
    if (Declaration)
      Plan.Hints.insert(Plan.Hints.begin(), *Declaration);
    return Plan;
  }
  if (Result.Reason.empty())
    Result.Reason = "no point in '" + Leak.Halt->getNameAsString() +
                    "' releases the " + Site.Pair->Noun.str() +
                    " on every path without releasing it twice";
  return Result;
}

} // namespace ndis
