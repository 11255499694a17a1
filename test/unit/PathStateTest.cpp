//===- PathStateTest.cpp - the state of one path --------------------------===//
//
// The walk merges paths whose states are equal: equal states must compare
// and hash equal however they were built, and states that know different
// things about the adapter or the registration must not.
//
//===----------------------------------------------------------------------===//

#include "MiniportSource.h"
#include "tidy-module/analysis/PathState.h"
#include "gtest/gtest.h"

using namespace ndis;
using namespace ndis::test;

namespace {

class PathStateTest : public ::testing::Test {
protected:
  void SetUp() override {
    Driver = parseMiniport(R"c(
NDIS_STATUS MpRegister(PMP_ADAPTER Adapter) {
  NDIS_STATUS Status = MpStartTimers(100);
  BOOLEAN InterruptRegistered = FALSE;
  return Status;
}
)c");
    ASSERT_FALSE(Driver.hasErrors());
    InterruptHandle = Driver.field("_MP_ADAPTER", "InterruptHandle");
    Flags = Driver.field("_MP_ADAPTER", "Flags");
    AdapterHandle = Driver.field("_MP_ADAPTER", "AdapterHandle");
    const clang::FunctionDecl *Fn = Driver.function("MpRegister");
    ASSERT_NE(Fn, nullptr);
    for (const clang::DeclStmt *DS :
         ParsedDriver::statements<clang::DeclStmt>(Fn->getBody()))
      for (const clang::Decl *D : DS->decls())
        if (const auto *VD = llvm::dyn_cast<clang::VarDecl>(D))
          (VD->getName() == "Status" ? Status : Registered) = VD;
    StartCall = ParsedDriver::callsOf(Fn, "MpStartTimers").front();
    ASSERT_TRUE(InterruptHandle && Flags && AdapterHandle && Status &&
                Registered);
  }

