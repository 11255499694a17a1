//===- HandlerDiscoveryTest.cpp - which functions are the handlers --------===//
//
// A function is MiniportInitializeEx / MiniportHaltEx because the driver
// says so: a role typedef, the driver characteristics, or the check's
// options. Never because of its name.
//
//===----------------------------------------------------------------------===//

#include "MiniportSource.h"
#include "tidy-module/analysis/HandlerDiscovery.h"
#include "gtest/gtest.h"

using namespace ndis;
using namespace ndis::test;

namespace {

/// The names of the handlers found for one role.
std::vector<std::string> names(llvm::ArrayRef<const clang::FunctionDecl *> Fns) {
  std::vector<std::string> Out;
  for (const clang::FunctionDecl *FD : Fns)
    Out.push_back(FD->getNameAsString());
  return Out;
}

using Names = std::vector<std::string>;

// The two handler bodies most tests need, written without role types.
const char PlainHandlers[] = R"c(
NDIS_STATUS MPInit(NDIS_HANDLE MiniportAdapterHandle,
                   NDIS_HANDLE MiniportDriverContext,
                   PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  return NDIS_STATUS_SUCCESS;
}
VOID MPHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {}
NDIS_STATUS MPSetOptions(NDIS_HANDLE NdisDriverHandle, NDIS_HANDLE Context) {
  return NDIS_STATUS_SUCCESS;
}
VOID MPUnload(PVOID DriverObject) {}
)c";

TEST(HandlerDiscoveryTest, RoleTypedefsInAHeaderNameTheDefinitions) {
  ParseOptions Options;
  Options.Headers = {{"ndis_stand_in.h", NdisPrelude},
                     {"miniport.h", R"c(
#include "ndis_stand_in.h"
MINIPORT_INITIALIZE MPInitializeEx;
MINIPORT_HALT MPHaltEx;
)c"}};
  ParsedDriver Driver = parseSource(R"c(
#include "miniport.h"

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  return NDIS_STATUS_SUCCESS;
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {}
)c",
                                    Options);
  ASSERT_FALSE(Driver.hasErrors());
  DriverHandlers H = findDriverHandlers(Driver.ctx(), {});
  ASSERT_EQ(H.Initialize.size(), 1u);
  ASSERT_EQ(H.Halt.size(), 1u);
  EXPECT_EQ(H.Initialize[0], Driver.function("MPInitializeEx"));
  EXPECT_EQ(H.Halt[0], Driver.function("MPHaltEx"));
  EXPECT_TRUE(H.Initialize[0]->doesThisDeclarationHaveABody());
  EXPECT_TRUE(H.Halt[0]->doesThisDeclarationHaveABody());
  // The definition is in the main file, the role declaration in the header.
  EXPECT_TRUE(
      Driver.sm().isInMainFile(H.Initialize[0]->getLocation()));
  EXPECT_EQ(H.of(HandlerRole::Initialize).size(), 1u);
  EXPECT_EQ(H.of(HandlerRole::Halt)[0], H.Halt[0]);
}

TEST(HandlerDiscoveryTest, StaticRoleTypedefDeclarations) {
  ParsedDriver Driver = parseDriver(R"c(
// "miniport.h" part
static MINIPORT_INITIALIZE MpInitialize;
static MINIPORT_HALT MpHalt;

// "miniport.c" part
static NDIS_STATUS MpInitialize(NDIS_HANDLE MiniportAdapterHandle,
                                NDIS_HANDLE MiniportDriverContext,
                                PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  return NDIS_STATUS_SUCCESS;
}
static VOID MpHalt(NDIS_HANDLE MiniportAdapterContext,
                   NDIS_HALT_ACTION HaltAction) {}
)c");
  ASSERT_FALSE(Driver.hasErrors());
  DriverHandlers H = findDriverHandlers(Driver.ctx(), {});
  EXPECT_EQ(names(H.Initialize), Names{"MpInitialize"});
  EXPECT_EQ(names(H.Halt), Names{"MpHalt"});
  ASSERT_EQ(H.Initialize.size(), 1u);
  EXPECT_TRUE(H.Initialize[0]->doesThisDeclarationHaveABody());
}

