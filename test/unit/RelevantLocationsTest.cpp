//===- RelevantLocationsTest.cpp - which integers the walk keeps ----------===//
//
// The walk drops integers nothing tests, so states stay small and paths that
// differ only there merge. Dropping one that some path tests would make the
// walk take branches it could have ruled out: every way a value reaches a
// test must keep it, and only values that reach none may go.
//
//===----------------------------------------------------------------------===//

#include "MiniportSource.h"
#include "tidy-module/analysis/RelevantLocations.h"
#include "gtest/gtest.h"

using namespace ndis;
using namespace ndis::test;

namespace {

const clang::VarDecl *local(const clang::FunctionDecl *Fn,
                            llvm::StringRef Name) {
  return ParsedDriver::local(Fn, Name);
}

struct Scanned {
  ParsedDriver Driver;
  RelevantLocations Relevance{nullptr};
};

std::unique_ptr<Scanned> scan(llvm::StringRef Code,
                              llvm::StringRef Root = "Root") {
  auto S = std::make_unique<Scanned>();
  S->Driver = parseMiniport(Code);
  EXPECT_FALSE(S->Driver.hasErrors());
  S->Relevance.addRoot(S->Driver.function(Root));
  return S;
}

TEST(RelevantLocationsTest, FieldsOnlyWrittenAreDropped) {
  auto S = scan(R"c(
typedef struct _ATTRS { ULONG MtuSize; ULONG MacOptions; } ATTRS;
void Root(PMP_ADAPTER Adapter) {
  ATTRS Attributes;
  Attributes.MtuSize = 1500;
  Attributes.MacOptions = 7;
  Adapter->Flags = 0;
}
)c");
  EXPECT_FALSE(S->Relevance.matters(S->Driver.field("_ATTRS", "MtuSize")));
  EXPECT_FALSE(S->Relevance.matters(S->Driver.field("_ATTRS", "MacOptions")));
  EXPECT_FALSE(S->Relevance.matters(S->Driver.field("_MP_ADAPTER", "Flags")));
}

TEST(RelevantLocationsTest, ConditionsAndReturnsKeepWhatTheyRead) {
  auto S = scan(R"c(
NDIS_STATUS Root(PMP_ADAPTER Adapter) {
  NDIS_STATUS Status = MpStartTimers(10);
  ULONG Unused = 3;
  if (MP_TEST_FLAG(Adapter, fMP_INTERRUPT_REGISTERED))
    Unused = 4;
  return Status;
}
)c");
  const clang::FunctionDecl *Fn = S->Driver.function("Root");
  EXPECT_TRUE(S->Relevance.matters(S->Driver.field("_MP_ADAPTER", "Flags")));
  EXPECT_TRUE(S->Relevance.matters(local(Fn, "Status")));
  EXPECT_FALSE(S->Relevance.matters(local(Fn, "Unused")));
}

TEST(RelevantLocationsTest, CopiesIntoATestedLocationAreKept) {
  // Assigned before the test that makes it matter, and after: both orders.
  auto S = scan(R"c(
void Root(PMP_ADAPTER Adapter) {
  BOOLEAN Registered = FALSE;
  ULONG Copy;
  ULONG Late;
  Copy = Registered;
  Adapter->Flags = Copy;
  if (Adapter->Flags) return;
  Late = 1;
  Registered = Late;
}
)c");
  const clang::FunctionDecl *Fn = S->Driver.function("Root");
  EXPECT_TRUE(S->Relevance.matters(local(Fn, "Registered")));
  EXPECT_TRUE(S->Relevance.matters(local(Fn, "Copy")));
  EXPECT_TRUE(S->Relevance.matters(local(Fn, "Late")));
}

TEST(RelevantLocationsTest, ParametersCarryRelevanceIntoArguments) {
  auto S = scan(R"c(
static NDIS_STATUS Check(ULONG Value, ULONG Ignored) {
  if (Value == 2) return NDIS_STATUS_FAILURE;
  return NDIS_STATUS_SUCCESS;
}
NDIS_STATUS Root(PMP_ADAPTER Adapter) {
  ULONG Tested = 2, NotTested = 3;
  return Check(Tested, NotTested);
}
)c");
  const clang::FunctionDecl *Fn = S->Driver.function("Root");
  const clang::FunctionDecl *Check = S->Driver.function("Check");
  EXPECT_TRUE(S->Relevance.matters(local(Check, "Value")));
  EXPECT_TRUE(S->Relevance.matters(local(Fn, "Tested")));
  EXPECT_FALSE(S->Relevance.matters(local(Check, "Ignored")));
  EXPECT_FALSE(S->Relevance.matters(local(Fn, "NotTested")));
  EXPECT_EQ(S->Relevance.scannedFunctions(), 2u);
}

TEST(RelevantLocationsTest, AddressesAndCodeWithoutBodiesKeepValues) {
  auto S = scan(R"c(
void Root(PMP_ADAPTER Adapter) {
  ULONG Aliased = 1, Passed = 2, Plain = 3;
  ULONG *P = &Aliased;
  MpStartTimers(Passed);
  Plain = 4;
}
)c");
  const clang::FunctionDecl *Fn = S->Driver.function("Root");
  EXPECT_TRUE(S->Relevance.matters(local(Fn, "Aliased")));
  EXPECT_TRUE(S->Relevance.matters(local(Fn, "Passed")));
  EXPECT_FALSE(S->Relevance.matters(local(Fn, "Plain")));
}

TEST(RelevantLocationsTest, AddedLocationsMatterAndAdvanceTheGeneration) {
  auto S = scan(R"c(
void Root(PMP_ADAPTER Adapter) {
  ULONG Copy = 1;
  Adapter->Flags = Copy;
}
)c");
  const clang::FunctionDecl *Fn = S->Driver.function("Root");
  const clang::FieldDecl *Flags = S->Driver.field("_MP_ADAPTER", "Flags");
  ASSERT_FALSE(S->Relevance.matters(Flags));
  unsigned Before = S->Relevance.generation();
  // A flag guard the fix planner tests.
  S->Relevance.addLocation(Flags);
  EXPECT_TRUE(S->Relevance.matters(Flags));
  EXPECT_TRUE(S->Relevance.matters(local(Fn, "Copy")));
  EXPECT_GT(S->Relevance.generation(), Before);
}

// Handles, addresses and locations are kept wherever something reads them;
// only a location nothing reads at all (NDIS is handed a table's address in
// an attribute, a field is set and never looked at) drops them.
TEST(RelevantLocationsTest, WhatIsReadAtAllIsTold) {
  auto S = scan(R"c(
typedef struct _ATTRS { PVOID Table; PVOID Spare; ULONG Count; } ATTRS;
typedef struct _MORE { ULONG Bits; ULONG Ticks; PVOID Seen; } MORE;
static ULONG Table[4];
void Use(PVOID P);
void Root(PMP_ADAPTER Adapter) {
  ATTRS Attributes;
  MORE More;
  Attributes.Table = Table;
  Attributes.Spare = &More;
  Attributes.Count = 4;
  More.Bits |= 1;
  More.Ticks++;
  Use(&More.Seen);
  if (Adapter->RxBuffer != NULL)
    Adapter->RxBuffer = NULL;
}
)c");
  auto Read = [&](const char *Record, const char *Field) {
    return S->Relevance.isRead(S->Driver.field(Record, Field));
  };
  EXPECT_FALSE(Read("_ATTRS", "Table"));
  EXPECT_FALSE(Read("_ATTRS", "Spare"));
  EXPECT_FALSE(Read("_ATTRS", "Count"));
  EXPECT_TRUE(Read("_MORE", "Bits"));  // |= reads the old bits
  EXPECT_TRUE(Read("_MORE", "Ticks")); // ++ too
  EXPECT_TRUE(Read("_MORE", "Seen"));  // its address is handed out
  EXPECT_TRUE(Read("_MP_ADAPTER", "RxBuffer"));
}

} // namespace
