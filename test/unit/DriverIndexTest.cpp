//===- DriverIndexTest.cpp - the cross-file facts and their JSON ----------===//

#include "tidy-module/summaries/DriverIndex.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"
#include "gtest/gtest.h"

namespace {

std::unique_ptr<clang::ASTUnit> parse(llvm::StringRef Code,
                                      llvm::StringRef Name) {
  return clang::tooling::buildASTFromCodeWithArgs(
      Code, {"-idirafter", NDIS_TIDY_TEST_STAND_IN_DIR, "-resource-dir",
             NDIS_TIDY_TEST_RESOURCE_DIR},
      Name);
}

TEST(DriverIndexTest, RecordsExternalDefinitionsAndRoles) {
  auto AST = parse(R"c(
    #include <ndis.h>
    NDIS_STATUS HwRegister(void *A) { return 0; }
    static void LocalOnly(void) {}
    MINIPORT_INITIALIZE MpInit;
    MINIPORT_HALT MpHalt;
    NDIS_STATUS MpInit(NDIS_HANDLE H, NDIS_HANDLE C,
                       PNDIS_MINIPORT_INIT_PARAMETERS P) { return 0; }
  )c", "init.c");
  ASSERT_TRUE(AST);
  ndis::DriverIndex Index;
  Index.Files.push_back({"/src/init.c", "/src", {"cc", "init.c"}, ""});
  clang::ASTContext &Ctx = AST->getASTContext();
  Index.addTranslationUnit(Ctx, ndis::findDriverHandlers(Ctx, {}), 0);
  EXPECT_NE(Index.function("c:@F@HwRegister"), nullptr);
  EXPECT_NE(Index.function("c:@F@MpInit"), nullptr);
  // Static functions are not another file's business; declarations are not
  // definitions.
  for (const auto &E : Index.Functions)
    EXPECT_EQ(E.second.Name.find("LocalOnly"), std::string::npos);
  EXPECT_EQ(Index.function("c:@F@MpHalt"), nullptr);
  EXPECT_EQ(Index.InitializeHandlers.lookup("c:@F@MpInit"), "MpInit");
  // Halt is only declared here, but the role is recorded for the file that
  // defines it.
  EXPECT_EQ(Index.HaltHandlers.lookup("c:@F@MpHalt"), "MpHalt");
}

TEST(DriverIndexTest, JsonRoundTrip) {
  ndis::DriverIndex Index;
  Index.Files.push_back({"/src/hw.c", "/src", {"cc", "-DX=1", "hw.c"}, ""});
  Index.Files.push_back({"/src/bad.c", "/src", {"cc", "bad.c"}, "bad.c:1:2: x"});
  Index.Functions["c:@F@Hw"] = {"Hw", 0, false};
  Index.Functions["c:@F@Bad"] = {"Bad", 1, true};
  Index.InitializeHandlers["c:@F@Init"] = "Init";
  llvm::Expected<ndis::DriverIndex> Back =
      ndis::DriverIndex::fromJSON(Index.toJSON());
  ASSERT_TRUE(bool(Back)) << llvm::toString(Back.takeError());
  ASSERT_EQ(Back->Files.size(), 2u);
  EXPECT_EQ(Back->Files[0].Arguments[1], "-DX=1");
  EXPECT_EQ(Back->Files[1].FirstError, "bad.c:1:2: x");
  EXPECT_EQ(Back->function("c:@F@Bad")->FileIndex, 1u);
  EXPECT_TRUE(Back->function("c:@F@Bad")->HasErrors);
  EXPECT_FALSE(Back->function("c:@F@Hw")->HasErrors);
  EXPECT_EQ(Back->InitializeHandlers.lookup("c:@F@Init"), "Init");
  EXPECT_TRUE(Back->HaltHandlers.empty());
}

TEST(DriverIndexTest, MergeRenumbersFiles) {
  ndis::DriverIndex A, B;
  A.Files.push_back({"/a.c", "/", {"cc"}, ""});
  A.Functions["c:@F@A"] = {"A", 0, false};
  B.Files.push_back({"/b.c", "/", {"cc"}, ""});
  B.Functions["c:@F@B"] = {"B", 0, false};
  B.Functions["c:@F@A"] = {"A", 0, false}; // a second definition: ignored
  A.merge(B);
  EXPECT_EQ(A.function("c:@F@B")->FileIndex, 1u);
  EXPECT_EQ(A.function("c:@F@A")->FileIndex, 0u);
}

TEST(DriverIndexTest, RejectsMalformedFiles) {
  for (const char *Bad :
       {"", "[]", "{\"format\": 2, \"files\": [], \"functions\": {}, "
                  "\"initializeHandlers\": {}, \"haltHandlers\": {}}",
        "{\"format\": 1, \"files\": [], \"functions\": {\"u\": {\"file\": 3}}, "
        "\"initializeHandlers\": {}, \"haltHandlers\": {}}",
        "{\"format\": 1, \"files\": [], \"functions\": {}}"}) {
    llvm::Expected<ndis::DriverIndex> R = ndis::DriverIndex::fromJSON(Bad);
    EXPECT_FALSE(bool(R)) << Bad;
    if (!R)
      EXPECT_NE(llvm::toString(R.takeError()).find("malformed summary file"),
                std::string::npos);
  }
}

} // namespace
