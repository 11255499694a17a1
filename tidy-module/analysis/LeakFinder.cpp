//===- LeakFinder.cpp - registrations that outlive initialize or halt -----===//

#include "tidy-module/analysis/LeakFinder.h"
#include "tidy-module/analysis/ExternalDefinitions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;

namespace ndis {

// A status proven to pass NT_SUCCESS counts as success: drivers that test
// with NT_SUCCESS mean "succeeded", and the non-negative statuses other than
// NDIS_STATUS_SUCCESS (pending, informational) are not what initialize
// returns.
bool mayBeFailure(const Value &Status) {
  return Status.isZero() != Truth::True && Status.isNegative() != Truth::False;
}

bool mayBeSuccess(const Value &Status) {
  return Status.isZero() != Truth::False || Status.isNegative() == Truth::False;
}

/// What halt can know on entry: everything initialize left in memory that
/// outlives it (fields and globals), and the fate of its registrations.
static PathState haltEntryFrom(const PathState &InitExit) {
  PathState Entry = InitExit;
  Entry.forgetIf([](StorageKey K) {
    const auto *VD = dyn_cast_or_null<VarDecl>(K);
    return VD && VD->hasLocalStorage();
  });
  Entry.clearPending();
  Entry.Returned = Value::unknown();
  Entry.Exit = nullptr;
  Entry.LeakStart = nullptr;
  Entry.Lineage = 0;
  Entry.FreedWhileRegistered = false;
  return Entry;
}

PathState initializeEntry(const FunctionDecl *Init) {
  PathState Entry;
  // NdisMiniportHandle and MiniportDriverContext belong to NDIS and to the
  // driver object, never to the adapter initialize is creating.
  for (unsigned I = 0; I < Init->getNumParams() && I < 2; ++I)
    if (Init->getParamDecl(I)->getType()->isVoidPointerType())
      Entry.store(Init->getParamDecl(I), Value::foreign());
  return Entry;
}

std::vector<PathState> haltEntries(const FunctionDecl *Halt,
                                   llvm::ArrayRef<PathState> Entries) {
  std::vector<PathState> Result(Entries.begin(), Entries.end());
  // A driver that tests its context for NULL in halt (`if (Adapter == NULL)
  // return;`) is defensive, not leaking: halt runs only after an initialize
  // that succeeded, and that one set the context.
  if (Halt->getNumParams() == 0)
    return Result;
  const ParmVarDecl *Context = Halt->getParamDecl(0);
  if (!Context->getType()->isPointerType())
    return Result;
  for (PathState &Entry : Result)
    Entry.store(Context, Value::unknown().assumeZero(false));
  return Result;
}

LeakReport findLeaks(ASTContext &Ctx, const LeakFinderOptions &Options) {
  LeakReport Report;
  Report.Handlers = findDriverHandlers(Ctx, Options.ExtraHandlers);
  if (Options.External)
    Options.External->addDriverHandlers(Report.Handlers);
  Report.Walker =
      std::make_unique<PathWalker>(Ctx, knownPairs(), Options.Limits);
  PathWalker &Walker = *Report.Walker;
  Walker.setExternalDefinitions(Options.External);
  // Halt starts from what initialize left: the values halt tests must be
  // kept while initialize is walked. Only handlers with a body are walked
  // (looking a definition up elsewhere would import it).
  std::vector<const FunctionDecl *> Roots;
  for (const auto *Handlers : {&Report.Handlers.Initialize, &Report.Handlers.Halt})
    for (const FunctionDecl *FD : *Handlers)
      if (FD->hasBody())
        Roots.push_back(FD);
  Walker.prepare(Roots);

  std::vector<std::pair<const FunctionDecl *, PathState>> SuccessExits;
  for (const FunctionDecl *Init : Report.Handlers.Initialize) {
    if (!Init->hasBody())
      continue;
    std::optional<std::vector<PathState>> Exits =
        Walker.walkHandler(Init, {initializeEntry(Init)});
    if (!Exits) {
      Report.Skipped.push_back({Init, Walker.skipReason()});
      continue;
    }
    std::vector<InitializeLeak> Leaks;
    for (const PathState &X : *Exits) {
      if (mayBeSuccess(X.Returned) && X.anyRegistered())
        SuccessExits.push_back({Init, X});
      else if (mayBeSuccess(X.Returned)) {
        PathState Entry = haltEntryFrom(X);
        if (!llvm::is_contained(Report.HaltEntriesUnregistered, Entry))
          Report.HaltEntriesUnregistered.push_back(std::move(Entry));
      }
      if (!mayBeFailure(X.Returned))
        continue;
      for (const auto &[Id, Fate] : X.registrations()) {
        if (Fate != HandleFate::Registered)
          continue;
        auto It = llvm::find_if(
            Leaks, [Id = Id](const InitializeLeak &L) { return L.Registration == Id; });
        if (It == Leaks.end()) {
          Leaks.push_back({Init, Id, {}});
          It = std::prev(Leaks.end());
        }
        // Paths that differ only in where they started failing were walked
        // as one; each start is a leaking exit of its own.
        llvm::SmallVector<PathWalker::LeakStartInfo, 2> Starts =
            Walker.leakStarts(X);
        if (Starts.empty())
          Starts.push_back({nullptr, X.Returned.origin()});
        for (const PathWalker::LeakStartInfo &Start : Starts) {
          LeakingExit E;
          E.Return = X.Exit;
          E.Where = Start.Start ? Start.Start : X.Exit;
          E.Returned = X.Returned.withOrigin(Start.StatusOrigin);
          E.State = X;
          E.State.LeakStart = Start.Start;
          // One note per exit and failure: the same return can be reached
          // by failures of different calls.
          bool Seen = llvm::any_of(It->Exits, [&](const LeakingExit &Old) {
            return Old.Where == E.Where && Old.Return == E.Return &&
                   Old.Returned.origin() == E.Returned.origin();
          });
          if (!Seen)
            It->Exits.push_back(std::move(E));
        }
      }
    }
    // Notes in the order of the source, whatever order the walk met them.
    const SourceManager &SM = Ctx.getSourceManager();
    for (InitializeLeak &L : Leaks) {
      std::stable_sort(L.Exits.begin(), L.Exits.end(),
                       [&](const LeakingExit &A, const LeakingExit &B) {
                         SourceLocation LA = A.Where ? A.Where->getBeginLoc()
                                                     : SourceLocation();
                         SourceLocation LB = B.Where ? B.Where->getBeginLoc()
                                                     : SourceLocation();
                         if (LA.isInvalid() || LB.isInvalid())
                           return LA.isValid() && LB.isInvalid();
                         return SM.isBeforeInTranslationUnit(LA, LB);
                       });
      Report.InitializeLeaks.push_back(std::move(L));
    }
  }

  // Equal entry states are walked once.
  std::vector<PathState> HaltEntries;
  llvm::DenseMap<unsigned, const FunctionDecl *> InitOfSite;
  for (const auto &[Init, InitExit] : SuccessExits) {
    PathState Entry = haltEntryFrom(InitExit);
    for (const auto &[Id, Fate] : Entry.registrations())
      InitOfSite.try_emplace(Id, Init);
    if (!llvm::is_contained(HaltEntries, Entry))
      HaltEntries.push_back(std::move(Entry));
  }
  Report.HaltEntries = HaltEntries;

  // Without a successful initialize holding a registration, halt has
  // nothing to release.
  for (const FunctionDecl *Halt : Report.Handlers.Halt) {
    if (HaltEntries.empty() || !Halt->hasBody())
      continue;
    std::optional<std::vector<PathState>> Exits =
        Walker.walkHandler(Halt, haltEntries(Halt, HaltEntries));
    if (!Exits) {
      Report.Skipped.push_back({Halt, Walker.skipReason()});
      continue;
    }
    for (const PathState &X : *Exits)
      for (const auto &[Id, Fate] : X.registrations()) {
        if (Fate != HandleFate::Registered)
          continue;
        auto It = llvm::find_if(Report.HaltLeaks, [&, Id = Id](const HaltLeak &L) {
          return L.Halt == Halt && L.Registration == Id;
        });
        if (It == Report.HaltLeaks.end()) {
          Report.HaltLeaks.push_back({Halt, InitOfSite.lookup(Id), Id, {}});
          It = std::prev(Report.HaltLeaks.end());
        }
        if (!llvm::is_contained(It->Exits, X.Exit))
          It->Exits.push_back(X.Exit);
      }
  }
  if (Options.External)
    Report.Gaps = Options.External->gaps();
  return Report;
}

} // namespace ndis
