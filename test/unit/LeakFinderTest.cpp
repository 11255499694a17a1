//===- LeakFinderTest.cpp - interrupts left registered --------------------===//
//
// Small miniports, each showing one thing a driver writer relies on: a
// failure after NdisMRegisterInterruptEx that returns without
// NdisMDeregisterInterruptEx is reported at the exit it takes; a correct
// driver is not reported; halt is judged from the states in which
// initialize succeeded.
//
//===----------------------------------------------------------------------===//

#include "MiniportSource.h"
#include "tidy-module/analysis/LeakFinder.h"
#include "tidy-module/analysis/StatusDescription.h"
#include "gtest/gtest.h"

using namespace ndis;
using namespace ndis::test;

namespace {

/// A driver and what the analysis found in it.
struct Analyzed {
  ParsedDriver Driver;
  LeakReport Report;
};

Analyzed analyze(llvm::StringRef Code, LeakFinderOptions Options = {}) {
  Analyzed A{parseMiniport(Code), {}};
  EXPECT_FALSE(A.Driver.hasErrors()) << "the snippet does not compile";
  A.Report = findLeaks(A.Driver.ctx(), Options);
  return A;
}

/// The lines on which the leaking paths of initialize leave it.
std::vector<unsigned> exitLines(const Analyzed &A, const InitializeLeak &L) {
  std::vector<unsigned> Lines;
  for (const LeakingExit &E : L.Exits)
    Lines.push_back(A.Driver.lineOf(E.Return));
  std::sort(Lines.begin(), Lines.end());
  return Lines;
}

using Lines = std::vector<unsigned>;

// Initialize's first steps, shared by most drivers below: allocate and zero
// the adapter context, register the interrupt.
const char AllocateAndRegister[] = R"c(
  NDIS_STATUS Status;
  PMP_ADAPTER Adapter;
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars;
  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(InitParameters);

  Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle,
                                              sizeof(MP_ADAPTER), MP_TAG, 32);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
  NdisZeroMemory(&Chars, sizeof(Chars));
  Adapter->AdapterHandle = MiniportAdapterHandle;

  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                    &Adapter->InterruptHandle);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreeMemory(Adapter, 0, 0);
    return Status;
  }
)c";

const char InitializeSignature[] = R"c(
NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {)c";

/// MPInitializeEx: the shared first steps, then `Rest` (which closes it).
std::string initializeThen(llvm::StringRef Rest) {
  return std::string(InitializeSignature) + AllocateAndRegister + Rest.str();
}

TEST(LeakFinderTest, FailureReturnAfterRegistrationLeaks) {
  Analyzed A = analyze(initializeThen(R"c(
  Status = MpStartTimers(100);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreeMemory(Adapter, 0, 0);
    return Status; // leaks the interrupt
  }
  return NDIS_STATUS_SUCCESS;
}
)c"));
  const LeakReport &R = A.Report;
  EXPECT_TRUE(R.Skipped.empty());
  ASSERT_EQ(R.Handlers.Initialize.size(), 1u);
  ASSERT_EQ(R.InitializeLeaks.size(), 1u);
  const InitializeLeak &Leak = R.InitializeLeaks[0];
  EXPECT_EQ(Leak.Handler, A.Driver.function("MPInitializeEx"));
  EXPECT_EQ(exitLines(A, Leak),
            Lines{A.Driver.lineContaining("return Status; // leaks")});

  // The exit names the step that failed.
  const LeakingExit &Exit = Leak.Exits[0];
  EXPECT_EQ(Exit.Where, Exit.Return) << "no goto or break on this path";
  EXPECT_EQ(Exit.Returned.isZero(), Truth::False);
  EXPECT_EQ(describeStatus(Exit.Returned, A.Driver.ctx()),
            "returns the status of 'MpStartTimers'");
  EXPECT_EQ(Exit.State.fate(Leak.Registration), HandleFate::Registered);

  // The registration site: the call in initialize and where the handle went.
  const RegistrationSite &Site = R.Walker->site(Leak.Registration);
  const clang::FunctionDecl *Init = A.Driver.function("MPInitializeEx");
  ASSERT_NE(Site.AcquireCall, nullptr);
  EXPECT_EQ(Site.AcquireCall,
            ParsedDriver::callsOf(Init, "NdisMRegisterInterruptEx").front());
  EXPECT_EQ(Site.HandlerCall, Site.AcquireCall);
  EXPECT_EQ(Site.HandleKey, A.Driver.field("_MP_ADAPTER", "InterruptHandle"));
  EXPECT_EQ(Site.Pair->ReleaseFunction, "NdisMDeregisterInterruptEx");
}