TEST(HandlerDiscoveryTest, AssignmentToDriverCharacteristicsInDriverEntry) {
  ParsedDriver Driver = parseDriver(std::string(PlainHandlers) + R"c(
NDIS_STATUS DriverEntry(PVOID DriverObject, PVOID RegistryPath) {
  NDIS_MINIPORT_DRIVER_CHARACTERISTICS Chars;
  NDIS_HANDLE DriverHandle;
  NdisZeroMemory(&Chars, sizeof(Chars));
  Chars.MajorNdisVersion = 6;
  Chars.SetOptionsHandler = MPSetOptions;
  Chars.InitializeHandlerEx = MPInit;
  Chars.HaltHandlerEx = MPHalt;
  Chars.UnloadHandler = MPUnload;
  return NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &Chars,
                                     &DriverHandle);
}
)c");
  ASSERT_FALSE(Driver.hasErrors());
  DriverHandlers H = findDriverHandlers(Driver.ctx(), {});
  EXPECT_EQ(names(H.Initialize), Names{"MPInit"});
  EXPECT_EQ(names(H.Halt), Names{"MPHalt"});
  ASSERT_EQ(H.Initialize.size(), 1u);
  EXPECT_EQ(H.Initialize[0], Driver.function("MPInit"));
}

TEST(HandlerDiscoveryTest, AssignmentThroughPointerAddressOfAndCast) {
  ParsedDriver Driver = parseDriver(std::string(PlainHandlers) + R"c(
static VOID MpFillCharacteristics(PNDIS_MINIPORT_DRIVER_CHARACTERISTICS Chars) {
  Chars->InitializeHandlerEx = (MINIPORT_INITIALIZE_HANDLER)MPInit;
  (Chars->HaltHandlerEx) = &MPHalt;
}
)c");
  ASSERT_FALSE(Driver.hasErrors());
  DriverHandlers H = findDriverHandlers(Driver.ctx(), {});
  EXPECT_EQ(names(H.Initialize), Names{"MPInit"});
  EXPECT_EQ(names(H.Halt), Names{"MPHalt"});
}

TEST(HandlerDiscoveryTest, DesignatedInitializer) {
  ParsedDriver Driver = parseDriver(std::string(PlainHandlers) + R"c(
NDIS_STATUS DriverEntry(PVOID DriverObject, PVOID RegistryPath) {
  NDIS_HANDLE DriverHandle;
  NDIS_MINIPORT_DRIVER_CHARACTERISTICS Chars = {
      .MajorNdisVersion = 6,
      .MinorNdisVersion = 20,
      .HaltHandlerEx = MPHalt,
      .InitializeHandlerEx = MPInit,
      .SetOptionsHandler = MPSetOptions,
      .UnloadHandler = MPUnload,
  };
  return NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &Chars,
                                     &DriverHandle);
}
)c");
  ASSERT_FALSE(Driver.hasErrors());
  DriverHandlers H = findDriverHandlers(Driver.ctx(), {});
  EXPECT_EQ(names(H.Initialize), Names{"MPInit"});
  EXPECT_EQ(names(H.Halt), Names{"MPHalt"});
}

TEST(HandlerDiscoveryTest, PositionalInitializerOfAGlobal) {
  ParsedDriver Driver = parseDriver(std::string(PlainHandlers) + R"c(
static NDIS_MINIPORT_DRIVER_CHARACTERISTICS MpCharacteristics = {
    {0, 0, sizeof(NDIS_MINIPORT_DRIVER_CHARACTERISTICS)},
    6, 20, 1, 0,
    0,
    MPSetOptions,
    MPInit,
    MPHalt,
    MPUnload};
)c");
  ASSERT_FALSE(Driver.hasErrors());
  DriverHandlers H = findDriverHandlers(Driver.ctx(), {});
  EXPECT_EQ(names(H.Initialize), Names{"MPInit"});
  EXPECT_EQ(names(H.Halt), Names{"MPHalt"});
}

