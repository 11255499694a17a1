//===- FixPlannerTest.cpp - where the missing deregistration goes ---------===//
//
// A fix-it is offered only where it releases the interrupt on the leaking
// paths and on no other: at the cleanup label only failures after the
// registration reach, guarded (by the driver's own flag, or by the handle
// when the adapter was zeroed) when the registration-failed path reaches it
// too, before halt frees what the ISR uses. When no such place exists there is no fix, and a reason.
//
// Each fix is applied to the source as `clang-tidy --fix` would, and the
// fixed driver is analyzed again: it must have no leak left.
//
//===----------------------------------------------------------------------===//

#include "MiniportSource.h"
#include "fixits/FixPlanner.h"
#include "tidy-module/analysis/LeakFinder.h"
#include "gtest/gtest.h"

using namespace ndis;
using namespace ndis::test;

namespace {

const char InitializeSignature[] = R"c(
NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  NDIS_STATUS Status;
  PMP_ADAPTER Adapter;
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars;
)c";

const char HaltSignature[] = R"c(
VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
)c";

/// The driver, its leaks, and the fix planned for the first one.
struct Planned {
  ParsedDriver Driver;
  LeakReport Report;
  FixPlan Plan;
  /// The driver's source (after the shared prelude) with the fix applied.
  std::string Fixed;
  /// All the text the fix inserts.
  std::string Inserted;
};

enum class Handler { Initialize, Halt };

Planned planFix(const std::string &Code, Handler Which) {
  Planned P{parseMiniport(Code), {}, {}, {}, {}};
  EXPECT_FALSE(P.Driver.hasErrors()) << "the snippet does not compile";
  P.Report = findLeaks(P.Driver.ctx(), {});
  if (Which == Handler::Initialize) {
    EXPECT_EQ(P.Report.InitializeLeaks.size(), 1u);
    if (P.Report.InitializeLeaks.empty())
      return P;
    P.Plan = planInitializeFix(P.Driver.ctx(), P.Report,
                               P.Report.InitializeLeaks[0]);
  } else {
    EXPECT_EQ(P.Report.HaltLeaks.size(), 1u);
    if (P.Report.HaltLeaks.empty())
      return P;
    P.Plan = planHaltFix(P.Driver.ctx(), P.Report, P.Report.HaltLeaks[0]);
  }
  for (const clang::FixItHint &H : P.Plan.Hints)
    P.Inserted += H.CodeToInsert;
  size_t Prelude = std::string(NdisPrelude).size() +
                   std::string(AdapterContext).size();
  P.Fixed = P.Driver.withFixes(P.Plan.Hints).substr(Prelude);
  return P;
}

/// Analyzes the fixed driver again.
LeakReport reanalyze(const Planned &P, ParsedDriver &FixedDriver) {
  FixedDriver = parseMiniport(P.Fixed);
  EXPECT_FALSE(FixedDriver.hasErrors()) << "the fixed driver does not compile:\n"
                                        << P.Fixed;
  return findLeaks(FixedDriver.ctx(), {});
}

TEST(FixPlannerTest, GotoLadderMissingTheInterruptRung) {
  // The failure after the registration jumps to a rung only it reaches.
  Planned P = planFix("VOID MpFreeConfiguration(void);\n" +
                          std::string(InitializeSignature) + R"c(
  Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle,
                                              sizeof(MP_ADAPTER), MP_TAG, 32);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(&Chars, sizeof(Chars));

  Status = MpStartTimers(100);
  if (Status != NDIS_STATUS_SUCCESS)
    goto FreeAdapter;

  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                    &Adapter->InterruptHandle);
  if (Status != NDIS_STATUS_SUCCESS)
    goto StopTimers;

  Status = MpReadConfiguration(MiniportAdapterHandle);
  if (Status != NDIS_STATUS_SUCCESS)
    goto FreeConfiguration;
  return NDIS_STATUS_SUCCESS;

FreeConfiguration:
  MpFreeConfiguration();
