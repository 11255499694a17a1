//===- FirstWalkFactsTest.cpp - what the first walk tells the fix planner --===//
//
// The fix planner skips a candidate without walking the handler for it when
// the first walk already shows it cannot hold. A wrong "cannot hold" loses a
// fix; a missing one only costs a walk. Each fact is tested where it must
// be found and where it must not.
//
//===----------------------------------------------------------------------===//

#include "MiniportSource.h"
#include "tidy-module/analysis/LeakFinder.h"
#include "gtest/gtest.h"

using namespace ndis;
using namespace ndis::test;

namespace {

struct Walked {
  ParsedDriver Driver;
  LeakReport Report;
  const clang::FunctionDecl *Init = nullptr;

  /// The first statement of the label `Name` in initialize.
  const clang::Stmt *label(llvm::StringRef Name) const {
    for (const clang::LabelStmt *L :
         ParsedDriver::statements<clang::LabelStmt>(Init->getBody()))
      if (L->getName() == Name)
        return L->getSubStmt();
    return nullptr;
  }
  std::vector<const clang::GotoStmt *> gotos() const {
    return ParsedDriver::statements<clang::GotoStmt>(Init->getBody());
  }
};

std::unique_ptr<Walked> walk(llvm::StringRef Body) {
  auto W = std::make_unique<Walked>();
  W->Driver = parseMiniport(std::string(R"c(
NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  NDIS_STATUS Status;
  PMP_ADAPTER Adapter;
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars;
  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(InitParameters);
)c") + Body.str());
  EXPECT_FALSE(W->Driver.hasErrors()) << "the snippet does not compile";
  W->Report = findLeaks(W->Driver.ctx(), {});
  W->Init = W->Driver.function("MPInitializeEx");
  EXPECT_EQ(W->Report.InitializeLeaks.size(), 1u);
  return W;
}

/// An exit label reached by a failure before the registration; `Zero`
/// decides whether the adapter was zeroed (the handle known NULL) first.
std::string exitLabelDriver(bool Zero) {
  return std::string(R"c(
  Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle,
                                              sizeof(MP_ADAPTER), MP_TAG, 32);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
)c") + (Zero ? "  NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));\n" : "") +
         R"c(
  Status = MpReadConfiguration(MiniportAdapterHandle);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Exit;
  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                    &Adapter->InterruptHandle);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Exit;
  Status = MpStartTimers(100);
Exit:
  if (Status != NDIS_STATUS_SUCCESS)
    NdisFreeMemory(Adapter, 0, 0);
  return Status;
}
)c";
}

TEST(FirstWalkFactsTest, CleanupReachedBeforeRegistrationWithAStaleHandle) {
  // The configuration failure gets to Exit before the registration was
  // even met, with the handle field never written: a release guarded by
  // `Adapter->InterruptHandle != NULL` would pass the guard there.
  auto W = walk(exitLabelDriver(/*Zero=*/false));
  unsigned Id = W->Report.InitializeLeaks[0].Registration;
  uint8_t Bits = W->Report.Walker->reached(W->label("Exit"), Id);
  EXPECT_TRUE(Bits & PathWalker::ReachedStaleHandle);
  EXPECT_TRUE(Bits & PathWalker::ReachedNotLive);
  EXPECT_TRUE(Bits & PathWalker::ReachedLive);
}

TEST(FirstWalkFactsTest, ZeroedAdapterLeavesNoStaleHandle) {
  auto W = walk(exitLabelDriver(/*Zero=*/true));
  unsigned Id = W->Report.InitializeLeaks[0].Registration;
  uint8_t Bits = W->Report.Walker->reached(W->label("Exit"), Id);
  EXPECT_FALSE(Bits & PathWalker::ReachedStaleHandle);
  EXPECT_TRUE(Bits & PathWalker::ReachedNotLive);
}

/// A ladder of two rungs after the registration: the timers' failure goes
/// to the upper rung, the wait's to the lower one.
const char Ladder[] = R"c(
  Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle,
                                              sizeof(MP_ADAPTER), MP_TAG, 32);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                    &Adapter->InterruptHandle);
  if (Status != NDIS_STATUS_SUCCESS)
    goto FreeAdapter;
  Status = MpWaitForIdle(10);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Lower;
  Status = MpStartTimers(100);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Upper;
  return NDIS_STATUS_SUCCESS;