// Constants are folded where they are used instead of being walked, except
// where the walk asks whether they were evaluated: the right side of && and
// ||, the arms of ?:.
TEST(LeakFinderTest, ConstantRightOfAndStillDecidesItsValue) {
  Analyzed A = analyze(initializeThen(R"c(
  BOOLEAN Failed;
  Status = MpStartTimers(100);
  Failed = Status != NDIS_STATUS_SUCCESS && TRUE;
  if (Failed)
    return Status; // leaks the interrupt
  return NDIS_STATUS_SUCCESS;
}
)c"));
  ASSERT_EQ(A.Report.InitializeLeaks.size(), 1u);
  EXPECT_EQ(exitLines(A, A.Report.InitializeLeaks[0]),
            Lines{A.Driver.lineContaining("return Status; // leaks")});
}

TEST(LeakFinderTest, ConstantArmOfAConditionalIsTheResult) {
  // Success returns the constant arm: nothing leaks.
  Analyzed A = analyze(initializeThen(R"c(
  Status = MpStartTimers(100);
  if (Status != NDIS_STATUS_SUCCESS)
    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
  return Status == NDIS_STATUS_SUCCESS ? NDIS_STATUS_SUCCESS
                                       : NDIS_STATUS_FAILURE;
}
)c"));
  EXPECT_TRUE(A.Report.InitializeLeaks.empty());
}

// An operand that only names its location (a local, a field reached through
// `.` or `->`) is not walked when an assignment writes it, a read reads it or
// `&` takes its address: its parent takes the location itself. A flag set
// and read that way still guards the cleanup, and the same flag written to
// another field does not.
TEST(LeakFinderTest, FlagsWrittenThroughMemberChainsGuardTheCleanup) {
  const char Guarded[] = R"c(
  struct { struct { ULONG Bits; } Inner; } Local;
  BOOLEAN Registered = FALSE;
  Local.Inner.Bits = 0;
  Registered = TRUE;
  Adapter->Flags |= 0x4;
  Local.Inner.Bits = Adapter->Flags;
  Status = MpStartTimers(100);
  if (Status != NDIS_STATUS_SUCCESS) {
    if ((Local.Inner.Bits & 0x4) != 0 && Registered)
      NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
    return Status; // the failure exit
  }
  return NDIS_STATUS_SUCCESS;
}
)c";
  Analyzed Clean = analyze(initializeThen(Guarded));
  EXPECT_TRUE(Clean.Report.InitializeLeaks.empty());

  // The flag goes to another field: the cleanup's test reads 0.
  std::string Other = Guarded;
  Other.replace(Other.find("Adapter->Flags |= 0x4;"),
                sizeof("Adapter->Flags |= 0x4;") - 1,
                "Adapter->RxBuffer = (PVOID)4;");
  Analyzed Leaky = analyze(initializeThen(Other));
  ASSERT_EQ(Leaky.Report.InitializeLeaks.size(), 1u);
  EXPECT_EQ(exitLines(Leaky, Leaky.Report.InitializeLeaks[0]),
            Lines{Leaky.Driver.lineContaining("the failure exit")});
}

// A C++ reference names what it was bound to, which the state holds: it is
// never taken for the location of the reference variable itself.
TEST(LeakFinderTest, FlagWrittenThroughACxxReference) {
  auto Analyze = [](llvm::StringRef BoundTo) {
    ParseOptions Options;
    Options.FileName = "input.cpp";
    std::string Steps = AllocateAndRegister; // C++ wants the cast
    Steps.replace(Steps.find("= NdisAllocate"), 1, "= (PMP_ADAPTER)");
    std::string Code = std::string(NdisPrelude) + AdapterContext +
                       InitializeSignature + Steps + R"cpp(
  ULONG Local = 0;
  ULONG &Bits = )cpp" + BoundTo.str() + R"cpp(;
  Bits |= 0x4;
  Status = MpStartTimers(100);
  if (Status != NDIS_STATUS_SUCCESS) {
    if ((Adapter->Flags & 0x4) != 0)
      NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
    return Status; // the failure exit
  }
  return NDIS_STATUS_SUCCESS;
}
)cpp";
    Analyzed A{parseSource(Code, Options), {}};
    EXPECT_FALSE(A.Driver.hasErrors()) << "the snippet does not compile";
    A.Report = findLeaks(A.Driver.ctx(), {});
    return A;
  };
  EXPECT_TRUE(Analyze("Adapter->Flags").Report.InitializeLeaks.empty());
  Analyzed Leaky = Analyze("Local");
  ASSERT_EQ(Leaky.Report.InitializeLeaks.size(), 1u);
  EXPECT_EQ(exitLines(Leaky, Leaky.Report.InitializeLeaks[0]),
            Lines{Leaky.Driver.lineContaining("the failure exit")});
}