StopTimers:
  MpStopTimers();
FreeAdapter:
  NdisFreeMemory(Adapter, 0, 0);
  return Status;
}
)c",
                      Handler::Initialize);
  EXPECT_TRUE(P.Plan.Reason.empty()) << P.Plan.Reason;
  ASSERT_FALSE(P.Plan.Hints.empty());
  EXPECT_TRUE(
      contains(P.Inserted, "NdisMDeregisterInterruptEx(Adapter->InterruptHandle);"))
      << P.Inserted;
  EXPECT_FALSE(contains(P.Inserted, "!= NULL"))
      << "only the leaking path reaches the rung: no guard needed";
  EXPECT_TRUE(contains(P.Fixed, "FreeConfiguration:\n"
                                "  NdisMDeregisterInterruptEx(Adapter->InterruptHandle);\n"
                                "  MpFreeConfiguration();\n"
                                "StopTimers:\n"))
      << P.Fixed;

  ParsedDriver FixedDriver;
  LeakReport After = reanalyze(P, FixedDriver);
  EXPECT_TRUE(After.InitializeLeaks.empty()) << P.Fixed;
}

TEST(FixPlannerTest, GotoLadderWhoseRungsTheFailedRegistrationSharesGetsItAtEachGoto) {
  // Every label is also reached with no interrupt registered and the adapter
  // is not zeroed: only the leaking gotos themselves can take the release.
  Planned P = planFix(std::string(InitializeSignature) + R"c(
  Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle,
                                              sizeof(MP_ADAPTER), MP_TAG, 32);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(&Chars, sizeof(Chars));

  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                    &Adapter->InterruptHandle);
  if (Status != NDIS_STATUS_SUCCESS)
    goto FreeAdapter;

  Status = MpStartTimers(100);
  if (Status != NDIS_STATUS_SUCCESS)
    goto FreeAdapter;

  Status = MpReadConfiguration(MiniportAdapterHandle);
  if (Status != NDIS_STATUS_SUCCESS)
    goto StopTimers;
  return NDIS_STATUS_SUCCESS;

StopTimers:
  MpStopTimers();
FreeAdapter:
  NdisFreeMemory(Adapter, 0, 0);
  return Status;
}
)c",
                      Handler::Initialize);
  EXPECT_TRUE(P.Plan.Reason.empty()) << P.Plan.Reason;
  EXPECT_FALSE(contains(P.Inserted, "!= NULL"));
  // The unbraced gotos get braces around the release and the goto.
  EXPECT_TRUE(contains(P.Fixed,
                       "  Status = MpStartTimers(100);\n"
                       "  if (Status != NDIS_STATUS_SUCCESS) {\n"
                       "    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);\n"
                       "    goto FreeAdapter;\n"
                       "  }\n"))
      << P.Fixed;
  EXPECT_TRUE(contains(P.Fixed,
                       "  if (Status != NDIS_STATUS_SUCCESS) {\n"
                       "    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);\n"
                       "    goto StopTimers;\n"
                       "  }\n"))
      << P.Fixed;
  // The registration's own failure path is left alone.
  EXPECT_TRUE(contains(P.Fixed, "&Adapter->InterruptHandle);\n"
                                "  if (Status != NDIS_STATUS_SUCCESS)\n"
                                "    goto FreeAdapter;\n"))
      << P.Fixed;

  ParsedDriver FixedDriver;
  LeakReport After = reanalyze(P, FixedDriver);
  EXPECT_TRUE(After.InitializeLeaks.empty()) << P.Fixed;
}

TEST(FixPlannerTest, SingleExitLabelWithZeroedAdapterGetsAGuardedRelease) {
  // The failed registration reaches Exit too; memset left the handle NULL
  // there, so a NULL test tells the two apart.
  Planned P = planFix(std::string(InitializeSignature) + R"c(
  Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle,
                                              sizeof(MP_ADAPTER), MP_TAG, 32);
  if (Adapter == NULL) {
    Status = NDIS_STATUS_RESOURCES;
    goto Exit;
  }
  memset(Adapter, 0, sizeof(MP_ADAPTER));
  NdisZeroMemory(&Chars, sizeof(Chars));

  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                    &Adapter->InterruptHandle);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Exit;

  Status = MpStartTimers(100);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Exit;

