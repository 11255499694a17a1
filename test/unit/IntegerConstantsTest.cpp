//===- IntegerConstantsTest.cpp - cheap folding agrees with Clang's -------===//
//
// The walk folds the constants drivers write without Clang's evaluator. A
// value that differed from Clang's would change which paths the walk
// believes possible, so every expression folded here is compared with what
// `Expr::EvaluateAsInt` gives, and the cases left to Clang are named.
//
//===----------------------------------------------------------------------===//

#include "MiniportSource.h"
#include "tidy-module/analysis/IntegerConstants.h"
#include "tidy-module/analysis/StatementWalk.h"
#include "gtest/gtest.h"

using namespace ndis;
using namespace ndis::test;

namespace {

/// Every integer-typed expression of `Fn` (booleans aside), in source order.
std::vector<const clang::Expr *> integerExpressions(const clang::FunctionDecl *Fn) {
  std::vector<const clang::Expr *> Out;
  walkStatements(static_cast<const clang::Stmt *>(Fn->getBody()),
                 [&](const clang::Stmt *S) {
                   if (const auto *E = llvm::dyn_cast<clang::Expr>(S))
                     if (E->getType()->isIntegralOrEnumerationType() &&
                         !E->getType()->isBooleanType())
                       Out.push_back(E);
                   return true;
                 });
  return Out;
}

/// Folds every integer expression of `F` and checks each result against
/// Clang's evaluator; returns how many were folded here.
unsigned foldAllAndCompare(const ParsedDriver &D, const clang::FunctionDecl *F) {
  unsigned Folded = 0;
  for (const clang::Expr *E : integerExpressions(F)) {
    std::optional<llvm::APSInt> Mine = foldIntegerConstant(E, D.ctx());
    if (!Mine)
      continue;
    ++Folded;
    clang::Expr::EvalResult R;
    bool Clangs = E->EvaluateAsInt(R, D.ctx(), clang::Expr::SE_NoSideEffects);
    EXPECT_TRUE(Clangs) << "folded what Clang does not, at line "
                        << D.lineOf(E);
    if (!Clangs)
      continue;
    const llvm::APSInt &Theirs = R.Val.getInt();
    EXPECT_EQ(Mine->getBitWidth(), Theirs.getBitWidth()) << "line " << D.lineOf(E);
    EXPECT_EQ(Mine->isUnsigned(), Theirs.isUnsigned()) << "line " << D.lineOf(E);
    EXPECT_EQ(Mine->getExtValue(), Theirs.getExtValue())
        << "line " << D.lineOf(E) << ": " << Mine->getExtValue() << " against "
        << Theirs.getExtValue();
  }
  return Folded;
}

/// The initializer of local `Name` of `F`.
const clang::Expr *initOf(const clang::FunctionDecl *F, llvm::StringRef Name) {
  const clang::VarDecl *V = ParsedDriver::local(F, Name);
  return V ? V->getInit() : nullptr;
}

const char DriverConstants[] = R"c(
typedef unsigned long ULONG;
typedef long LONG;
typedef unsigned char UCHAR;
typedef unsigned long long ULONG64;
typedef int NDIS_STATUS;
typedef enum _NDIS_MEDIUM { NdisMedium802_3, NdisMediumWan = 7, NdisMediumMax = -2 } NDIS_MEDIUM;
enum Wide { WideBig = 0x100000000LL };
typedef struct _HDR { UCHAR Type; UCHAR Revision; unsigned short Size; } HDR;
typedef struct _OBJ { HDR Header; ULONG Flags; void *Handle; struct { int A; int B; } Inner; } OBJ;
#define TAG ((ULONG)'gtPM')
#define STATUS_RESOURCES ((NDIS_STATUS)0xC000009AL)
#define QUEUE(_Q, _R) (0x100 + (_Q) * 0x20 + (_R))
#define SIZE_THROUGH(T, F) ((LONG)__builtin_offsetof(T, F) + sizeof(((T *)0)->F))
int Variable;

void F(int Runtime) {
  ULONG a = TAG;
  NDIS_STATUS b = STATUS_RESOURCES;
  ULONG c = QUEUE(3, 0x1C);
  LONG d = SIZE_THROUGH(OBJ, Flags);
  LONG e = SIZE_THROUGH(OBJ, Inner.B);
  ULONG f = sizeof(OBJ) + sizeof(L"Parameter1") + sizeof(Runtime);
  NDIS_MEDIUM g = NdisMediumWan;
  int h = NdisMediumMax;
  long long i = WideBig;
  ULONG64 j = (ULONG64)(-1LL);
  unsigned char k = (unsigned char)0x1FF;
  int l = -5 / 2 + -5 % 2 + (7 >> 1) + (-8 >> 1) + (1 << 30);
  unsigned m = 0xFFFFFFFFu + 1u;
  unsigned n = (1u << 31) | 3u ^ ~0u & 0x0Fu;
  int o = (3 < 4) + (4 <= 4) + (5 > 6) + (5 >= 6) + (1 == 1) + (1 != 1);
  int p = !0 + !7 + -(+3) + (0 && 1) + (2 || 0);
  int q = -1 < 0u;
  char r = 'a';
  int s = '\xff';
  int t = 0x7FFFFFFF + 1;
  int u = 1 / 0;
  int v = 1 << 40;
  int w = -1 << 1;
  int x = (Runtime, 3);
  int y = Runtime ? 1 : 2;
  int z = Variable + 1;
  int za = 1 ? 2 : 3;
  int zb = (int)(long long)(void *)0;
}
)c";