TEST(LeakFinderTest, ConstantFailureStatusIsNamed) {
  Analyzed A = analyze(initializeThen(R"c(
  Status = MpStartTimers(100);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreeMemory(Adapter, 0, 0);
    return NDIS_STATUS_RESOURCES;
  }
  return NDIS_STATUS_SUCCESS;
}
)c"));
  ASSERT_EQ(A.Report.InitializeLeaks.size(), 1u);
  ASSERT_EQ(A.Report.InitializeLeaks[0].Exits.size(), 1u);
  const LeakingExit &Exit = A.Report.InitializeLeaks[0].Exits[0];
  EXPECT_EQ(Exit.Returned.isNegative(), Truth::True);
  EXPECT_EQ(describeStatus(Exit.Returned, A.Driver.ctx()),
            "returns NDIS_STATUS_RESOURCES");
}

TEST(LeakFinderTest, DeregisteredBeforeFailingIsNoLeak) {
  Analyzed A = analyze(initializeThen(R"c(
  Status = MpStartTimers(100);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
    NdisFreeMemory(Adapter, 0, 0);
    return Status;
  }
  return NDIS_STATUS_SUCCESS;
}
)c"));
  EXPECT_EQ(A.Report.Handlers.Initialize.size(), 1u);
  EXPECT_TRUE(A.Report.Skipped.empty());
  EXPECT_TRUE(A.Report.InitializeLeaks.empty());
  EXPECT_TRUE(A.Report.HaltLeaks.empty());
}

TEST(LeakFinderTest, EveryLeakingExitIsReported) {
  Analyzed A = analyze(initializeThen(R"c(
  Status = MpReadConfiguration(MiniportAdapterHandle);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreeMemory(Adapter, 0, 0);
    return Status; // first leak
  }
  Status = MpStartTimers(100);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
    NdisFreeMemory(Adapter, 0, 0);
    return Status;
  }
  if (MpWaitForIdle(10) != NDIS_STATUS_SUCCESS)
    return NDIS_STATUS_FAILURE; // second leak
  return NDIS_STATUS_SUCCESS;
}
)c"));
  ASSERT_EQ(A.Report.InitializeLeaks.size(), 1u) << "one registration";
  EXPECT_EQ(exitLines(A, A.Report.InitializeLeaks[0]),
            (Lines{A.Driver.lineContaining("// first leak"),
                   A.Driver.lineContaining("// second leak")}));
}

TEST(LeakFinderTest, RegistrationInAHelperThroughTheAdapterParameter) {
  Analyzed A = analyze(R"c(
static NDIS_STATUS MpRegisterInterrupt(PMP_ADAPTER Adapter) {
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars;
  NdisZeroMemory(&Chars, sizeof(Chars));
  return NdisMRegisterInterruptEx(Adapter->AdapterHandle, Adapter, &Chars,
                                  &Adapter->InterruptHandle);
}

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  NDIS_STATUS Status;
  PMP_ADAPTER Adapter;
  Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle,
                                              sizeof(MP_ADAPTER), MP_TAG, 32);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
  Adapter->AdapterHandle = MiniportAdapterHandle;

  Status = MpRegisterInterrupt(Adapter);
  if (Status != NDIS_STATUS_SUCCESS)
    goto FreeAdapter;

  Status = MpStartTimers(100);
  if (Status != NDIS_STATUS_SUCCESS)
    goto FreeAdapter; // leaks
  return NDIS_STATUS_SUCCESS;

FreeAdapter:
  NdisFreeMemory(Adapter, 0, 0);
  return Status;
}
)c");
  ASSERT_EQ(A.Report.InitializeLeaks.size(), 1u);
  const InitializeLeak &Leak = A.Report.InitializeLeaks[0];
  ASSERT_EQ(Leak.Exits.size(), 1u);
  const LeakingExit &Exit = Leak.Exits[0];
  EXPECT_TRUE(llvm::isa<clang::GotoStmt>(Exit.Where));
  EXPECT_EQ(A.Driver.lineOf(Exit.Where), A.Driver.lineContaining("// leaks"));
  EXPECT_EQ(A.Driver.lineOf(Exit.Return),
            A.Driver.lineContaining("  return Status;\n}"));
  EXPECT_EQ(describeStatus(Exit.Returned, A.Driver.ctx()),
            "returns the status of 'MpStartTimers'");

  // Reported at the helper call in initialize; acquired inside the helper.
  const RegistrationSite &Site = A.Report.Walker->site(Leak.Registration);
  const clang::FunctionDecl *Init = A.Driver.function("MPInitializeEx");
  const clang::FunctionDecl *Helper = A.Driver.function("MpRegisterInterrupt");
  EXPECT_EQ(Site.HandlerCall,
            ParsedDriver::callsOf(Init, "MpRegisterInterrupt").front());
  EXPECT_EQ(Site.AcquireCall,
            ParsedDriver::callsOf(Helper, "NdisMRegisterInterruptEx").front());
  EXPECT_EQ(Site.HandleKey, A.Driver.field("_MP_ADAPTER", "InterruptHandle"));
}