Exit:
  if (Status != NDIS_STATUS_SUCCESS) {
    if (Adapter != NULL) {
      NdisFreeMemory(Adapter, 0, 0);
    }
  }
  return Status;
}
)c",
                      Handler::Initialize);
  EXPECT_TRUE(P.Plan.Reason.empty()) << P.Plan.Reason;
  ASSERT_FALSE(P.Plan.Hints.empty());
  EXPECT_TRUE(contains(P.Inserted, "if (Adapter->InterruptHandle != NULL) {"))
      << P.Inserted;
  EXPECT_TRUE(
      contains(P.Inserted, "NdisMDeregisterInterruptEx(Adapter->InterruptHandle);"))
      << P.Inserted;
  EXPECT_TRUE(contains(P.Inserted, "Adapter->InterruptHandle = NULL;"))
      << P.Inserted;
  // Inside the cleanup, where the adapter is known to exist, before it is
  // freed.
  EXPECT_TRUE(contains(P.Fixed,
                       "    if (Adapter != NULL) {\n"
                       "      if (Adapter->InterruptHandle != NULL) {\n"
                       "        NdisMDeregisterInterruptEx(Adapter->InterruptHandle);\n"
                       "        Adapter->InterruptHandle = NULL;\n"
                       "      }\n"
                       "      NdisFreeMemory(Adapter, 0, 0);\n"))
      << P.Fixed;

  ParsedDriver FixedDriver;
  LeakReport After = reanalyze(P, FixedDriver);
  EXPECT_TRUE(After.InitializeLeaks.empty()) << P.Fixed;
}

TEST(FixPlannerTest, DriversOwnRegistrationFlagGuardsTheRelease) {
  // The adapter is not zeroed: no NULL test can tell, the driver's flag can.
  Planned P = planFix(std::string(InitializeSignature) + R"c(
  BOOLEAN InterruptRegistered = FALSE;
  Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle,
                                              sizeof(MP_ADAPTER), MP_TAG, 32);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(&Chars, sizeof(Chars));

  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                    &Adapter->InterruptHandle);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Exit;
  InterruptRegistered = TRUE;

  Status = MpStartTimers(100);

Exit:
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreeMemory(Adapter, 0, 0);
  }
  return Status;
}
)c",
                      Handler::Initialize);
  EXPECT_TRUE(P.Plan.Reason.empty()) << P.Plan.Reason;
  EXPECT_FALSE(contains(P.Inserted, "!= NULL")) << P.Inserted;
  EXPECT_TRUE(contains(P.Fixed,
                       "  if (Status != NDIS_STATUS_SUCCESS) {\n"
                       "    if (InterruptRegistered) {\n"
                       "      NdisMDeregisterInterruptEx(Adapter->InterruptHandle);\n"
                       "    }\n"
                       "    NdisFreeMemory(Adapter, 0, 0);\n"))
      << P.Fixed;

  ParsedDriver FixedDriver;
  LeakReport After = reanalyze(P, FixedDriver);
  EXPECT_TRUE(After.InitializeLeaks.empty()) << P.Fixed;
}