TEST(HandlerDiscoveryTest, PositionalInitializerWithElidedBraces) {
  // The header's three members take the first three values.
  ParsedDriver Driver = parseDriver(std::string(PlainHandlers) + R"c(
NDIS_MINIPORT_DRIVER_CHARACTERISTICS MpCharacteristics = {
    0, 0, sizeof(NDIS_MINIPORT_DRIVER_CHARACTERISTICS),
    6, 20, 1, 0, 0, MPSetOptions, MPInit, MPHalt};
)c");
  ASSERT_FALSE(Driver.hasErrors());
  DriverHandlers H = findDriverHandlers(Driver.ctx(), {});
  EXPECT_EQ(names(H.Initialize), Names{"MPInit"});
  EXPECT_EQ(names(H.Halt), Names{"MPHalt"});
}

TEST(HandlerDiscoveryTest, SplitHandlerNamesOption) {
  EXPECT_EQ(splitHandlerNames("A; B;;C"), (Names{"A", "B", "C"}));
  EXPECT_EQ(splitHandlerNames("  AdapterInit  "), Names{"AdapterInit"});
  EXPECT_EQ(splitHandlerNames("Mp::Adapter::Initialize;"),
            Names{"Mp::Adapter::Initialize"});
  EXPECT_TRUE(splitHandlerNames("").empty());
  EXPECT_TRUE(splitHandlerNames(" ; ;").empty());
}

TEST(HandlerDiscoveryTest, ExtraNamesFromTheOptions) {
  // A driver whose characteristics are filled in another file.
  ParsedDriver Driver = parseDriver(R"c(
NDIS_STATUS AdapterInit(NDIS_HANDLE MiniportAdapterHandle,
                        NDIS_HANDLE MiniportDriverContext,
                        PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  return NDIS_STATUS_SUCCESS;
}
VOID AdapterHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION Action) {}
VOID AdapterStop(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION Action) {}
VOID AdapterShutdown(NDIS_HANDLE MiniportAdapterContext) {}
)c");
  ASSERT_FALSE(Driver.hasErrors());
  EXPECT_TRUE(findDriverHandlers(Driver.ctx(), {}).Initialize.empty());

  HandlerNames Extra;
  Extra.Initialize = splitHandlerNames("AdapterInit");
  Extra.Halt = splitHandlerNames("AdapterHalt; AdapterStop;;NotInThisFile");
  DriverHandlers H = findDriverHandlers(Driver.ctx(), Extra);
  EXPECT_EQ(names(H.Initialize), Names{"AdapterInit"});
  EXPECT_EQ(names(H.Halt), (Names{"AdapterHalt", "AdapterStop"}));
}

TEST(HandlerDiscoveryTest, FunctionsThatAreNotHandlersAreNotFound) {
  // Named like handlers, or typed with other roles, or stored elsewhere.
  ParsedDriver Driver = parseDriver(R"c(
MINIPORT_ISR MPIsr;
BOOLEAN MPIsr(NDIS_HANDLE Context, BOOLEAN *QueueDpc, ULONG *Targets) {
  return FALSE;
}
NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  return NDIS_STATUS_SUCCESS;
}
VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION Action) {}
NDIS_STATUS MPSetOptions(NDIS_HANDLE NdisDriverHandle, NDIS_HANDLE Context) {
  return NDIS_STATUS_SUCCESS;
}
typedef struct _MP_DISPATCH {
  MINIPORT_INITIALIZE_HANDLER InitializeHandlerEx;
  MINIPORT_HALT_HANDLER HaltHandlerEx;
} MP_DISPATCH;
MP_DISPATCH MpDispatch = {MPInitializeEx, MPHaltEx};
NDIS_STATUS DriverEntry(PVOID DriverObject, PVOID RegistryPath) {
  NDIS_MINIPORT_DRIVER_CHARACTERISTICS Chars;
  MP_DISPATCH Dispatch;
  Chars.SetOptionsHandler = MPSetOptions;
  Dispatch.InitializeHandlerEx = MPInitializeEx;
  return NDIS_STATUS_SUCCESS;
}
)c");
  ASSERT_FALSE(Driver.hasErrors());
  DriverHandlers H = findDriverHandlers(Driver.ctx(), {});
  EXPECT_TRUE(H.Initialize.empty()) << names(H.Initialize).front();
  EXPECT_TRUE(H.Halt.empty()) << names(H.Halt).front();
}