TEST(LeakFinderTest, SharedFreeRoutineGuardedByTheHandleIsNoLeak) {
  // MpFreeAdapter serves failed initialize and halt alike.
  Analyzed A = analyze(R"c(
static VOID MpFreeAdapter(PMP_ADAPTER Adapter) {
  if (Adapter->InterruptHandle != NULL) {
    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
    Adapter->InterruptHandle = NULL;
  }
  NdisFreeMemory(Adapter, 0, 0);
}
)c" + initializeThen(R"c(
  Status = MpStartTimers(100);
  if (Status != NDIS_STATUS_SUCCESS) {
    MpFreeAdapter(Adapter);
    return Status;
  }
  return NDIS_STATUS_SUCCESS;
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  MpFreeAdapter((PMP_ADAPTER)MiniportAdapterContext);
}
)c"));
  EXPECT_TRUE(A.Report.Skipped.empty());
  EXPECT_TRUE(A.Report.InitializeLeaks.empty());
  EXPECT_FALSE(A.Report.HaltEntries.empty());
  EXPECT_TRUE(A.Report.HaltLeaks.empty());
}

TEST(LeakFinderTest, StatusTestedWithNtSuccess) {
  Analyzed A = analyze(R"c(
NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  NDIS_STATUS Status;
  PMP_ADAPTER Adapter;
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars;
  Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle,
                                              sizeof(MP_ADAPTER), MP_TAG, 32);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
  NdisZeroMemory(&Chars, sizeof(Chars));

  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                    &Adapter->InterruptHandle);
  if (!NT_SUCCESS(Status))
    goto Exit; // registration failed: nothing to deregister

  Status = MpStartTimers(100);
  if (!NT_SUCCESS(Status))
    goto Exit; // leaks

  Status = MpReadConfiguration(MiniportAdapterHandle);
  if (!NT_SUCCESS(Status)) {
    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
    goto Exit;
  }
  return NDIS_STATUS_SUCCESS;

Exit:
  NdisFreeMemory(Adapter, 0, 0);
  return Status;
}
)c");
  ASSERT_EQ(A.Report.InitializeLeaks.size(), 1u);
  const InitializeLeak &Leak = A.Report.InitializeLeaks[0];
  ASSERT_EQ(Leak.Exits.size(), 1u);
  const LeakingExit &Exit = Leak.Exits[0];
  EXPECT_EQ(A.Driver.lineOf(Exit.Where), A.Driver.lineContaining("// leaks"));
  // The leaking path knows the status is negative: NT_SUCCESS failed.
  EXPECT_EQ(Exit.Returned.isNegative(), Truth::True);
  EXPECT_EQ(describeStatus(Exit.Returned, A.Driver.ctx()),
            "returns the status of 'MpStartTimers'");
}

TEST(LeakFinderTest, CorrectDriverUsingNtSuccessIsNotReported) {
  Analyzed A = analyze(R"c(
NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  NDIS_STATUS Status;
  PMP_ADAPTER Adapter;
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Chars;
  Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle,
                                              sizeof(MP_ADAPTER), MP_TAG, 32);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(&Chars, sizeof(Chars));

  Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &Chars,
                                    &Adapter->InterruptHandle);
  if (NT_SUCCESS(Status)) {
    Status = MpStartTimers(100);
    if (!NT_SUCCESS(Status))
      NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
  }
  if (!NT_SUCCESS(Status)) {
    NdisFreeMemory(Adapter, 0, 0);
    return Status;
  }
  return NDIS_STATUS_SUCCESS;
}
)c");
  EXPECT_TRUE(A.Report.Skipped.empty());
  EXPECT_TRUE(A.Report.InitializeLeaks.empty());
}