TEST(FixPlannerTest, NoGuardedReleaseThatLeavesTheDriversOwnReleaseNull) {
  // The driver releases the interrupt itself, under a test that is not about
  // the registration; the leak is the path where that test fails. A release
  // guarded by the handle sets it back to NULL, so on the paths where the
  // driver's test passes, the driver's own release would then release NULL:
  // no such fix.
  Planned P = planFix(std::string(InitializeSignature) + R"c(
  Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle,
                                              sizeof(MP_ADAPTER), MP_TAG, 32);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  memset(Adapter, 0, sizeof(MP_ADAPTER));
  NdisZeroMemory(&Chars, sizeof(Chars));

  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                    &Adapter->InterruptHandle);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreeMemory(Adapter, 0, 0);
    return Status;
  }

  Status = MpStartTimers(100);
  if (Status != NDIS_STATUS_SUCCESS) {
    if (MpReadConfiguration(MiniportAdapterHandle) == NDIS_STATUS_SUCCESS)
      NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
    NdisFreeMemory(Adapter, 0, 0);
  }
  return Status;
}
)c",
                      Handler::Initialize);
  EXPECT_TRUE(P.Plan.Hints.empty()) << P.Fixed;
  EXPECT_FALSE(P.Plan.Reason.empty());
}

TEST(FixPlannerTest, NoReleaseBeforeTheDriverSynchronizesWithTheInterrupt) {
  // The cleanup synchronizes with the interrupt (under a test of the
  // handle) before it frees the adapter. A release inside that test, before
  // the synchronization, would hand NDIS a released handle; the release goes
  // where nothing uses the handle after it.
  Planned P = planFix(std::string(InitializeSignature) + R"c(
  Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle,
                                              sizeof(MP_ADAPTER), MP_TAG, 32);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  memset(Adapter, 0, sizeof(MP_ADAPTER));
  NdisZeroMemory(&Chars, sizeof(Chars));

  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                    &Adapter->InterruptHandle);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Exit;

  Status = MpStartTimers(100);

Exit:
  if (Status != NDIS_STATUS_SUCCESS) {
    if (Adapter->InterruptHandle != NULL)
      NdisMSynchronizeWithInterruptEx(Adapter->InterruptHandle, 0, NULL,
                                      Adapter);
    NdisFreeMemory(Adapter, 0, 0);
  }
  return Status;
}
)c",
                      Handler::Initialize);
  EXPECT_TRUE(P.Plan.Reason.empty()) << P.Plan.Reason;
  // Released first and set back to NULL, so the driver's own test of the
  // handle skips the synchronization; not released inside that test.
  EXPECT_TRUE(contains(P.Fixed,
                       "    if (Adapter->InterruptHandle != NULL) {\n"
                       "      NdisMDeregisterInterruptEx(Adapter->InterruptHandle);\n"
                       "      Adapter->InterruptHandle = NULL;\n"
                       "    }\n"
                       "    if (Adapter->InterruptHandle != NULL)\n"
                       "      NdisMSynchronizeWithInterruptEx("))
      << P.Fixed;

  ParsedDriver FixedDriver;
  LeakReport After = reanalyze(P, FixedDriver);
  EXPECT_TRUE(After.InitializeLeaks.empty()) << P.Fixed;
}

TEST(FixPlannerTest, NoReleaseThatTheSharedTeardownReleasesAgain) {
  // The teardown routine releases the interrupt once the receive buffer
  // exists (Flags 2), so only the failure right after the registration
  // leaks. A release at the shared label would be followed, on the later
  // failure, by the routine's own: the release goes to the leaking exit.
  Planned P = planFix(R"c(
static VOID MpTearDown(PMP_ADAPTER Adapter) {
  if (Adapter->Flags >= 2)
    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
  NdisFreeMemory(Adapter, 0, 0);
}
)c" + std::string(InitializeSignature) + R"c(
  Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle,
                                              sizeof(MP_ADAPTER), MP_TAG, 32);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  memset(Adapter, 0, sizeof(MP_ADAPTER));
  NdisZeroMemory(&Chars, sizeof(Chars));

  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                    &Adapter->InterruptHandle);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Fail;
  Adapter->Flags = 1;
  Status = NDIS_STATUS_RESOURCES;
  Adapter->RxBuffer = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle,
                                                        64, MP_TAG, 32);
  if (Adapter->RxBuffer == NULL)
    goto Fail;
  Adapter->Flags = 2;
  Status = MpStartTimers(100);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Fail;
  return NDIS_STATUS_SUCCESS;

