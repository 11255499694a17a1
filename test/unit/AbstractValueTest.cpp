//===- AbstractValueTest.cpp - the value domain of the path walk ----------===//
//
// What a driver writer's conditions need the domain to decide: whether a
// status is NDIS_STATUS_SUCCESS, what NT_SUCCESS says about it, whether a
// flag bit is set, and that a registered handle is never NULL.
//
//===----------------------------------------------------------------------===//

#include "MiniportSource.h"
#include "tidy-module/analysis/AbstractValue.h"
#include "gtest/gtest.h"

using namespace ndis;
using namespace ndis::test;

namespace {

// The NDIS_STATUS values as the 32-bit signed int NDIS_STATUS is.
constexpr int64_t StatusSuccess = 0;
constexpr int64_t StatusPending = 0x103;
constexpr int64_t StatusResources = static_cast<int32_t>(0xC000009AU);
constexpr int64_t StatusFailure = static_cast<int32_t>(0xC0000001U);

constexpr uint64_t InterruptRegisteredFlag = 0x10; // fMP_INTERRUPT_REGISTERED
constexpr uint64_t ResetInProgressFlag = 0x20;

/// `NT_SUCCESS(Status)` is `Status >= 0`, i.e. `!(Status < 0)`.
Truth ntSuccess(const Value &Status) {
  return negate(Value::lessThan(Status, Value::exact(0)));
}

/// `if (Flags & Bit)`.
Truth testFlag(const Value &Flags, uint64_t Bit) {
  return Value::bitAnd(Flags, Value::exact(static_cast<int64_t>(Bit))).truth();
}

Value unknownStatus() { return Value::anyInt(nullptr); }

TEST(AbstractValueTest, ExactStatusesKnowWhetherTheyAreSuccessAndTheirSign) {
  Value Success = Value::exact(StatusSuccess);
  EXPECT_EQ(Success.exactValue(), std::optional<int64_t>(0));
  EXPECT_EQ(Success.isZero(), Truth::True);
  EXPECT_EQ(Success.isNegative(), Truth::False);
  EXPECT_EQ(Success.truth(), Truth::False);

  Value Resources = Value::exact(StatusResources);
  EXPECT_EQ(Resources.exactValue(), std::optional<int64_t>(StatusResources));
  EXPECT_EQ(Resources.isZero(), Truth::False);
  EXPECT_EQ(Resources.isNegative(), Truth::True);
  EXPECT_EQ(Resources.truth(), Truth::True);

  Value Pending = Value::exact(StatusPending);
  EXPECT_EQ(Pending.isZero(), Truth::False);
  EXPECT_EQ(Pending.isNegative(), Truth::False);
}

TEST(AbstractValueTest, StatusOfAnUnknownCallIsUndecided) {
  Value Status = unknownStatus();
  EXPECT_TRUE(Status.isInt());
  EXPECT_FALSE(Status.exactValue().has_value());
  EXPECT_EQ(Status.isZero(), Truth::Unknown);
  EXPECT_EQ(Status.isNegative(), Truth::Unknown);

  Value Nothing = Value::unknown();
  EXPECT_TRUE(Nothing.isUnknown());
  EXPECT_EQ(Nothing.truth(), Truth::Unknown);
  EXPECT_EQ(Nothing.isNegative(), Truth::Unknown);
}

TEST(AbstractValueTest, FailedRegistrationStatusIsNonZeroAndNegative) {
  Value Failed = Value::failureStatus(nullptr);
  EXPECT_TRUE(Failed.isInt());
  EXPECT_FALSE(Failed.exactValue().has_value());
  EXPECT_EQ(Failed.isZero(), Truth::False);
  EXPECT_EQ(Failed.isNegative(), Truth::True);
}

TEST(AbstractValueTest, NtSuccessIsDecidedByTheSign) {
  EXPECT_EQ(ntSuccess(Value::exact(StatusSuccess)), Truth::True);
  EXPECT_EQ(ntSuccess(Value::exact(StatusResources)), Truth::False);
  EXPECT_EQ(ntSuccess(Value::failureStatus(nullptr)), Truth::False);
  // NDIS_STATUS_PENDING is not NDIS_STATUS_SUCCESS, yet NT_SUCCESS holds.
  EXPECT_EQ(ntSuccess(Value::exact(StatusPending)), Truth::True);
  EXPECT_EQ(ntSuccess(unknownStatus()), Truth::Unknown);

  // After `if (!NT_SUCCESS(Status)) return Status;` the walk knows the sign.
  Value Checked = unknownStatus().assumeNegative(false);
  EXPECT_FALSE(Checked.isContradiction());
  EXPECT_EQ(ntSuccess(Checked), Truth::True);
  EXPECT_EQ(Checked.isZero(), Truth::Unknown)
      << "a non-negative status may still be NDIS_STATUS_PENDING";

  // `0 > Status` and `Status < 0` agree.
  EXPECT_EQ(Value::lessThan(Value::exact(0), Value::failureStatus(nullptr)),
            Truth::False);
  EXPECT_EQ(Value::lessThan(Value::exact(StatusFailure),
                            Value::exact(StatusSuccess)),
            Truth::True);
}

TEST(AbstractValueTest, EqualsDecidesComparisonsWithSuccess) {
  Value Success = Value::exact(StatusSuccess);
  Value Failed = Value::failureStatus(nullptr);

  EXPECT_EQ(Value::equals(Success, Value::exact(0)), Truth::True);
  EXPECT_EQ(Value::equals(Value::exact(StatusResources), Success),
            Truth::False);
  // `Status == NDIS_STATUS_SUCCESS` after a failed registration.
  EXPECT_EQ(Value::equals(Failed, Success), Truth::False);
  EXPECT_EQ(Value::equals(Success, Failed), Truth::False);
  // A negative status is never NDIS_STATUS_PENDING...
  EXPECT_EQ(Value::equals(Failed, Value::exact(StatusPending)), Truth::False);
  // ...but may be any of the failure codes.
  EXPECT_EQ(Value::equals(Failed, Value::exact(StatusResources)),
            Truth::Unknown);
  EXPECT_EQ(Value::equals(unknownStatus(), Success), Truth::Unknown);

  // After `if (Status != NDIS_STATUS_SUCCESS)` is taken.
  Value NotSuccess = unknownStatus().assumeEquals(0, /*Equal=*/false);
  EXPECT_EQ(Value::equals(NotSuccess, Success), Truth::False);
  EXPECT_EQ(Value::equals(NotSuccess, Value::exact(StatusResources)),
            Truth::Unknown);
}

TEST(AbstractValueTest, AssumingEqualityMakesTheValueExact) {
  Value Status = unknownStatus().assumeEquals(StatusSuccess, /*Equal=*/true);
  EXPECT_EQ(Status.exactValue(), std::optional<int64_t>(0));

  Value Resources =
      unknownStatus().assumeEquals(StatusResources, /*Equal=*/true);
  EXPECT_EQ(Resources.exactValue(), std::optional<int64_t>(StatusResources));
  EXPECT_EQ(Resources.isNegative(), Truth::True);

  Value NotSuccess = unknownStatus().assumeZero(/*IsZero=*/false);
  EXPECT_EQ(NotSuccess.isZero(), Truth::False);
  EXPECT_EQ(NotSuccess.isNegative(), Truth::Unknown);
}

TEST(AbstractValueTest, TestedFlagBitIsKnownSetAfterwards) {
  // `if (Adapter->Flags & fMP_INTERRUPT_REGISTERED)` taken.
  Value Flags =
      unknownStatus().assumeBits(InterruptRegisteredFlag, /*AnySet=*/true);
  EXPECT_FALSE(Flags.isContradiction());
  EXPECT_EQ(testFlag(Flags, InterruptRegisteredFlag), Truth::True);
  EXPECT_EQ(Flags.isZero(), Truth::False);
  // Other bits stay unknown.
  EXPECT_EQ(testFlag(Flags, ResetInProgressFlag), Truth::Unknown);
}

TEST(AbstractValueTest, TestedFlagBitIsKnownClearOnTheOtherBranch) {
  Value Flags =
      unknownStatus().assumeBits(InterruptRegisteredFlag, /*AnySet=*/false);
  EXPECT_FALSE(Flags.isContradiction());
  Value Masked =
      Value::bitAnd(Flags, Value::exact(InterruptRegisteredFlag));
  EXPECT_EQ(Masked.exactValue(), std::optional<int64_t>(0));
  EXPECT_EQ(testFlag(Flags, ResetInProgressFlag), Truth::Unknown);
}

TEST(AbstractValueTest, MultiBitTestSaysOnlyThatSomeBitIsSet) {
  Value Flags = unknownStatus().assumeBits(
      InterruptRegisteredFlag | ResetInProgressFlag, /*AnySet=*/true);
  EXPECT_FALSE(Flags.isContradiction());
  EXPECT_EQ(Flags.isZero(), Truth::False);
  EXPECT_EQ(testFlag(Flags, InterruptRegisteredFlag), Truth::Unknown);
  EXPECT_EQ(testFlag(Flags, ResetInProgressFlag), Truth::Unknown);
}

TEST(AbstractValueTest, SetFlagAndClearFlag) {
  // MP_SET_FLAG on a zeroed adapter: Flags |= fMP_INTERRUPT_REGISTERED.
  Value Set = Value::bitOr(Value::exact(0), Value::exact(InterruptRegisteredFlag));
  EXPECT_EQ(Set.exactValue(),
            std::optional<int64_t>(InterruptRegisteredFlag));

  // MP_SET_FLAG on flags the walk knows nothing exact about.
  Value SetOnUnknown =
      Value::bitOr(unknownStatus(), Value::exact(InterruptRegisteredFlag));
  EXPECT_EQ(testFlag(SetOnUnknown, InterruptRegisteredFlag), Truth::True);
  EXPECT_EQ(testFlag(SetOnUnknown, ResetInProgressFlag), Truth::Unknown);

  // MP_CLEAR_FLAG: Flags &= ~fMP_INTERRUPT_REGISTERED.
  Value NotBit = Value::bitNot(Value::exact(InterruptRegisteredFlag));
  Value Cleared = Value::bitAnd(
      Value::exact(InterruptRegisteredFlag | ResetInProgressFlag), NotBit);
  EXPECT_EQ(Cleared.exactValue(), std::optional<int64_t>(ResetInProgressFlag));
  Value ClearedOnUnknown = Value::bitAnd(SetOnUnknown, NotBit);
  EXPECT_EQ(testFlag(ClearedOnUnknown, InterruptRegisteredFlag), Truth::False);
}

TEST(AbstractValueTest, LogicalNotOfAStatus) {
  EXPECT_EQ(Value::logicalNot(Value::exact(0)).exactValue(),
            std::optional<int64_t>(1));
  EXPECT_EQ(Value::logicalNot(Value::failureStatus(nullptr)).exactValue(),
            std::optional<int64_t>(0));
  Value Undecided = Value::logicalNot(unknownStatus());
  EXPECT_EQ(Undecided.truth(), Truth::Unknown);
  // A truth value is 0 or 1: no other bit can be set.
  EXPECT_EQ(testFlag(Undecided, 0x2), Truth::False);
}

TEST(AbstractValueTest, AssumptionsThatContradictWhatIsKnown) {
  // The success path of a registration cannot take `Status != SUCCESS`.
  EXPECT_TRUE(Value::exact(0).assumeZero(/*IsZero=*/false).isContradiction());
  // The failure path cannot take `Status == SUCCESS`, nor `NT_SUCCESS`.
  Value Failed = Value::failureStatus(nullptr);
  EXPECT_TRUE(Failed.assumeZero(/*IsZero=*/true).isContradiction());
  EXPECT_TRUE(Failed.assumeEquals(0, /*Equal=*/true).isContradiction());
  EXPECT_TRUE(Failed.assumeNegative(/*Negative=*/false).isContradiction());
  EXPECT_TRUE(Failed.assumeEquals(StatusPending, /*Equal=*/true)
                  .isContradiction());
  EXPECT_TRUE(Value::exact(StatusResources)
                  .assumeEquals(StatusFailure, /*Equal=*/true)
                  .isContradiction());
  EXPECT_TRUE(Value::exact(StatusResources)
                  .assumeEquals(StatusResources, /*Equal=*/false)
                  .isContradiction());
  // A flag known clear cannot be set, and the other way round.
  EXPECT_TRUE(Value::exact(InterruptRegisteredFlag)
                  .assumeBits(InterruptRegisteredFlag, /*AnySet=*/false)
                  .isContradiction());
  EXPECT_TRUE(Value::exact(0)
                  .assumeBits(InterruptRegisteredFlag, /*AnySet=*/true)
                  .isContradiction());
  EXPECT_TRUE(unknownStatus()
                  .assumeBits(InterruptRegisteredFlag, /*AnySet=*/false)
                  .assumeBits(InterruptRegisteredFlag, /*AnySet=*/true)
                  .isContradiction());
  EXPECT_TRUE(unknownStatus()
                  .assumeBits(0x30, /*AnySet=*/false)
                  .assumeBits(0x30, /*AnySet=*/true)
                  .isContradiction());

  // Consistent assumptions are not contradictions.
  EXPECT_FALSE(Failed.assumeNegative(true).isContradiction());
  EXPECT_FALSE(Failed.assumeZero(false).isContradiction());
  EXPECT_FALSE(unknownStatus().assumeZero(true).isContradiction());
  EXPECT_FALSE(Value::exact(InterruptRegisteredFlag)
                   .assumeBits(InterruptRegisteredFlag, true)
                   .isContradiction());
}

class ValueWithCodeTest : public ::testing::Test {
protected:
  void SetUp() override {
    Driver = parseMiniport(R"c(
NDIS_HANDLE GlobalInterruptHandle;
NDIS_STATUS MpProbe(PMP_ADAPTER Adapter) {
  NDIS_STATUS Status = MpStartTimers(100);
  NDIS_STATUS Retry = MpStartTimers(200);
  return Status ? Status : Retry;
}
)c");
    ASSERT_FALSE(Driver.hasErrors());
    const clang::FunctionDecl *Probe = Driver.function("MpProbe");
    ASSERT_NE(Probe, nullptr);
    Calls = ParsedDriver::callsOf(Probe, "MpStartTimers");
    ASSERT_EQ(Calls.size(), 2u);
    HandleField = Driver.field("_MP_ADAPTER", "InterruptHandle");
    FlagsField = Driver.field("_MP_ADAPTER", "Flags");
    ASSERT_NE(HandleField, nullptr);
    ASSERT_NE(FlagsField, nullptr);
  }