TEST(LeakFinderTest, DriverCallWithoutBodyReceivingTheAdapterTakesOverTheHandle) {
  // MpStartHardware is defined in another file: it may deregister.
  Analyzed A = analyze(R"c(
NDIS_STATUS MpStartHardware(PMP_ADAPTER Adapter);
)c" + initializeThen(R"c(
  Status = MpStartHardware(Adapter);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreeMemory(Adapter, 0, 0);
    return Status;
  }
  return NDIS_STATUS_SUCCESS;
}
)c"));
  EXPECT_TRUE(A.Report.Skipped.empty());
  EXPECT_TRUE(A.Report.InitializeLeaks.empty());
  EXPECT_TRUE(A.Report.HaltEntries.empty())
      << "an escaped handle is not followed into halt either";
}

TEST(LeakFinderTest, DriverCallWithoutBodyNotSeeingTheAdapterKeepsTheLeak) {
  // The same driver, but the step only gets a number; and the platform's
  // NdisFreeMemory sees the adapter but never deregisters anything.
  Analyzed A = analyze(R"c(
NDIS_STATUS MpStartHardware(ULONG Mode);
)c" + initializeThen(R"c(
  Status = MpStartHardware(1);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreeMemory(Adapter, 0, 0);
    return Status;
  }
  return NDIS_STATUS_SUCCESS;
}
)c"));
  EXPECT_EQ(A.Report.InitializeLeaks.size(), 1u);
}

TEST(LeakFinderTest, PassingTheHandleItselfToUnknownCodeTakesItOver) {
  Analyzed A = analyze(R"c(
VOID MpRememberInterrupt(NDIS_HANDLE InterruptHandle);
)c" + initializeThen(R"c(
  MpRememberInterrupt(Adapter->InterruptHandle);
  Status = MpStartTimers(100);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreeMemory(Adapter, 0, 0);
    return Status;
  }
  return NDIS_STATUS_SUCCESS;
}
)c"));
  EXPECT_TRUE(A.Report.InitializeLeaks.empty());
}

// Halt, after an initialize that registers and succeeds. `Halt` is the body
// of MPHaltEx.
std::string driverWithHalt(llvm::StringRef InitializeSuccessPath,
                           llvm::StringRef Halt) {
  return initializeThen(InitializeSuccessPath) + R"c(
VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
)c" + Halt.str() + "}\n";
}

TEST(LeakFinderTest, HaltThatSkipsDeregistrationOnOnePath) {
  Analyzed A = analyze(driverWithHalt(R"c(
  return NDIS_STATUS_SUCCESS;
}
)c",
                                      R"c(
  MpStopTimers();
  if (MpWaitForIdle(1000) != NDIS_STATUS_SUCCESS) {
    return; // timed out: skips the teardown
  }
  NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
  NdisFreeMemory(Adapter, 0, 0);
)c"));
  EXPECT_TRUE(A.Report.InitializeLeaks.empty());
  EXPECT_EQ(A.Report.HaltEntries.size(), 1u);
  ASSERT_EQ(A.Report.HaltLeaks.size(), 1u);
  const HaltLeak &Leak = A.Report.HaltLeaks[0];
  EXPECT_EQ(Leak.Halt, A.Driver.function("MPHaltEx"));
  EXPECT_EQ(Leak.Initialize, A.Driver.function("MPInitializeEx"));
  ASSERT_EQ(Leak.Exits.size(), 1u) << "only the timed-out return leaks";
  EXPECT_TRUE(llvm::isa_and_nonnull<clang::ReturnStmt>(Leak.Exits[0]));
  EXPECT_EQ(A.Driver.lineOf(Leak.Exits[0]),
            A.Driver.lineContaining("return; // timed out"));
  EXPECT_EQ(A.Report.Walker->site(Leak.Registration).HandleKey,
            A.Driver.field("_MP_ADAPTER", "InterruptHandle"));
}

TEST(LeakFinderTest, HaltGetsTheContextInitializeRegisteredNeverNull) {
  // A defensive NULL test of the context is a path NDIS never takes.
  Analyzed A = analyze(driverWithHalt(R"c(
  return NDIS_STATUS_SUCCESS;
}
)c",
                                      R"c(
  if (Adapter == NULL)
    return;
  NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
  NdisFreeMemory(Adapter, 0, 0);
)c"));
  EXPECT_TRUE(A.Report.HaltLeaks.empty());
  // The context is no business of the entries the report keeps: each halt
  // gets it as its own first parameter.
  const clang::FunctionDecl *Halt = A.Driver.function("MPHaltEx");
  ASSERT_FALSE(A.Report.HaltEntries.empty());
  for (const PathState &Entry : haltEntries(Halt, A.Report.HaltEntries))
    EXPECT_EQ(Entry.load(Halt->getParamDecl(0)).isZero(), Truth::False);
}