TEST(IntegerConstantsTest, AgreesWithClangOnDriverConstants) {
  ParsedDriver D = parseSource(DriverConstants);
  ASSERT_FALSE(D.hasErrors());
  const clang::FunctionDecl *F = D.function("F");
  ASSERT_NE(F, nullptr);
  // Most of the expressions above fold here; each agrees with Clang.
  EXPECT_GE(foldAllAndCompare(D, F), 100u);
}

TEST(IntegerConstantsTest, FoldsTheShapesDriversWrite) {
  ParsedDriver D = parseSource(DriverConstants);
  const clang::FunctionDecl *F = D.function("F");
  for (llvm::StringRef Name : {"a", "b", "c", "d", "e", "f", "g", "h", "i",
                               "j", "k", "l", "m", "n", "o", "p", "q", "r",
                               "s"})
    EXPECT_TRUE(foldIntegerConstant(initOf(F, Name), D.ctx()))
        << "'" << Name.str() << "' was left to Clang";
  EXPECT_EQ(foldIntegerConstant(initOf(F, "a"), D.ctx())->getZExtValue(),
            0x6774504DULL);
  EXPECT_EQ(foldIntegerConstant(initOf(F, "b"), D.ctx())->getExtValue(),
            static_cast<int32_t>(0xC000009A));
  EXPECT_EQ(foldIntegerConstant(initOf(F, "c"), D.ctx())->getExtValue(), 0x17C);
  EXPECT_EQ(foldIntegerConstant(initOf(F, "k"), D.ctx())->getExtValue(), 0xFF);
}

TEST(IntegerConstantsTest, LeavesDoubtfulCasesToClang) {
  ParsedDriver D = parseSource(DriverConstants);
  const clang::FunctionDecl *F = D.function("F");
  // Signed overflow, division by zero, shifts out of range, a comma, a
  // conditional, reads of variables, a pointer cast.
  for (llvm::StringRef Name : {"t", "u", "v", "w", "x", "y", "z", "za", "zb"})
    EXPECT_FALSE(foldIntegerConstant(initOf(F, Name), D.ctx()))
        << "'" << Name.str() << "' should be left to Clang";
}

TEST(IntegerConstantsTest, IntegerConstantAsksClangWhereFoldingDeclines) {
  ParsedDriver D = parseSource(DriverConstants);
  const clang::FunctionDecl *F = D.function("F");
  // Folded here, or by Clang (a conditional), or not a constant at all.
  EXPECT_EQ(integerConstant(initOf(F, "c"), D.ctx())->getExtValue(), 0x17C);
  std::optional<llvm::APSInt> Conditional = integerConstant(initOf(F, "za"), D.ctx());
  ASSERT_TRUE(Conditional);
  EXPECT_EQ(Conditional->getExtValue(), 2);
  EXPECT_FALSE(integerConstant(initOf(F, "y"), D.ctx()));
  EXPECT_FALSE(integerConstant(initOf(F, "z"), D.ctx()));
  EXPECT_FALSE(integerConstant(nullptr, D.ctx()));
}

TEST(IntegerConstantsTest, AgreesWithClangInCxx) {
  ParsedDriver D = parseSource(R"cpp(
enum class Kind : unsigned char { Line = 1, Message = 2 };
enum Plain { PlainA = -1, PlainB = 5 };
constexpr int Twice(int X) { return 2 * X; }
struct S { int A; long B; };
void F(int Runtime) {
  unsigned char a = static_cast<unsigned char>(Kind::Message);
  int b = PlainA + PlainB;
  int c = Twice(3);
  long d = sizeof(S) * 2;
  bool e = 1 < 2;
  unsigned long long f = 1ull << 63;
  switch (Runtime) { case PlainB + 1: break; case 'x': break; }
}
)cpp",
                                 ParseOptions{"input.cpp", {}});
  ASSERT_FALSE(D.hasErrors());
  const clang::FunctionDecl *F = D.function("F");
  EXPECT_GE(foldAllAndCompare(D, F), 10u);
  // A constexpr call is Clang's to evaluate.
  EXPECT_FALSE(foldIntegerConstant(initOf(F, "c"), D.ctx()));
}

} // namespace