  ParsedDriver Driver;
  std::vector<const clang::CallExpr *> Calls;
  const clang::FieldDecl *HandleField = nullptr;
  const clang::FieldDecl *FlagsField = nullptr;
};

TEST_F(ValueWithCodeTest, RegisteredHandleAndAddressesAreNeverNull) {
  Value Handle = Value::handle(0);
  Value Address = Value::address(HandleField); // &Adapter->InterruptHandle
  Value Null = Value::exact(0);

  EXPECT_EQ(Handle.truth(), Truth::True);
  EXPECT_EQ(Address.truth(), Truth::True);
  EXPECT_EQ(Value::equals(Handle, Null), Truth::False);
  EXPECT_EQ(Value::equals(Null, Handle), Truth::False);
  EXPECT_EQ(Value::equals(Address, Null), Truth::False);
  EXPECT_EQ(Value::equals(Value::foreign(), Null), Truth::False);
  EXPECT_TRUE(Handle.assumeZero(/*IsZero=*/true).isContradiction());
  EXPECT_TRUE(Handle.assumeEquals(0, /*Equal=*/true).isContradiction());
  EXPECT_TRUE(Address.assumeZero(/*IsZero=*/true).isContradiction());

  Value StillHandle = Handle.assumeZero(/*IsZero=*/false);
  EXPECT_FALSE(StillHandle.isContradiction());
  EXPECT_TRUE(StillHandle.isHandle());
  EXPECT_EQ(StillHandle.registration(), 0u);
}

TEST_F(ValueWithCodeTest, HandlesOfOneRegistrationAreEqual) {
  EXPECT_EQ(Value::equals(Value::handle(1), Value::handle(1)), Truth::True);
  EXPECT_EQ(Value::equals(Value::handle(1), Value::handle(2)), Truth::Unknown);
  EXPECT_EQ(Value::handle(1), Value::handle(1));
  EXPECT_NE(Value::handle(1), Value::handle(2));
  EXPECT_EQ(Value::equals(Value::address(HandleField),
                          Value::address(HandleField)),
            Truth::True);
  EXPECT_NE(Value::address(HandleField), Value::address(FlagsField));
  EXPECT_NE(Value::address(HandleField), Value::location(HandleField));
  EXPECT_EQ(Value::location(FlagsField).key(), FlagsField);
}

TEST_F(ValueWithCodeTest, OriginNamesTheCallButIsNotPartOfEquality) {
  const clang::Expr *First = Calls[0], *Second = Calls[1];
  Value A = Value::anyInt(First);
  Value B = Value::anyInt(Second);
  EXPECT_EQ(A.origin(), First);
  EXPECT_EQ(B.origin(), Second);
  EXPECT_EQ(A, B);
  EXPECT_EQ(hash_value(A), hash_value(B));

  Value ExactA = Value::exact(StatusResources, First);
  Value ExactB = Value::exact(StatusResources).withOrigin(Second);
  EXPECT_EQ(ExactB.origin(), Second);
  EXPECT_EQ(ExactA, ExactB);
  EXPECT_EQ(hash_value(ExactA), hash_value(ExactB));

  // Facts learnt from a condition keep the origin for the message.
  Value Failed = Value::failureStatus(First).assumeNegative(true);
  EXPECT_EQ(Failed.origin(), First);
  EXPECT_EQ(Value::anyInt(First).assumeZero(true).origin(), First);

  // What is known still tells values apart.
  EXPECT_NE(Value::exact(StatusResources, First),
            Value::exact(StatusFailure, First));
  EXPECT_NE(Value::anyInt(First), Value::failureStatus(First));
}

} // namespace