TEST(HandlerDiscoveryTest, DeclarationOnlyHandlerGivesItsDeclaration) {
  // Initialize is defined in another file; this one only declares it.
  ParsedDriver Driver = parseDriver(R"c(
MINIPORT_INITIALIZE MPInitializeEx;
MINIPORT_INITIALIZE MPInitializeEx;
VOID MPHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION Action);
NDIS_STATUS DriverEntry(PVOID DriverObject, PVOID RegistryPath) {
  NDIS_MINIPORT_DRIVER_CHARACTERISTICS Chars;
  Chars.InitializeHandlerEx = MPInitializeEx;
  Chars.HaltHandlerEx = MPHalt;
  return NDIS_STATUS_SUCCESS;
}
)c");
  ASSERT_FALSE(Driver.hasErrors());
  DriverHandlers H = findDriverHandlers(Driver.ctx(), {});
  ASSERT_EQ(H.Initialize.size(), 1u);
  ASSERT_EQ(H.Halt.size(), 1u);
  EXPECT_FALSE(H.Initialize[0]->hasBody());
  EXPECT_EQ(H.Initialize[0], H.Initialize[0]->getFirstDecl());
  EXPECT_EQ(H.Initialize[0]->getName(), "MPInitializeEx");
  EXPECT_FALSE(H.Halt[0]->hasBody());
  EXPECT_EQ(H.Halt[0]->getName(), "MPHalt");
}

TEST(HandlerDiscoveryTest, HandlerNamedSeveralWaysIsListedOnce) {
  ParsedDriver Driver = parseDriver(R"c(
MINIPORT_INITIALIZE MPInitializeEx;
MINIPORT_HALT MPHaltEx;
NDIS_STATUS DriverEntry(PVOID DriverObject, PVOID RegistryPath) {
  NDIS_MINIPORT_DRIVER_CHARACTERISTICS Chars = {
      .InitializeHandlerEx = MPInitializeEx, .HaltHandlerEx = MPHaltEx};
  Chars.InitializeHandlerEx = MPInitializeEx;
  return NDIS_STATUS_SUCCESS;
}
NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  return NDIS_STATUS_SUCCESS;
}
VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION Action) {}
)c");
  ASSERT_FALSE(Driver.hasErrors());
  HandlerNames Extra;
  Extra.Initialize = {"MPInitializeEx"};
  DriverHandlers H = findDriverHandlers(Driver.ctx(), Extra);
  ASSERT_EQ(H.Initialize.size(), 1u);
  // Found through declarations before the definition: still the definition.
  EXPECT_TRUE(H.Initialize[0]->doesThisDeclarationHaveABody());
  ASSERT_EQ(H.Halt.size(), 1u);
  EXPECT_TRUE(H.Halt[0]->doesThisDeclarationHaveABody());
}