Fail:
  MpTearDown(Adapter);
  return Status;
}
)c",
                      Handler::Initialize);
  EXPECT_TRUE(P.Plan.Reason.empty()) << P.Plan.Reason;
  EXPECT_TRUE(contains(P.Fixed,
                       "  if (Adapter->RxBuffer == NULL) {\n"
                       "    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);\n"
                       "    goto Fail;\n"
                       "  }\n"))
      << P.Fixed;
  EXPECT_FALSE(contains(P.Fixed, "Fail:\n  if")) << P.Fixed;

  ParsedDriver FixedDriver;
  LeakReport After = reanalyze(P, FixedDriver);
  EXPECT_TRUE(After.InitializeLeaks.empty()) << P.Fixed;
}

TEST(FixPlannerTest, NoFixWhenTheFailureSharesItsOnlyExitWithSuccess) {
  // Success cascade without cleanup of its own: the failing step and the
  // success path both end at the one `return Status;`.
  Planned P = planFix(std::string(InitializeSignature) + R"c(
  Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle,
                                              sizeof(MP_ADAPTER), MP_TAG, 32);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(&Chars, sizeof(Chars));

  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                    &Adapter->InterruptHandle);
  if (Status == NDIS_STATUS_SUCCESS) {
    Status = MpReadConfiguration(MiniportAdapterHandle);
  } else {
    NdisFreeMemory(Adapter, 0, 0);
  }
  return Status;
}
)c",
                      Handler::Initialize);
  EXPECT_TRUE(P.Plan.Hints.empty()) << P.Inserted;
  EXPECT_FALSE(P.Plan.Reason.empty());
  EXPECT_TRUE(contains(P.Plan.Reason, "no cleanup point")) << P.Plan.Reason;
  EXPECT_TRUE(contains(P.Plan.Reason, "interrupt")) << P.Plan.Reason;
}

TEST(FixPlannerTest, NoFixWhenTheHandleCannotBeNamedInInitialize) {
  // The handle lives in a local of the helper: initialize cannot name it.
  Planned P = planFix(R"c(
static NDIS_STATUS MpConnect(NDIS_HANDLE MiniportAdapterHandle) {
  NDIS_HANDLE InterruptHandle;
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars;
  NdisZeroMemory(&Chars, sizeof(Chars));
  return NdisMRegisterInterruptEx(MiniportAdapterHandle, NULL, &Chars,
                                  &InterruptHandle);
}
NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  NDIS_STATUS Status = MpConnect(MiniportAdapterHandle);
  if (Status != NDIS_STATUS_SUCCESS)
    return Status;
  return MpStartTimers(100);
}
)c",
                      Handler::Initialize);
  EXPECT_TRUE(P.Plan.Hints.empty());
  EXPECT_TRUE(contains(P.Plan.Reason, "cannot be named in 'MPInitializeEx'"))
      << P.Plan.Reason;
}

// Initialize registering and succeeding, for the halt tests.
const char InitializeThatSucceeds[] = R"c(
  Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle,
                                              sizeof(MP_ADAPTER), MP_TAG, 32);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
  NdisZeroMemory(&Chars, sizeof(Chars));
  Adapter->RxBuffer = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle,
                                                        2048, MP_TAG, 32);
  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                    &Adapter->InterruptHandle);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreeMemory(Adapter, 0, 0);
    return Status;
  }
  return NDIS_STATUS_SUCCESS;
}
)c";