TEST(LeakFinderTest, HaltWithoutDeregistrationLeaksAtTheEndOfItsBody) {
  Analyzed A = analyze(driverWithHalt(R"c(
  return NDIS_STATUS_SUCCESS;
}
)c",
                                      R"c(
  MpStopTimers();
  NdisFreeMemory(Adapter, 0, 0);
)c"));
  ASSERT_EQ(A.Report.HaltLeaks.size(), 1u);
  EXPECT_EQ(A.Report.HaltLeaks[0].Exits,
            (llvm::SmallVector<const clang::Stmt *, 2>{nullptr}))
      << "null: the path falls off the end of the body";
}

TEST(LeakFinderTest, HaltKnowsTheFlagsInitializeSet) {
  Analyzed A = analyze(driverWithHalt(R"c(
  MP_SET_FLAG(Adapter, fMP_INTERRUPT_REGISTERED);
  return NDIS_STATUS_SUCCESS;
}
)c",
                                      R"c(
  if (Adapter->Flags & fMP_INTERRUPT_REGISTERED)
    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
  NdisFreeMemory(Adapter, 0, 0);
)c"));
  EXPECT_TRUE(A.Report.InitializeLeaks.empty());
  ASSERT_FALSE(A.Report.HaltEntries.empty());
  const clang::FieldDecl *Flags = A.Driver.field("_MP_ADAPTER", "Flags");
  for (const PathState &Entry : A.Report.HaltEntries) {
    EXPECT_EQ(Entry.load(Flags).exactValue(),
              std::optional<int64_t>(0x10));
    EXPECT_TRUE(Entry.anyRegistered());
  }
  EXPECT_TRUE(A.Report.HaltLeaks.empty());
}

TEST(LeakFinderTest, HaltTestingAFlagInitializeNeverSetLeaks) {
  // The adapter was zeroed and the flag never set: halt never deregisters.
  Analyzed A = analyze(driverWithHalt(R"c(
  return NDIS_STATUS_SUCCESS;
}
)c",
                                      R"c(
  if (MP_TEST_FLAG(Adapter, fMP_INTERRUPT_REGISTERED))
    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
  NdisFreeMemory(Adapter, 0, 0);
)c"));
  ASSERT_EQ(A.Report.HaltLeaks.size(), 1u);
  EXPECT_EQ(A.Report.HaltLeaks[0].Exits.size(), 1u);
}

TEST(LeakFinderTest, HaltIsEnteredOnlyFromInitializeSuccess) {
  // The failure path clears the flag but forgets to deregister: a leak of
  // initialize. NDIS never halts an adapter whose initialize failed, so
  // that path says nothing about halt, whose flag test is then right.
  Analyzed A = analyze(driverWithHalt(R"c(
  MP_SET_FLAG(Adapter, fMP_INTERRUPT_REGISTERED);
  Status = MpStartTimers(100);
  if (Status != NDIS_STATUS_SUCCESS) {
    MP_CLEAR_FLAG(Adapter, fMP_INTERRUPT_REGISTERED);
    return Status; // leaks
  }
  return NDIS_STATUS_SUCCESS;
}
)c",
                                      R"c(
  if (MP_TEST_FLAG(Adapter, fMP_INTERRUPT_REGISTERED))
    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
  NdisFreeMemory(Adapter, 0, 0);
)c"));
  ASSERT_EQ(A.Report.InitializeLeaks.size(), 1u);
  EXPECT_EQ(exitLines(A, A.Report.InitializeLeaks[0]),
            Lines{A.Driver.lineContaining("return Status; // leaks")});
  const clang::FieldDecl *Flags = A.Driver.field("_MP_ADAPTER", "Flags");
  ASSERT_FALSE(A.Report.HaltEntries.empty());
  for (const PathState &Entry : A.Report.HaltEntries)
    EXPECT_EQ(Entry.load(Flags).exactValue(), std::optional<int64_t>(0x10));
  EXPECT_TRUE(A.Report.HaltLeaks.empty());
}

TEST(LeakFinderTest, NoHaltEntriesWhenInitializeNeverSucceedsRegistered) {
  Analyzed A = analyze(driverWithHalt(R"c(
  NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
  return NDIS_STATUS_SUCCESS;
}
)c",
                                      R"c(
  NdisFreeMemory(Adapter, 0, 0);
)c"));
  EXPECT_TRUE(A.Report.HaltEntries.empty());
  EXPECT_TRUE(A.Report.HaltLeaks.empty());
}