TEST(HandlerDiscoveryTest, CxxDriverWithRoleTypedefsAndAssignment) {
  ParseOptions Options;
  Options.FileName = "input.cpp";
  ParsedDriver Driver = parseSource(std::string(NdisPrelude) + R"cpp(
namespace mp {
MINIPORT_INITIALIZE InitializeEx;
NDIS_STATUS InitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                         NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  return NDIS_STATUS_SUCCESS;
}
VOID Halt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION Action) {}
} // namespace mp

extern "C" NDIS_STATUS DriverEntry(PVOID DriverObject, PVOID RegistryPath) {
  NDIS_MINIPORT_DRIVER_CHARACTERISTICS Chars = {};
  Chars.HaltHandlerEx = mp::Halt;
  return NDIS_STATUS_SUCCESS;
}
)cpp",
                                    Options);
  ASSERT_FALSE(Driver.hasErrors());
  DriverHandlers H = findDriverHandlers(Driver.ctx(), {});
  ASSERT_EQ(H.Initialize.size(), 1u);
  EXPECT_EQ(H.Initialize[0]->getQualifiedNameAsString(), "mp::InitializeEx");
  EXPECT_TRUE(H.Initialize[0]->doesThisDeclarationHaveABody());
  ASSERT_EQ(H.Halt.size(), 1u);
  EXPECT_EQ(H.Halt[0]->getQualifiedNameAsString(), "mp::Halt");

  // The options may name a handler by its qualified name.
  HandlerNames Extra;
  Extra.Initialize = {"mp::Halt"};
  EXPECT_EQ(findDriverHandlers(Driver.ctx(), Extra).Initialize.size(), 2u);
}

// The statements are walked by their children alone (not by the generic
// visitor): assignments deep inside statements, in a lambda's body and in a
// local class's method are still found, and so is a local's initializer.
TEST(HandlerDiscoveryTest, StoresNestedInStatementsLambdasAndLocalClasses) {
  ParseOptions Options;
  Options.FileName = "input.cpp";
  ParsedDriver Driver = parseSource(std::string(NdisPrelude) + R"cpp(
NDIS_STATUS InitA(NDIS_HANDLE, NDIS_HANDLE, PNDIS_MINIPORT_INIT_PARAMETERS) {
  return NDIS_STATUS_SUCCESS;
}
NDIS_STATUS InitB(NDIS_HANDLE, NDIS_HANDLE, PNDIS_MINIPORT_INIT_PARAMETERS) {
  return NDIS_STATUS_SUCCESS;
}
VOID HaltA(NDIS_HANDLE, NDIS_HALT_ACTION) {}
VOID HaltB(NDIS_HANDLE, NDIS_HALT_ACTION) {}

extern "C" NDIS_STATUS DriverEntry(PVOID DriverObject, PVOID RegistryPath) {
  NDIS_MINIPORT_DRIVER_CHARACTERISTICS Chars = {};
  if (DriverObject != nullptr) {
    for (int I = 0; I < 1; ++I)
      Chars.InitializeHandlerEx = (I == 0 ? InitA : InitA);
  }
  auto Fill = [](NDIS_MINIPORT_DRIVER_CHARACTERISTICS &C) {
    C.HaltHandlerEx = HaltA;
  };
  Fill(Chars);
  struct Filler {
    static void fill(NDIS_MINIPORT_DRIVER_CHARACTERISTICS &C) {
      C.HaltHandlerEx = HaltB;
    }
  };
  Filler::fill(Chars);
  NDIS_MINIPORT_DRIVER_CHARACTERISTICS Other = {.InitializeHandlerEx = InitB};
  (void)Other;
  return NDIS_STATUS_SUCCESS;
}
)cpp",
                                    Options);
  ASSERT_FALSE(Driver.hasErrors());
  DriverHandlers H = findDriverHandlers(Driver.ctx(), {});
  EXPECT_EQ(names(H.Halt), (Names{"HaltA", "HaltB"}));
  // `I == 0 ? InitA : InitA` names no single function: not a store of one.
  EXPECT_EQ(names(H.Initialize), (Names{"InitB"}));
}

} // namespace
