//===- FixApplicationTest.cpp - ndis-scan --fix across findings ----------===//

#include "scan/FixApplication.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include "gtest/gtest.h"

using clang::tidy::ClangTidyError;
using clang::tooling::Replacement;

namespace {

class FixApplicationTest : public ::testing::Test {
protected:
  void SetUp() override {
    ASSERT_FALSE(llvm::sys::fs::createTemporaryFile("ndis-fix", "c", Path));
    write("int a;\nint b;\nint c;\n");
  }
  void TearDown() override { llvm::sys::fs::remove(Path); }

  void write(llvm::StringRef Text) {
    std::error_code EC;
    llvm::raw_fd_ostream OS(Path, EC);
    ASSERT_FALSE(EC);
    OS << Text;
  }
  std::string read() {
    auto Buf = llvm::MemoryBuffer::getFile(Path);
    return Buf ? (*Buf)->getBuffer().str() : "<unreadable>";
  }
  ClangTidyError finding(unsigned Offset, unsigned Length,
                         llvm::StringRef Text) {
    ClangTidyError E("ndis-init-register-interrupt",
                     clang::tooling::Diagnostic::Warning, "/", false);
    E.Message.FilePath = std::string(Path);
    E.Message.FileOffset = Offset;
    llvm::consumeError(
        E.Message.Fix[Path].add(Replacement(Path, Offset, Length, Text)));
    return E;
  }

  llvm::SmallString<128> Path;
};

TEST_F(FixApplicationTest, AppliesSeparateFixes) {
  std::vector<ClangTidyError> F{finding(0, 0, "/*1*/"), finding(7, 0, "/*2*/")};
  EXPECT_TRUE(ndis::scan::conflictingFixes(F).empty());
  ndis::scan::FixOutcome Out = ndis::scan::applyFixes(F);
  EXPECT_EQ(Out.FindingsFixed, 2u);
  EXPECT_EQ(Out.FilesChanged, 1u);
  EXPECT_TRUE(Out.Conflicts.empty());
  EXPECT_EQ(read(), "/*1*/int a;\n/*2*/int b;\nint c;\n");
}

TEST_F(FixApplicationTest, WithholdsBothOverlappingFixes) {
  std::vector<ClangTidyError> F{finding(0, 5, "int x"), finding(4, 1, "y"),
                                finding(14, 0, "/*3*/")};
  auto Conflicts = ndis::scan::conflictingFixes(F);
  ASSERT_EQ(Conflicts.size(), 2u);
  EXPECT_EQ(Conflicts[0].first, 0u);
  EXPECT_EQ(Conflicts[1].first, 1u);
  ndis::scan::FixOutcome Out = ndis::scan::applyFixes(F);
  EXPECT_EQ(Out.Conflicts.size(), 2u);
  EXPECT_NE(Out.Conflicts[0].find("fix not applied"), std::string::npos);
  EXPECT_EQ(Out.FindingsFixed, 1u);
  // Neither overlapping edit is applied; the third one is.
  EXPECT_EQ(read(), "int a;\nint b;\n/*3*/int c;\n");
}

TEST_F(FixApplicationTest, InsertionsAtOneOffsetConflict) {
  std::vector<ClangTidyError> F{finding(7, 0, "/*a*/"), finding(7, 0, "/*b*/")};
  EXPECT_EQ(ndis::scan::conflictingFixes(F).size(), 2u);
  ndis::scan::applyFixes(F);
  EXPECT_EQ(read(), "int a;\nint b;\nint c;\n");
}

TEST_F(FixApplicationTest, IdenticalEditsOfTwoFindingsAreOne) {
  // A finding reported by two analyses (a header both include) proposes the
  // same edit twice.
  std::vector<ClangTidyError> F{finding(7, 0, "/*same*/"),
                                finding(7, 0, "/*same*/")};
  EXPECT_TRUE(ndis::scan::conflictingFixes(F).empty());
  ndis::scan::applyFixes(F);
  EXPECT_EQ(read(), "int a;\n/*same*/int b;\nint c;\n");
}

TEST_F(FixApplicationTest, ReportsUnwritableFiles) {
  std::vector<ClangTidyError> F{finding(0, 0, "x")};
  llvm::sys::fs::remove(Path);
  ndis::scan::FixOutcome Out = ndis::scan::applyFixes(F);
  EXPECT_EQ(Out.FilesChanged, 0u);
  ASSERT_EQ(Out.Failures.size(), 1u);
}

} // namespace