TEST(LeakFinderTest, ExceededBudgetSkipsTheHandlerAndSaysWhy) {
  std::string Code = initializeThen(R"c(
  Status = MpStartTimers(100);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreeMemory(Adapter, 0, 0);
    return Status;
  }
  return NDIS_STATUS_SUCCESS;
}
)c");
  LeakFinderOptions Tiny;
  Tiny.Limits.MaxBlockVisits = 5;
  Analyzed A = analyze(Code, Tiny);
  ASSERT_EQ(A.Report.Skipped.size(), 1u);
  EXPECT_EQ(A.Report.Skipped[0].Handler, A.Driver.function("MPInitializeEx"));
  const std::string &Reason = A.Report.Skipped[0].Reason;
  EXPECT_TRUE(contains(Reason, "budget of 5 block visits")) << Reason;
  EXPECT_TRUE(A.Report.InitializeLeaks.empty())
      << "nothing is reported from a walk that gave up";

  // The default budget is enough for this driver.
  Analyzed Full = analyze(Code);
  EXPECT_TRUE(Full.Report.Skipped.empty());
  EXPECT_EQ(Full.Report.InitializeLeaks.size(), 1u);
}

TEST(LeakFinderTest, ExceededBudgetInHaltSkipsOnlyHalt) {
  // Halt retries its wait; every retry is a block visit.
  std::string Code = driverWithHalt(R"c(
  return NDIS_STATUS_SUCCESS;
}
)c",
                                    R"c(
  ULONG Tries;
  for (Tries = 0; Tries < 10; Tries++) {
    if (MpWaitForIdle(10) == NDIS_STATUS_SUCCESS)
      break;
  }
  if (MpWaitForIdle(10) == NDIS_STATUS_SUCCESS)
    MpStopTimers();
  NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
  NdisFreeMemory(Adapter, 0, 0);
)c");
  // A budget that initialize fits in and halt does not.
  Analyzed Unlimited = analyze(Code);
  ASSERT_TRUE(Unlimited.Report.Skipped.empty());
  ASSERT_TRUE(Unlimited.Report.HaltLeaks.empty());
  unsigned HaltVisits = Unlimited.Report.Walker->blockVisits();
  const clang::FunctionDecl *Init = Unlimited.Driver.function("MPInitializeEx");
  ASSERT_TRUE(Unlimited.Report.Walker->walkHandler(Init, {initializeEntry(Init)}));
  unsigned InitializeVisits = Unlimited.Report.Walker->blockVisits();
  ASSERT_LT(InitializeVisits, HaltVisits);

  LeakFinderOptions Options;
  Options.Limits.MaxBlockVisits = InitializeVisits;
  Analyzed A = analyze(Code, Options);
  EXPECT_TRUE(A.Report.InitializeLeaks.empty());
  EXPECT_FALSE(A.Report.HaltEntries.empty()) << "initialize was walked";
  ASSERT_EQ(A.Report.Skipped.size(), 1u);
  EXPECT_EQ(A.Report.Skipped[0].Handler, A.Driver.function("MPHaltEx"));
  EXPECT_TRUE(A.Report.HaltLeaks.empty());
}

/// A driver whose cleanup routine walks an array of rings, freeing each
/// buffer that is set, and whose initialize reaches that routine from
/// `Steps` failure points, each with the rings set up to that step.
std::string ringCleanupDriver(unsigned Steps) {
  std::string Code = R"c(
typedef struct _MP_RING { PVOID Buffer; PVOID Spare; } MP_RING, *PMP_RING;
static MP_RING Rings[8];
static VOID MpFreeRings(void) {
  ULONG i;
  for (i = 0; i < 8; i++) {
    PMP_RING Ring = &Rings[i];
    if (Ring->Buffer != NULL) {
      NdisFreeMemory(Ring->Buffer, 0, 0);
      Ring->Buffer = NULL;
    }
    if (Ring->Spare != NULL) {
      NdisFreeMemory(Ring->Spare, 0, 0);
      Ring->Spare = NULL;
    }
  }
}
)c";
  Code += InitializeSignature;
  Code += AllocateAndRegister;
  // Buffers and spares in turn: the failure points reach the cleanup with
  // different ones known set.
  for (unsigned I = 0; I < Steps; ++I) {
    std::string Slot = "Rings[" + std::to_string(I / 2) + "]." +
                       (I % 2 ? "Spare" : "Buffer");
    Code += "  " + Slot +
            " = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle, 64, "
            "MP_TAG, 32);\n  if (" +
            Slot + " == NULL) goto Fail;\n";
  }
  Code += R"c(
  return NDIS_STATUS_SUCCESS;