TEST(FixPlannerTest, HaltReleaseGoesBeforeTheFirstNdisFreeMemory) {
  Planned P = planFix(std::string(InitializeSignature) + InitializeThatSucceeds +
                          HaltSignature + R"c(
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  MpStopTimers();
  NdisFreeMemory(Adapter->RxBuffer, 0, 0);
  NdisFreeMemory(Adapter, 0, 0);
}
)c",
                      Handler::Halt);
  EXPECT_TRUE(P.Plan.Reason.empty()) << P.Plan.Reason;
  ASSERT_EQ(P.Plan.Hints.size(), 1u);
  const clang::FixItHint &Hint = P.Plan.Hints[0];
  EXPECT_TRUE(Hint.RemoveRange.getBegin() == Hint.RemoveRange.getEnd())
      << "an insertion, nothing removed";
  EXPECT_TRUE(contains(Hint.CodeToInsert,
                       "NdisMDeregisterInterruptEx(Adapter->InterruptHandle);"))
      << Hint.CodeToInsert;

  // Inserted on the line of the first NdisFreeMemory, ahead of it.
  const clang::FunctionDecl *Halt = P.Driver.function("MPHaltEx");
  const clang::CallExpr *FirstFree =
      ParsedDriver::callsOf(Halt, "NdisFreeMemory").front();
  const clang::SourceManager &SM = P.Driver.sm();
  EXPECT_EQ(SM.getExpansionLineNumber(Hint.RemoveRange.getBegin()),
            P.Driver.lineOf(FirstFree));
  EXPECT_TRUE(SM.isBeforeInTranslationUnit(Hint.RemoveRange.getBegin(),
                                           FirstFree->getBeginLoc()));
  EXPECT_TRUE(contains(P.Fixed,
                       "  MpStopTimers();\n"
                       "  NdisMDeregisterInterruptEx(Adapter->InterruptHandle);\n"
                       "  NdisFreeMemory(Adapter->RxBuffer, 0, 0);\n"))
      << P.Fixed;

  ParsedDriver FixedDriver;
  LeakReport After = reanalyze(P, FixedDriver);
  EXPECT_TRUE(After.HaltLeaks.empty()) << P.Fixed;
}

TEST(FixPlannerTest, HaltWithoutAnAdapterVariableGetsOneDeclared) {
  Planned P = planFix(std::string(InitializeSignature) + InitializeThatSucceeds +
                          HaltSignature + R"c(
  MpStopTimers();
  NdisFreeMemory(MiniportAdapterContext, 0, 0);
}
)c",
                      Handler::Halt);
  EXPECT_TRUE(P.Plan.Reason.empty()) << P.Plan.Reason;
  // Declared as initialize types it, first thing in the body...
  EXPECT_TRUE(contains(P.Fixed,
                       "NDIS_HALT_ACTION HaltAction) {\n"
                       "  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;\n"))
      << P.Fixed;
  // ...and used before the adapter is freed.
  EXPECT_TRUE(contains(P.Fixed,
                       "  MpStopTimers();\n"
                       "  NdisMDeregisterInterruptEx(Adapter->InterruptHandle);\n"
                       "  NdisFreeMemory(MiniportAdapterContext, 0, 0);\n"))
      << P.Fixed;

  ParsedDriver FixedDriver;
  LeakReport After = reanalyze(P, FixedDriver);
  EXPECT_TRUE(After.HaltLeaks.empty()) << P.Fixed;
}

TEST(FixPlannerTest, HaltPathThatSkipsTheTeardownGetsItsOwnRelease) {
  Planned P = planFix(std::string(InitializeSignature) + InitializeThatSucceeds +
                          HaltSignature + R"c(
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  MpStopTimers();
  if (MpWaitForIdle(1000) != NDIS_STATUS_SUCCESS) {
    return;
  }
  NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
  NdisFreeMemory(Adapter->RxBuffer, 0, 0);
  NdisFreeMemory(Adapter, 0, 0);
}
)c",
                      Handler::Halt);
  EXPECT_TRUE(P.Plan.Reason.empty()) << P.Plan.Reason;
  EXPECT_TRUE(contains(P.Fixed,
                       "  if (MpWaitForIdle(1000) != NDIS_STATUS_SUCCESS) {\n"
                       "    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);\n"
                       "    return;\n"))
      << P.Fixed;

  ParsedDriver FixedDriver;
  LeakReport After = reanalyze(P, FixedDriver);
  EXPECT_TRUE(After.HaltLeaks.empty()) << P.Fixed;
}

} // namespace