Upper:
  MpStopTimers();
Lower:
  Adapter->Flags = 0;
FreeAdapter:
  NdisFreeMemory(Adapter, 0, 0);
  return Status;
}
)c";

TEST(FirstWalkFactsTest, OnlyARungEveryLeakingGotoReachesCoversThemAll) {
  auto W = walk(Ladder);
  const InitializeLeak &Leak = W->Report.InitializeLeaks[0];
  std::vector<const clang::GotoStmt *> Gotos = W->gotos();
  ASSERT_EQ(Gotos.size(), 3u);
  // The two gotos taken with the interrupt registered.
  llvm::SmallVector<const clang::Stmt *, 2> Starts{Gotos[1], Gotos[2]};
  const PathWalker &Walker = *W->Report.Walker;
  EXPECT_TRUE(Walker.failuresPassLive(W->Init, W->label("Lower"),
                                      Leak.Registration, Starts));
  EXPECT_FALSE(Walker.failuresPassLive(W->Init, W->label("Upper"),
                                       Leak.Registration, Starts))
      << "the wait's failure skips the upper rung";
  // A goto about to be taken is its own failure's start.
  EXPECT_TRUE(Walker.failuresPassLive(W->Init, Gotos[2], Leak.Registration,
                                      {Gotos[2]}));
  EXPECT_FALSE(Walker.failuresPassLive(W->Init, Gotos[2], Leak.Registration,
                                       Starts));
}

TEST(FirstWalkFactsTest, AStatementBeforeTheGotoCannotTell) {
  // Live paths that have not started failing reach the timers' call: which
  // goto they take later is not known, so nothing is refuted there.
  auto W = walk(Ladder);
  const InitializeLeak &Leak = W->Report.InitializeLeaks[0];
  std::vector<const clang::GotoStmt *> Gotos = W->gotos();
  const clang::CallExpr *Timers =
      ParsedDriver::callsOf(W->Init, "MpStartTimers").front();
  EXPECT_TRUE(W->Report.Walker->failuresPassLive(
      W->Init, Timers, Leak.Registration, {Gotos[1], Gotos[2]}));
}

// A walk with a planned release starts at the edges into the blocks the
// release can make a difference in, with what the first walk sent along
// them: it visits fewer blocks, and still sees every path, those that reach
// the planned rung and those that skip it.
TEST(FirstWalkFactsTest, PlanningWalkStartsWhereTheReleaseCanFirstMatter) {
  auto W = walk(Ladder);
  const InitializeLeak &Leak = W->Report.InitializeLeaks[0];
  PathWalker &Walker = *W->Report.Walker;
  std::vector<PathState> Entries{initializeEntry(W->Init)};
  ASSERT_TRUE(Walker.walkHandler(W->Init, Entries).has_value());
  unsigned FirstVisits = Walker.blockVisits();

  // Whether some exit fails with the interrupt still registered.
  auto LeakRemains = [&](const std::vector<PathState> &Exits) {
    return llvm::any_of(Exits, [&](const PathState &X) {
      return X.hasRegistration(Leak.Registration) &&
             X.fate(Leak.Registration) == HandleFate::Registered &&
             mayBeFailure(X.Returned);
    });
  };
  for (const char *Rung : {"Lower", "Upper"}) {
    SCOPED_TRACE(Rung);
    PlannedRelease Release;
    Release.Before = W->label(Rung);
    Release.Registration = Leak.Registration;
    PlanViolations Violations;
    std::optional<std::vector<PathState>> Exits =
        Walker.walkHandler(W->Init, Entries, {Release}, &Violations);
    ASSERT_TRUE(Exits.has_value());
    EXPECT_TRUE(Violations.Reached);
    EXPECT_LT(Walker.blockVisits(), FirstVisits);
    // The wait's failure jumps past the upper rung: only the lower one
    // covers every failure.
    EXPECT_EQ(LeakRemains(*Exits), llvm::StringRef(Rung) == "Upper");
  }
}

} // namespace
