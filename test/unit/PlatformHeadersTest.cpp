//===- PlatformHeadersTest.cpp - which files the platform wrote -----------===//
//
// A Windows build may put the WDK on the plain include path, where Clang
// does not see its headers as system headers. The analysis must still tell
// the WDK's declarations (NDIS structures, kernel inline functions) from the
// driver's, or it takes an NDIS structure's field for a driver's flag.
//
//===----------------------------------------------------------------------===//

#include "MiniportSource.h"
#include "tidy-module/analysis/PlatformHeaders.h"
#include "gtest/gtest.h"

using namespace ndis;
using namespace ndis::test;

namespace {

const clang::VarDecl *global(const ParsedDriver &D, llvm::StringRef Name) {
  for (const clang::Decl *Decl : D.ctx().getTranslationUnitDecl()->decls())
    if (const auto *VD = llvm::dyn_cast<clang::VarDecl>(Decl))
      if (VD->getName() == Name)
        return VD;
  ADD_FAILURE() << "no global " << Name.str();
  return nullptr;
}

TEST(PlatformHeadersTest, EntryHeaderNamesIgnoreCaseAndDirectory) {
  EXPECT_TRUE(isPlatformEntryHeader("ndis.h"));
  EXPECT_TRUE(isPlatformEntryHeader("C:\\Program Files (x86)\\Windows Kits\\10"
                                    "\\Include\\10.0.22621.0\\km\\Ndis.h"));
  EXPECT_TRUE(isPlatformEntryHeader("/opt/wdk/km/WDM.H"));
  EXPECT_TRUE(isPlatformEntryHeader("shared/ntdef.h"));
  EXPECT_FALSE(isPlatformEntryHeader("myndis.h"));
  EXPECT_FALSE(isPlatformEntryHeader("ndis.hpp"));
  EXPECT_FALSE(isPlatformEntryHeader("adapter.h"));
  EXPECT_FALSE(isPlatformEntryHeader("ndis.h/adapter.h"));
}

TEST(PlatformHeadersTest, WdkOnThePlainIncludePathIsThePlatforms) {
  ParseOptions Options;
  Options.Headers = {
      // The driver's precompiled header includes the WDK's entry header,
      // which includes its parts; none of them is a system header here.
      {"precomp.h", "#include \"NDIS.H\"\nint InPrecomp;\n"},
      {"NDIS.H", "#include \"ndis-parts/objects.h\"\nint InNdis;\n"
                 "#define NDIS_ONE (1)\n"},
      {"ndis-parts/objects.h", "int InObjects;\n"},
      {"adapter.h", "int InAdapter;\n"}};
  ParsedDriver D = parseSource("#include \"precomp.h\"\n"
                               "#include \"adapter.h\"\n"
                               "int InMain = NDIS_ONE;\n",
                               Options);
  ASSERT_FALSE(D.hasErrors());
  PlatformHeaders Platform(D.sm());
  for (int Round = 0; Round < 2; ++Round) { // the second answers from memory
    EXPECT_TRUE(Platform.contains(global(D, "InNdis")->getLocation()));
    EXPECT_TRUE(Platform.contains(global(D, "InObjects")->getLocation()));
    EXPECT_FALSE(Platform.contains(global(D, "InPrecomp")->getLocation()));
    EXPECT_FALSE(Platform.contains(global(D, "InAdapter")->getLocation()));
    EXPECT_FALSE(Platform.contains(global(D, "InMain")->getLocation()));
    // A platform macro expanded in the driver's code is the driver's code.
    EXPECT_FALSE(Platform.contains(
        global(D, "InMain")->getInit()->getBeginLoc()));
  }
  EXPECT_FALSE(Platform.contains(clang::SourceLocation()));
}

TEST(PlatformHeadersTest, HeadersBesideTheWdksEntryHeadersAreThePlatforms) {
  // The WDK's layout on -I: km/ and shared/. The driver includes a shared
  // header before <ndis.h>, so no entry header includes it; it sits beside
  // ntdef.h, which the translation unit read. The driver's own include
  // directory holds no entry header.
  ParseOptions Options;
  Options.Headers = {
      {"wdk/shared/ntddndis.h", "int InNtddndis;\n"},
      {"wdk/shared/ntdef.h", "int InNtdef;\n"},
      {"wdk/km/ndis.h", "#include \"../shared/ntdef.h\"\nint InNdis;\n"},
      {"drv/adapter.h", "int InAdapter;\n"},
      {"helpers.h", "int InHelpers;\n"}};
  ParsedDriver D = parseSource("#include \"wdk/shared/ntddndis.h\"\n"
                               "#include \"wdk/km/ndis.h\"\n"
                               "#include \"drv/adapter.h\"\n"
                               "#include \"helpers.h\"\n"
                               "int InMain;\n",
                               Options);
  ASSERT_FALSE(D.hasErrors());
  PlatformHeaders Platform(D.sm());
  EXPECT_TRUE(Platform.contains(global(D, "InNtddndis")->getLocation()));
  EXPECT_TRUE(Platform.contains(global(D, "InNtdef")->getLocation()));
  EXPECT_TRUE(Platform.contains(global(D, "InNdis")->getLocation()));
  EXPECT_FALSE(Platform.contains(global(D, "InAdapter")->getLocation()));
  EXPECT_FALSE(Platform.contains(global(D, "InHelpers")->getLocation()));
  EXPECT_FALSE(Platform.contains(global(D, "InMain")->getLocation()));
}

TEST(PlatformHeadersTest, SystemHeadersAreThePlatforms) {
  // As the stand-in headers are when ndis-tidy adds them (-idirafter); and
  // what a system header includes is the platform's too.
  ParseOptions Options;
  Options.Headers = {
      {"kernel-support.h", "#pragma GCC system_header\n"
                           "#include \"kernel-parts.h\"\nint InSystem;\n"},
      {"kernel-parts.h", "int InParts;\n"}};
  ParsedDriver D = parseSource("#include \"kernel-support.h\"\n"
                               "int InDriver;\n",
                               Options);
  ASSERT_FALSE(D.hasErrors());
  PlatformHeaders Platform(D.sm());
  EXPECT_TRUE(Platform.contains(global(D, "InSystem")->getLocation()));
  EXPECT_TRUE(Platform.contains(global(D, "InParts")->getLocation()));
  EXPECT_FALSE(Platform.contains(global(D, "InDriver")->getLocation()));
}

} // namespace
