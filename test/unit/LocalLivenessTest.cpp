//===- LocalLivenessTest.cpp - where a function's variables are still read ===//
//
// The walk forgets a local where no path reads it again, so that paths
// differing only there meet. Forgetting one a later path reads would make
// the walk guess; following one whose uses it cannot all see would too.
//
//===----------------------------------------------------------------------===//

#include "MiniportSource.h"
#include "tidy-module/analysis/LocalLiveness.h"
#include "clang/AST/ParentMap.h"
#include "clang/Analysis/CFG.h"
#include "gtest/gtest.h"

using namespace ndis;
using namespace ndis::test;

namespace {

/// One function's CFG, built as the walk builds it, and its liveness.
struct Analyzed {
  ParsedDriver Driver;
  const clang::FunctionDecl *Fn = nullptr;
  std::unique_ptr<clang::CFG> Graph;
  std::unique_ptr<clang::ParentMap> Parents;
  std::unique_ptr<LocalLiveness> Live;

  /// Whether `Var` is dead where the block labelled `Label` starts.
  bool deadAt(llvm::StringRef Label, llvm::StringRef Var) const {
    for (const clang::CFGBlock *B : *Graph)
      if (const auto *L = llvm::dyn_cast_or_null<clang::LabelStmt>(B->getLabel()))
        if (L->getName() == Label)
          return Live->deadAtEntry(*B, ParsedDriver::local(Fn, Var));
    ADD_FAILURE() << "no block is labelled " << Label.str();
    return false;
  }
  bool follows(llvm::StringRef Var) const {
    return Live->follows(ParsedDriver::local(Fn, Var));
  }
};

std::unique_ptr<Analyzed> analyze(llvm::StringRef Code,
                                  llvm::StringRef FileName = "input.c") {
  auto A = std::make_unique<Analyzed>();
  ParseOptions Options;
  Options.FileName = FileName.str();
  A->Driver = parseSource(Code.str(), Options);
  EXPECT_FALSE(A->Driver.hasErrors()) << "the snippet does not compile";
  A->Fn = A->Driver.function("F");
  clang::CFG::BuildOptions Opts;
  Opts.setAllAlwaysAdd();
  clang::Stmt *Body = A->Fn->getBody();
  A->Graph = clang::CFG::buildCFG(A->Fn, Body, &A->Driver.ctx(), Opts);
  A->Parents = std::make_unique<clang::ParentMap>(Body);
  A->Live = std::make_unique<LocalLiveness>(A->Fn, *A->Graph, *A->Parents);
  return A;
}

TEST(LocalLivenessTest, LoopCounterIsDeadAfterTheLoop) {
  auto A = analyze(R"c(
int F(int N) {
  int I;
  int Sum = 0;
  for (I = 0; I < N; I++) {
  Body:
    Sum += 1;
  }
After:
  return Sum;
}
)c");
  EXPECT_TRUE(A->follows("I"));
  EXPECT_FALSE(A->deadAt("Body", "I")); // I++ reads it
  EXPECT_FALSE(A->deadAt("Body", "N"));
  EXPECT_TRUE(A->deadAt("After", "I"));
  EXPECT_TRUE(A->deadAt("After", "N"));
  EXPECT_FALSE(A->deadAt("After", "Sum"));
}

TEST(LocalLivenessTest, WrittenBeforeReadIsDeadButCompoundWritesRead) {
  auto A = analyze(R"c(
int F(int C) {
  int S = 1;
  int Flags = 0;
Again:
  S = 2;
  Flags |= 4;
  Flags = C;
  if (C)
    goto Again;
  return S + Flags;
}
)c");
  EXPECT_TRUE(A->deadAt("Again", "S"));      // assigned before any read
  EXPECT_FALSE(A->deadAt("Again", "Flags")); // |= reads the old bits
  EXPECT_FALSE(A->deadAt("Again", "C"));
}

TEST(LocalLivenessTest, OnlyThePathsFromABlockCount) {
  auto A = analyze(R"c(
int F(int C) {
  int S = 0;
  if (C)
    goto Fail;
  S = 1;
Mid:
  return 0;
Fail:
  return S;
}
)c");
  EXPECT_TRUE(A->deadAt("Mid", "S"));
  EXPECT_FALSE(A->deadAt("Fail", "S"));
}

TEST(LocalLivenessTest, VariablesWithUsesItCannotSeeAreNotFollowed) {
  auto A = analyze(R"c(
void Use(int *P);
int F(int C) {
  int Taken = 0;
  int Plain = 0;
  Use(&Taken);
  Plain = C;
Later:
  return 0;
}
)c");
  EXPECT_FALSE(A->follows("Taken"));
  EXPECT_FALSE(A->deadAt("Later", "Taken")); // never forgotten
  EXPECT_TRUE(A->follows("Plain"));
  EXPECT_TRUE(A->deadAt("Later", "Plain"));
}

TEST(LocalLivenessTest, CxxReferencesAndCapturesAreNotFollowed) {
  auto A = analyze(R"cpp(
int F(int C) {
  int Bound = 0;
  int Captured = 0;
  int Plain = 0;
  int &Ref = Bound;
  auto Read = [&Captured]() { return Captured; };
  Ref = C;
  Plain = Read();
Later:
  return Plain;
}
)cpp",
                   "input.cpp");
  EXPECT_FALSE(A->follows("Bound"));
  EXPECT_FALSE(A->follows("Captured"));
  EXPECT_FALSE(A->follows("Ref")); // a reference itself
  EXPECT_TRUE(A->follows("Plain"));
  EXPECT_FALSE(A->deadAt("Later", "Plain"));
}

} // namespace