  ParsedDriver Driver;
  const clang::FieldDecl *InterruptHandle = nullptr;
  const clang::FieldDecl *Flags = nullptr;
  const clang::FieldDecl *AdapterHandle = nullptr;
  const clang::VarDecl *Status = nullptr;
  const clang::VarDecl *Registered = nullptr;
  const clang::CallExpr *StartCall = nullptr;
};

TEST_F(PathStateTest, NothingIsKnownAboutMemoryNeverWritten) {
  PathState S;
  EXPECT_TRUE(S.load(InterruptHandle).isUnknown());
  EXPECT_TRUE(S.memory().empty());
}

TEST_F(PathStateTest, StoreLoadAndOverwrite) {
  PathState S;
  S.store(InterruptHandle, Value::handle(0));
  S.store(Flags, Value::exact(0x10));
  EXPECT_EQ(S.load(InterruptHandle), Value::handle(0));
  EXPECT_EQ(S.load(Flags).exactValue(), std::optional<int64_t>(0x10));

  // `Adapter->InterruptHandle = NULL;` after deregistering.
  S.store(InterruptHandle, Value::exact(0));
  EXPECT_EQ(S.load(InterruptHandle).exactValue(), std::optional<int64_t>(0));
  EXPECT_EQ(S.memory().size(), 2u);
}

TEST_F(PathStateTest, ForgetAndStoringUnknownDropTheEntry) {
  PathState S;
  S.store(Flags, Value::exact(0x10));
  S.store(Status, Value::exact(0));
  S.forget(Flags);
  EXPECT_TRUE(S.load(Flags).isUnknown());
  EXPECT_EQ(S.memory().size(), 1u);

  S.store(Status, Value::unknown());
  EXPECT_TRUE(S.load(Status).isUnknown());
  EXPECT_TRUE(S.memory().empty());
  // An empty state, however it got empty, equals a fresh one.
  EXPECT_EQ(S, PathState());
  EXPECT_EQ(S.hash(), PathState().hash());

  S.forget(InterruptHandle); // forgetting what was never stored is harmless
  EXPECT_EQ(S, PathState());
}

TEST_F(PathStateTest, ForgetIfDropsOnlyTheMatchingKeys) {
  // What halt keeps of initialize's exit: fields, not initialize's locals.
  PathState S;
  S.store(Status, Value::exact(0));
  S.store(Registered, Value::exact(1));
  S.store(InterruptHandle, Value::handle(0));
  S.forgetIf([](StorageKey K) {
    const auto *VD = llvm::dyn_cast_or_null<clang::VarDecl>(K);
    return VD && VD->hasLocalStorage();
  });
  EXPECT_TRUE(S.load(Status).isUnknown());
  EXPECT_TRUE(S.load(Registered).isUnknown());
  EXPECT_EQ(S.load(InterruptHandle), Value::handle(0));
}

TEST_F(PathStateTest, MemoryIsSortedByKeyWhateverTheStoreOrder) {
  PathState S;
  S.store(Flags, Value::exact(0x10));
  S.store(Status, Value::exact(0));
  S.store(InterruptHandle, Value::handle(0));
  S.store(AdapterHandle, Value::foreign());
  const auto &Memory = S.memory();
  ASSERT_EQ(Memory.size(), 4u);
  EXPECT_TRUE(std::is_sorted(
      Memory.begin(), Memory.end(),
      [](const auto &A, const auto &B) { return A.first < B.first; }));
}

TEST_F(PathStateTest, EqualityDoesNotDependOnStoreOrder) {
  PathState A, B;
  A.store(InterruptHandle, Value::handle(0));
  A.store(Flags, Value::exact(0x10));
  A.store(Status, Value::exact(0));

  B.store(Status, Value::exact(0));
  B.store(Flags, Value::exact(0x10));
  B.store(InterruptHandle, Value::handle(0));

  EXPECT_EQ(A, B);
  EXPECT_EQ(A.hash(), B.hash());
}

TEST_F(PathStateTest, DifferentKnowledgeMakesDifferentStates) {
  PathState FlagSet, FlagClear;
  FlagSet.store(Flags, Value::exact(0x10));
  FlagClear.store(Flags, Value::exact(0));
  EXPECT_NE(FlagSet, FlagClear);

  PathState HandleInField, HandleElsewhere;
  HandleInField.store(InterruptHandle, Value::handle(0));
  HandleElsewhere.store(AdapterHandle, Value::handle(0));
  EXPECT_NE(HandleInField, HandleElsewhere);

  PathState Succeeds, Fails;
  Succeeds.Returned = Value::exact(0);
  Fails.Returned = Value::failureStatus(nullptr);
  EXPECT_NE(Succeeds, Fails);
}

TEST_F(PathStateTest, FateOfARegistration) {
  PathState S;
  EXPECT_FALSE(S.hasRegistration(0));
  EXPECT_FALSE(S.anyRegistered());
  EXPECT_NE(S.fate(0), HandleFate::Registered)
      << "a registration that never happened on this path is not live";

  S.setFate(0, HandleFate::Registered);
  EXPECT_TRUE(S.hasRegistration(0));
  EXPECT_EQ(S.fate(0), HandleFate::Registered);
  EXPECT_TRUE(S.anyRegistered());

  S.setFate(0, HandleFate::Released);
  EXPECT_TRUE(S.hasRegistration(0));
  EXPECT_EQ(S.fate(0), HandleFate::Released);
  EXPECT_FALSE(S.anyRegistered());

  S.setFate(1, HandleFate::Escaped);
  EXPECT_EQ(S.fate(1), HandleFate::Escaped);
  EXPECT_FALSE(S.anyRegistered()) << "an escaped handle is no longer tracked";
  EXPECT_EQ(S.registrations().size(), 2u);
}

TEST_F(PathStateTest, FatesAreSortedAndPartOfEquality) {
  PathState A, B;
  A.setFate(3, HandleFate::Registered);
  A.setFate(1, HandleFate::Released);
  B.setFate(1, HandleFate::Released);
  B.setFate(3, HandleFate::Registered);
  EXPECT_EQ(A, B);
  EXPECT_EQ(A.hash(), B.hash());
  ASSERT_EQ(A.registrations().size(), 2u);
  EXPECT_EQ(A.registrations()[0].first, 1u);
  EXPECT_EQ(A.registrations()[1].first, 3u);

  PathState Leaked = A;
  Leaked.setFate(1, HandleFate::Registered);
  EXPECT_NE(A, Leaked);

  PathState Escaped = A;
  Escaped.setFate(3, HandleFate::Escaped);
  EXPECT_NE(A, Escaped);
}

TEST_F(PathStateTest, ReturnedStatusComparesWithoutItsOrigin) {
  PathState A, B;
  A.Returned = Value::anyInt(StartCall);
  B.Returned = Value::anyInt(nullptr);
  EXPECT_EQ(A, B);
  EXPECT_EQ(A.hash(), B.hash());
}

TEST_F(PathStateTest, PendingValuesArePartOfTheState) {
  PathState S;
  EXPECT_EQ(S.pending(StartCall), nullptr);
  S.setPending(StartCall, Value::anyInt(StartCall));
  ASSERT_NE(S.pending(StartCall), nullptr);
  EXPECT_TRUE(S.pending(StartCall)->isInt());
  EXPECT_NE(S, PathState());

  S.setPending(StartCall, Value::exact(0));
  EXPECT_EQ(S.pending(StartCall)->exactValue(), std::optional<int64_t>(0));

  PathState Copy = S;
  Copy.erasePending(StartCall);
  EXPECT_EQ(Copy.pending(StartCall), nullptr);
  EXPECT_EQ(Copy, PathState());

  S.clearPending();
  EXPECT_EQ(S, PathState());
  EXPECT_EQ(S.hash(), PathState().hash());
}

TEST_F(PathStateTest, ExitAndPlannedReleaseFlagsArePartOfEquality) {
  PathState A, B;
  B.PlannedReleaseRan = true;
  EXPECT_NE(A, B);
  PathState C;
  C.FreedWhileRegistered = true;
  EXPECT_NE(A, C);
  PathState D;
  D.Exit = StartCall;
  EXPECT_NE(A, D);
}

TEST_F(PathStateTest, EqualStatesHashEqual) {
  // Two paths that reach the same block knowing the same things.
  PathState A, B;
  A.setFate(0, HandleFate::Registered);
  A.store(InterruptHandle, Value::handle(0));
  A.store(Flags, Value::bitOr(Value::exact(0), Value::exact(0x10)));
  A.store(Status, Value::exact(0, StartCall));

  B.store(Status, Value::exact(0));
  B.store(Flags, Value::exact(0x10));
  B.store(InterruptHandle, Value::handle(0));
  B.setFate(0, HandleFate::Registered);

  ASSERT_EQ(A, B);
  EXPECT_EQ(A.hash(), B.hash());
  PathState C = A;
  EXPECT_EQ(C.hash(), A.hash());
}

} // namespace