Fail:
  MpFreeRings();
  NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
  NdisFreeMemory(Adapter, 0, 0);
  return NDIS_STATUS_RESOURCES;
}
)c";
  return Code;
}

TEST(LeakFinderTest, CleanupLoopOverAnArrayIsWalkedOncePerState) {
  // Each failure point reaches the cleanup with other rings set. Through the
  // loop's pointer the routine knows none of them (each iteration is
  // another ring), so it walks alike from all of them: what it stores there
  // is unknown from its start, and once a path freed while registered the
  // paths meeting later carry that too. Its cost must not grow with the
  // failure points feeding it.
  Analyzed Few = analyze(ringCleanupDriver(2));
  Analyzed Many = analyze(ringCleanupDriver(6));
  EXPECT_TRUE(Few.Report.InitializeLeaks.empty());
  EXPECT_TRUE(Many.Report.InitializeLeaks.empty());
  unsigned FewVisits = Few.Report.Walker->blockVisits();
  unsigned ManyVisits = Many.Report.Walker->blockVisits();
  EXPECT_LT(ManyVisits, FewVisits + 16) << FewVisits << " -> " << ManyVisits;
}

TEST(LeakFinderTest, RecursionBetweenHelpersEnds) {
  Analyzed A = analyze(R"c(
static NDIS_STATUS MpPollLinkAgain(ULONG Retries);
static NDIS_STATUS MpPollLink(ULONG Retries) {
  if (Retries == 0)
    return NDIS_STATUS_FAILURE;
  if (MpWaitForIdle(10) == NDIS_STATUS_SUCCESS)
    return NDIS_STATUS_SUCCESS;
  return MpPollLinkAgain(Retries - 1);
}
static NDIS_STATUS MpPollLinkAgain(ULONG Retries) {
  return MpPollLink(Retries);
}
static NDIS_STATUS MpSelfTest(PMP_ADAPTER Adapter, ULONG Depth) {
  if (Depth > 0)
    return MpSelfTest(Adapter, Depth - 1);
  return MpStartTimers(Depth);
}
)c" + initializeThen(R"c(
  Status = MpPollLink(3);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreeMemory(Adapter, 0, 0);
    return Status; // leaks
  }
  Status = MpSelfTest(Adapter, 2);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
    NdisFreeMemory(Adapter, 0, 0);
    return Status;
  }
  return NDIS_STATUS_SUCCESS;
}
)c"));
  EXPECT_TRUE(A.Report.Skipped.empty());
  ASSERT_EQ(A.Report.InitializeLeaks.size(), 1u);
  EXPECT_EQ(exitLines(A, A.Report.InitializeLeaks[0]),
            Lines{A.Driver.lineContaining("return Status; // leaks")});
}

TEST(LeakFinderTest, InitializeDeclaredButDefinedElsewhereIsNotWalked) {
  Analyzed A = analyze(R"c(
VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  NdisFreeMemory(MiniportAdapterContext, 0, 0);
}
)c");
  ASSERT_EQ(A.Report.Handlers.Initialize.size(), 1u);
  EXPECT_FALSE(A.Report.Handlers.Initialize[0]->hasBody());
  EXPECT_TRUE(A.Report.Skipped.empty());
  EXPECT_TRUE(A.Report.InitializeLeaks.empty());
  EXPECT_TRUE(A.Report.HaltEntries.empty());
  EXPECT_TRUE(A.Report.HaltLeaks.empty());
}

TEST(LeakFinderTest, SuccessAndFailureOfAStatus) {
  EXPECT_TRUE(mayBeSuccess(Value::exact(0)));
  EXPECT_FALSE(mayBeFailure(Value::exact(0)));
  EXPECT_TRUE(mayBeFailure(Value::failureStatus(nullptr)));
  EXPECT_FALSE(mayBeSuccess(Value::failureStatus(nullptr)));
  // An undecided status may be either.
  EXPECT_TRUE(mayBeSuccess(Value::anyInt(nullptr)));
  EXPECT_TRUE(mayBeFailure(Value::anyInt(nullptr)));
  // A status proven to pass NT_SUCCESS counts as success: drivers testing
  // with NT_SUCCESS mean "succeeded" (see docs/checks/...rst).
  EXPECT_FALSE(mayBeFailure(Value::anyInt(nullptr).assumeNegative(false)));
  EXPECT_TRUE(mayBeSuccess(Value::anyInt(nullptr).assumeNegative(false)));
  EXPECT_FALSE(mayBeFailure(Value::exact(0x103)));
}

} // namespace
