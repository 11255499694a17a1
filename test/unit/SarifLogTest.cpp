//===- SarifLogTest.cpp - ndis-scan's SARIF 2.1.0 log ---------------------===//
//
// The log is built from clang-tidy errors made by hand, as ndis-scan
// collects them, over source files written to a temporary directory: the
// rule's metadata links it to Static Driver Verifier's Init_RegisterInterrupt,
// lines and columns come from the files (code points, CRLF, lone CR, BOM),
// files under the source root get SRCROOT-relative URIs, each leaking exit
// is one code flow in execution order, fix-its become SARIF fixes, and the
// scan's problems become notifications.
//
//===----------------------------------------------------------------------===//

#include "scan/SarifLog.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "gtest/gtest.h"
#include <string>
#include <vector>

using namespace llvm;
using clang::tidy::ClangTidyError;
using clang::tooling::DiagnosticMessage;
using clang::tooling::Replacement;
using ndis::scan::buildSarifLog;
using ndis::scan::SarifRunInfo;
using ndis::scan::writeSarifLog;

namespace {

constexpr StringLiteral RuleId = "ndis-init-register-interrupt";
constexpr StringLiteral DocsBase = "https://example.org/ndis-tidy/docs/";

/// The check's messages, as tidy-module/InitRegisterInterruptCheck.cpp
/// writes them.
constexpr StringLiteral InitWarning =
    "interrupt registered here is not deregistered when MiniportInitializeEx "
    "fails";
constexpr StringLiteral RegisteredByCall = "interrupt registered by this call";
constexpr StringLiteral FailingStep =
    "the failure comes from 'MpStartNic', which can fail";
constexpr StringLiteral InitExit =
    "MiniportInitializeEx fails here with the interrupt still registered: "
    "returns the status of 'MpStartNic'";
constexpr StringLiteral InitExit2 =
    "MiniportInitializeEx fails here with the interrupt still registered: "
    "returns NDIS_STATUS_RESOURCES";
constexpr StringLiteral NoFix = "no fix-it offered: the release would run on "
                                "a path that returns success";
constexpr StringLiteral HaltWarning = "MiniportHaltEx handler 'MPHaltEx' can "
                                      "return without deregistering the "
                                      "interrupt";
constexpr StringLiteral HaltRegistered =
    "interrupt registered here in 'MPInitializeEx'";
constexpr StringLiteral HaltExit =
    "returns here with the interrupt still registered";

/// A driver whose initialize registers through a helper and fails twice.
const char Driver[] = "NDIS_STATUS MpRegister(PMP_ADAPTER Adapter) {\n"
                      "  return NdisMRegisterInterruptEx(0, Adapter, 0, "
                      "&Adapter->Interrupt);\n"
                      "}\n"
                      "NDIS_STATUS MPInitializeEx(void) {\n"
                      "  Status = MpRegister(Adapter);\n"
                      "  if (Status != NDIS_STATUS_SUCCESS)\n"
                      "    goto Exit;\n"
                      "  Status = MpStartNic(Adapter);\n"
                      "  if (Status != NDIS_STATUS_SUCCESS)\n"
                      "    goto Exit;\n"
                      "  if (!Adapter->Buffer)\n"
                      "    return NDIS_STATUS_RESOURCES;\n"
                      "Exit:\n"
                      "  return Status;\n"
                      "}\n"
                      "VOID MPHaltEx(NDIS_HANDLE Context) {\n"
                      "  if (Stopped)\n"
                      "    return;\n"
                      "  NdisFreeMemory(Context, 0, 0);\n"
                      "}\n";

/// Where Needle starts in Text; the Nth occurrence (from 0).
unsigned offsetOf(StringRef Text, StringRef Needle, unsigned Nth = 0) {
  size_t At = Text.find(Needle);
  while (Nth-- > 0 && At != StringRef::npos)
    At = Text.find(Needle, At + 1);
  EXPECT_NE(At, StringRef::npos) << "'" << Needle.str() << "' not in the text";
  return At == StringRef::npos ? 0 : At;
}

/// The value at a dotted path ("runs.0.results.1.level"), or null.
json::Value at(const json::Value &Root, StringRef Path) {
  if (Path.empty())
    return Root;
  const json::Value *V = &Root;
  SmallVector<StringRef, 8> Steps;
  Path.split(Steps, '.');
  for (StringRef Step : Steps) {
    unsigned Index;
    if (const json::Array *A = V->getAsArray();
        A && !Step.getAsInteger(10, Index))
      V = Index < A->size() ? &(*A)[Index] : nullptr;
    else if (const json::Object *O = V->getAsObject())
      V = O->get(Step);
    else
      V = nullptr;
    if (!V)
      return nullptr;
  }
  return *V;
}

std::string str(const json::Value &Root, StringRef Path) {
  json::Value V = at(Root, Path);
  if (auto S = V.getAsString())
    return S->str();
  return "<no string at " + Path.str() + ">";
}

int64_t num(const json::Value &Root, StringRef Path) {
  json::Value V = at(Root, Path);
  return V.getAsInteger().value_or(-999);
}

size_t count(const json::Value &Root, StringRef Path) {
  json::Value V = at(Root, Path);
  const json::Array *A = V.getAsArray();
  return A ? A->size() : 0;
}

bool has(const json::Value &Root, StringRef Path) {
  return at(Root, Path).kind() != json::Value::Null;
}

/// A scratch source tree, removed after each test.
class SarifLogTest : public ::testing::Test {
protected:
  void SetUp() override {
    ASSERT_FALSE(sys::fs::createUniqueDirectory("ndis-sarif-test", Root));
    Run.ToolVersion = "0.1.0 (LLVM 19.1.7)";
    Run.SourceRoot = std::string(Root);
    Run.DocsBaseUri = DocsBase.str();
  }
  void TearDown() override { sys::fs::remove_directories(Root); }

  /// Writes Contents to Root/RelativePath; returns its absolute path.
  std::string writeFile(StringRef RelativePath, StringRef Contents) {
    SmallString<128> Path(Root);
    sys::path::append(Path, RelativePath);
    EXPECT_FALSE(sys::fs::create_directories(sys::path::parent_path(Path)));
    std::error_code EC;
    raw_fd_ostream OS(Path, EC);
    EXPECT_FALSE(EC) << EC.message();
    OS << Contents;
    return std::string(Path);
  }

  static ClangTidyError
  finding(StringRef Check, StringRef File, unsigned Offset, StringRef Text,
          ClangTidyError::Level Level = ClangTidyError::Warning,
          StringRef BuildDirectory = "") {
    ClangTidyError E(Check, Level, BuildDirectory, /*IsWarningAsError=*/false);
    E.Message = note(File, Offset, Text);
    return E;
  }

  static DiagnosticMessage note(StringRef File, unsigned Offset,
                                StringRef Text) {
    DiagnosticMessage M(Text);
    M.FilePath = File.str();
    M.FileOffset = Offset;
    return M;
  }

  static void addFix(DiagnosticMessage &M, StringRef File, unsigned Offset,
                     unsigned Length, StringRef Text) {
    cantFail(M.Fix[File].add(Replacement(File, Offset, Length, Text)));
  }

  /// The initialize finding of `Driver`: registration in a helper, a
  /// failing step before the first exit, a second exit without one.
  ClangTidyError initializeFinding(StringRef File) {
    ClangTidyError E = finding(
        RuleId, File, offsetOf(Driver, "MpRegister(Adapter)"), InitWarning);
    E.Notes.push_back(
        note(File, offsetOf(Driver, "MpStartNic(Adapter)"), FailingStep));
    E.Notes.push_back(note(File, offsetOf(Driver, "goto Exit", 1), InitExit));
    E.Notes.push_back(note(
        File, offsetOf(Driver, "return NDIS_STATUS_RESOURCES"), InitExit2));
    E.Notes.push_back(note(File, offsetOf(Driver, "NdisMRegisterInterruptEx"),
                           RegisteredByCall));
    E.Notes.push_back(
        note(File, offsetOf(Driver, "MpRegister(Adapter)"), NoFix));
    return E;
  }

  ClangTidyError haltFinding(StringRef File) {
    ClangTidyError E =
        finding(RuleId, File, offsetOf(Driver, "MPHaltEx"), HaltWarning);
    E.Notes.push_back(
        note(File, offsetOf(Driver, "MpRegister(Adapter)"), HaltRegistered));
    E.Notes.push_back(note(File, offsetOf(Driver, "return;"), HaltExit));
    E.Notes.push_back(note(File, offsetOf(Driver, "}", 2), HaltExit));
    return E;
  }

  SmallString<128> Root;
  SarifRunInfo Run;
};

TEST_F(SarifLogTest, TheLogIsOneSarif210Run) {
  json::Value Log = buildSarifLog({}, Run);
  EXPECT_EQ(str(Log, "version"), "2.1.0");
  EXPECT_EQ(str(Log, "$schema"),
            "https://json.schemastore.org/sarif-2.1.0.json");
  EXPECT_EQ(count(Log, "runs"), 1u);
  EXPECT_EQ(str(Log, "runs.0.tool.driver.name"), "ndis-scan");
  EXPECT_EQ(str(Log, "runs.0.tool.driver.version"), "0.1.0 (LLVM 19.1.7)");
  EXPECT_EQ(str(Log, "runs.0.tool.driver.semanticVersion"), "0.1.0");
  EXPECT_EQ(str(Log, "runs.0.tool.driver.informationUri"),
            "https://example.org/ndis-tidy/README.md");
  EXPECT_EQ(str(Log, "runs.0.columnKind"), "unicodeCodePoints");
  EXPECT_EQ(count(Log, "runs.0.results"), 0u);
}

TEST_F(SarifLogTest, TheRuleNamesStaticDriverVerifiersRule) {
  // No findings: the rule is described all the same.
  json::Value Log = buildSarifLog({}, Run);
  json::Value Rule = at(Log, "runs.0.tool.driver.rules.0");
  EXPECT_EQ(str(Rule, "id"), RuleId);
  EXPECT_EQ(str(Rule, "name"), "InitRegisterInterrupt");
  EXPECT_EQ(str(Rule, "helpUri"), "https://example.org/ndis-tidy/docs/checks/"
                                  "ndis-init-register-interrupt.rst");
  EXPECT_EQ(str(Rule, "defaultConfiguration.level"), "warning");
  EXPECT_NE(str(Rule, "shortDescription.text").find("MiniportInitializeEx"),
            std::string::npos);
  std::string Full = str(Rule, "fullDescription.text");
  for (StringRef Needed :
       {"NdisMRegisterInterruptEx", "MiniportInitializeEx",
        "NdisMDeregisterInterruptEx", "fails", "MiniportHaltEx"})
    EXPECT_NE(Full.find(Needed.str()), std::string::npos) << Needed.str();

  // The relationship points at the SDV taxon, by id and by index.
  EXPECT_EQ(str(Rule, "relationships.0.target.id"), "Init_RegisterInterrupt");
  EXPECT_EQ(str(Rule, "relationships.0.kinds.0"), "equal");
  EXPECT_EQ(str(Rule, "relationships.0.target.toolComponent.name"),
            "StaticDriverVerifier");
  int64_t Taxonomy = num(Rule, "relationships.0.target.toolComponent.index");
  int64_t Taxon = num(Rule, "relationships.0.target.index");
  ASSERT_GE(Taxonomy, 0);
  ASSERT_GE(Taxon, 0);
  json::Value Sdv = at(Log, "runs.0.taxonomies." + std::to_string(Taxonomy));
  EXPECT_EQ(str(Sdv, "name"), "StaticDriverVerifier");
  EXPECT_EQ(str(Sdv, "taxa." + std::to_string(Taxon) + ".id"),
            "Init_RegisterInterrupt");
  EXPECT_EQ(str(Log, "runs.0.tool.driver.supportedTaxonomies.0.name"),
            "StaticDriverVerifier");

  std::vector<std::string> Tags;
  json::Value TagList = at(Rule, "properties.tags");
  if (const json::Array *A = TagList.getAsArray())
    for (const json::Value &Tag : *A)
      Tags.push_back(Tag.getAsString().value_or("").str());
  EXPECT_NE(llvm::find(Tags, "Init_RegisterInterrupt"), Tags.end());
}

TEST_F(SarifLogTest, OtherChecksGetMinimalRules) {
  std::string File = writeFile("a.c", "int x;\nint y;\n");
  std::vector<ClangTidyError> Errors;
  Errors.push_back(finding("bugprone-use-after-move", File, 0, "moved"));
  Errors.push_back(finding("clang-diagnostic-error", File, 7, "broken",
                           ClangTidyError::Error));
  Errors.push_back(finding("nodash", File, 0, "odd"));
  Errors.push_back(
      finding("clang-analyzer-core.NullDereference", File, 0, "x"));
  Errors.push_back(finding("bugprone-use-after-move", File, 7, "again"));
  json::Value Log = buildSarifLog(Errors, Run);

  // Our rule first, then the others in order of first result.
  ASSERT_EQ(count(Log, "runs.0.tool.driver.rules"), 5u);
  EXPECT_EQ(str(Log, "runs.0.tool.driver.rules.0.id"), RuleId);
  json::Value Bugprone = at(Log, "runs.0.tool.driver.rules.1");
  EXPECT_EQ(str(Bugprone, "id"), "bugprone-use-after-move");
  EXPECT_EQ(str(Bugprone, "shortDescription.text"), "bugprone-use-after-move");
  EXPECT_EQ(str(Bugprone, "helpUri"),
            "https://clang.llvm.org/extra/clang-tidy/checks/bugprone/"
            "use-after-move.html");
  EXPECT_FALSE(has(Bugprone, "name"));
  EXPECT_FALSE(has(Log, "runs.0.tool.driver.rules.2.helpUri"))
      << "compiler diagnostics have no clang-tidy page";
  EXPECT_EQ(str(Log, "runs.0.tool.driver.rules.2.defaultConfiguration.level"),
            "error");
  EXPECT_FALSE(has(Log, "runs.0.tool.driver.rules.3.helpUri"))
      << "an id without a category has no page";
  EXPECT_EQ(str(Log, "runs.0.tool.driver.rules.4.helpUri"),
            "https://clang.llvm.org/extra/clang-tidy/checks/clang-analyzer/"
            "core.NullDereference.html");

  // Results point at their rule, and compiler errors are errors.
  EXPECT_EQ(num(Log, "runs.0.results.0.ruleIndex"), 1);
  EXPECT_EQ(num(Log, "runs.0.results.1.ruleIndex"), 2);
  EXPECT_EQ(num(Log, "runs.0.results.4.ruleIndex"), 1);
  EXPECT_EQ(str(Log, "runs.0.results.0.level"), "warning");
  EXPECT_EQ(str(Log, "runs.0.results.1.level"), "error");
  EXPECT_EQ(str(Log, "runs.0.results.1.ruleId"), "clang-diagnostic-error");
}

TEST_F(SarifLogTest, ColumnsCountCodePointsAndLinesEndAtCrLf) {
  // Line 3 has a 2-, a 3- and a 4-byte character before the call; lines end
  // with CRLF.
  std::string Source = "/* caf\xC3\xA9 */\r\n"
                       "NDIS_STATUS Init(void) {\r\n"
                       "  /* \xC3\xBC\xE2\x82\xAC\xF0\x9F\x98\x80 */ Status = "
                       "NdisMRegisterInterruptEx(h, a, &c, &a->Int);\r\n"
                       "}\r\n";
  std::string File = writeFile("crlf.c", Source);
  unsigned Call = offsetOf(Source, "NdisMRegisterInterruptEx");
  json::Value Log =
      buildSarifLog({finding(RuleId, File, Call, InitWarning)}, Run);
  json::Value Region = at(Log, "runs.0.results.0.locations.0.physicalLocation."
                               "region");
  EXPECT_EQ(num(Region, "startLine"), 3);
  // "  /* " (5) + 3 characters + " */ " (4) + "Status = " (9) = 21 before it;
  // bytes would say 27.
  EXPECT_EQ(num(Region, "startColumn"), 22);
  // The region is the callee's name.
  EXPECT_EQ(num(Region, "endLine"), 3);
  EXPECT_EQ(num(Region, "endColumn"), 22 + 24);
  // Line 1 is 10 characters + CRLF, line 2 is 24 + CRLF.
  EXPECT_EQ(num(Region, "charOffset"), 12 + 26 + 21);
  EXPECT_EQ(num(Region, "charLength"), 24);
}

TEST_F(SarifLogTest, LoneCarriageReturnEndsALineAndTheBomIsNoCharacter) {
  std::string Source = "\xEF\xBB\xBFint a;\rint b;\nint c;";
  std::string File = writeFile("cr.c", Source);
  json::Value Log =
      buildSarifLog({finding("misc-x", File, offsetOf(Source, "b;"), "b"),
                     finding("misc-x", File, offsetOf(Source, "a;"), "a"),
                     finding("misc-x", File, offsetOf(Source, "c;"), "c")},
                    Run);
  EXPECT_EQ(num(Log, "runs.0.results.0.locations.0.physicalLocation.region."
                     "startLine"),
            2);
  EXPECT_EQ(num(Log, "runs.0.results.0.locations.0.physicalLocation.region."
                     "startColumn"),
            5);
  EXPECT_EQ(num(Log, "runs.0.results.1.locations.0.physicalLocation.region."
                     "startColumn"),
            5);
  EXPECT_EQ(num(Log, "runs.0.results.1.locations.0.physicalLocation.region."
                     "charOffset"),
            4);
  EXPECT_EQ(num(Log, "runs.0.results.2.locations.0.physicalLocation.region."
                     "startLine"),
            3);
}

TEST_F(SarifLogTest, FilesUnderTheSourceRootAreRelativeToSrcRoot) {
  std::string Inside = writeFile("drivers/my driver.c", Driver);
  SmallString<128> Outside;
  ASSERT_FALSE(sys::fs::createUniqueDirectory("ndis-sarif-outside", Outside));
  sys::path::append(Outside, "other.c");
  {
    std::error_code EC;
    raw_fd_ostream OS(Outside, EC);
    OS << "int x;\n";
  }
  // clang-tidy reports the path as the compile command spelled it, relative
  // to the command's directory.
  SmallString<128> BuildDir(Root);
  sys::path::append(BuildDir, "build");
  std::vector<ClangTidyError> Errors;
  Errors.push_back(finding("misc-x", "../drivers/my driver.c", 0, "relative",
                           ClangTidyError::Warning, BuildDir));
  Errors.push_back(finding("misc-x", Outside, 0, "outside"));
  Errors.push_back(finding("misc-x", Inside, 5, "same file again"));
  json::Value Log = buildSarifLog(Errors, Run);
  sys::fs::remove_directories(sys::path::parent_path(Outside));

  json::Value First = at(Log, "runs.0.results.0.locations.0.physicalLocation."
                              "artifactLocation");
  EXPECT_EQ(str(First, "uri"), "drivers/my%20driver.c");
  EXPECT_EQ(str(First, "uriBaseId"), "SRCROOT");
  EXPECT_EQ(str(Log, "runs.0.originalUriBaseIds.SRCROOT.uri"),
            "file://" + std::string(Root) + "/");

  json::Value Second = at(Log, "runs.0.results.1.locations.0.physicalLocation."
                               "artifactLocation");
  EXPECT_EQ(str(Second, "uri"), "file://" + std::string(Outside));
  EXPECT_FALSE(has(Second, "uriBaseId"));

  // Artifacts are listed once each; locations refer to them by index.
  ASSERT_EQ(count(Log, "runs.0.artifacts"), 2u);
  EXPECT_EQ(num(First, "index"), 0);
  EXPECT_EQ(num(Second, "index"), 1);
  EXPECT_EQ(num(Log, "runs.0.results.2.locations.0.physicalLocation."
                     "artifactLocation.index"),
            0);
  EXPECT_EQ(str(Log, "runs.0.artifacts.0.location.uri"),
            "drivers/my%20driver.c");
  EXPECT_EQ(str(Log, "runs.0.artifacts.1.location.uri"),
            "file://" + std::string(Outside));
}

TEST_F(SarifLogTest, WithoutSourceRootEveryUriIsAbsolute) {
  std::string File = writeFile("d.c", Driver);
  Run.SourceRoot.clear();
  json::Value Log = buildSarifLog({finding("misc-x", File, 0, "x")}, Run);
  EXPECT_EQ(str(Log, "runs.0.artifacts.0.location.uri"), "file://" + File);
  EXPECT_FALSE(has(Log, "runs.0.originalUriBaseIds"));
}

/// The messages of each step of one code flow.
std::vector<std::string> flowMessages(const json::Value &Result,
                                      unsigned Flow) {
  std::vector<std::string> Messages;
  std::string Prefix =
      "codeFlows." + std::to_string(Flow) + ".threadFlows.0.locations.";
  for (size_t I = 0, N = count(Result, Prefix.substr(0, Prefix.size() - 1));
       I < N; ++I)
    Messages.push_back(
        str(Result, Prefix + std::to_string(I) + ".location.message.text"));
  return Messages;
}

TEST_F(SarifLogTest, EachLeakingExitOfInitializeIsOneCodeFlowInOrder) {
  std::string File = writeFile("drivers/miniport.c", Driver);
  json::Value Log = buildSarifLog({initializeFinding(File)}, Run);
  json::Value Result = at(Log, "runs.0.results.0");

  ASSERT_EQ(count(Result, "codeFlows"), 2u);
  // Registration (the call in the handler, then the call in the helper), the
  // failing step, the exit.
  EXPECT_EQ(flowMessages(Result, 0),
            (std::vector<std::string>{InitWarning.str(), RegisteredByCall.str(),
                                      FailingStep.str(), InitExit.str()}));
  // The second exit has no failing step of its own.
  EXPECT_EQ(flowMessages(Result, 1),
            (std::vector<std::string>{InitWarning.str(), RegisteredByCall.str(),
                                      InitExit2.str()}));
  // The steps are where the notes are.
  EXPECT_EQ(num(Result, "codeFlows.0.threadFlows.0.locations.0.location."
                        "physicalLocation.region.startLine"),
            5);
  EXPECT_EQ(num(Result, "codeFlows.0.threadFlows.0.locations.1.location."
                        "physicalLocation.region.startLine"),
            2);
  EXPECT_EQ(num(Result, "codeFlows.0.threadFlows.0.locations.2.location."
                        "physicalLocation.region.startLine"),
            8);
  EXPECT_EQ(num(Result, "codeFlows.0.threadFlows.0.locations.3.location."
                        "physicalLocation.region.startLine"),
            10);
  EXPECT_EQ(num(Result, "codeFlows.1.threadFlows.0.locations.2.location."
                        "physicalLocation.region.startLine"),
            12);
  EXPECT_EQ(str(Result, "codeFlows.1.message.text"), InitExit2);
}

TEST_F(SarifLogTest, EachLeakingReturnOfHaltIsOneCodeFlow) {
  std::string File = writeFile("drivers/miniport.c", Driver);
  json::Value Log = buildSarifLog({haltFinding(File)}, Run);
  json::Value Result = at(Log, "runs.0.results.0");
  EXPECT_EQ(num(Result, "locations.0.physicalLocation.region.startLine"), 16);
  ASSERT_EQ(count(Result, "codeFlows"), 2u);
  // The halt's name, where the warning is, is not on the path.
  EXPECT_EQ(flowMessages(Result, 0),
            (std::vector<std::string>{HaltRegistered.str(), HaltExit.str()}));
  EXPECT_EQ(flowMessages(Result, 1),
            (std::vector<std::string>{HaltRegistered.str(), HaltExit.str()}));
  EXPECT_EQ(num(Result, "codeFlows.0.threadFlows.0.locations.1.location."
                        "physicalLocation.region.startLine"),
            18);
  EXPECT_EQ(num(Result, "codeFlows.1.threadFlows.0.locations.1.location."
                        "physicalLocation.region.startLine"),
            20);
}

TEST_F(SarifLogTest, FindingsWithoutExitsHaveNoCodeFlows) {
  std::string File = writeFile("drivers/miniport.c", Driver);
  ClangTidyError Other = finding("misc-x", File, 0, "other check");
  Other.Notes.push_back(note(File, 10, "some note"));
  ClangTidyError NoExits = finding(
      RuleId, File, offsetOf(Driver, "MpRegister(Adapter)"), InitWarning);
  NoExits.Notes.push_back(note(File, 0, NoFix));
  json::Value Log = buildSarifLog({Other, NoExits}, Run);
  EXPECT_FALSE(has(Log, "runs.0.results.0.codeFlows"));
  EXPECT_FALSE(has(Log, "runs.0.results.1.codeFlows"));
  EXPECT_EQ(count(Log, "runs.0.results.0.relatedLocations"), 1u);
}

TEST_F(SarifLogTest, EveryNoteIsARelatedLocationWithAnId) {
  std::string File = writeFile("drivers/miniport.c", Driver);
  json::Value Log = buildSarifLog({initializeFinding(File)}, Run);
  json::Value Result = at(Log, "runs.0.results.0");
  ASSERT_EQ(count(Result, "relatedLocations"), 5u);
  std::vector<int64_t> Ids;
  for (unsigned I = 0; I < 5; ++I)
    Ids.push_back(num(Result, "relatedLocations." + std::to_string(I) + ".id"));
  EXPECT_EQ(Ids, (std::vector<int64_t>{1, 2, 3, 4, 5}));
  EXPECT_EQ(str(Result, "relatedLocations.0.message.text"), FailingStep);
  EXPECT_EQ(str(Result, "relatedLocations.4.message.text"), NoFix);
  EXPECT_EQ(num(Result, "relatedLocations.3.physicalLocation.region.startLine"),
            2);
}

TEST_F(SarifLogTest, FixItsBecomeFixesWithTheirRegions) {
  std::string Source = "int f(void) {\n"
                       "  /* \xC3\xA9 */ x = 1;\n"
                       "  return 0;\n"
                       "}\n";
  std::string File = writeFile("fix.c", Source);
  std::string Header = writeFile("fix.h", "#define X 1\n");
  ClangTidyError E =
      finding(RuleId, File, offsetOf(Source, "x = 1"), InitWarning);
  // An insertion before `return`, a replacement of `x = 1`, and an edit in a
  // second file (files are listed in path order).
  addFix(E.Message, File, offsetOf(Source, "return"), 0,
         "NdisMDeregisterInterruptEx(h);\n  ");
  addFix(E.Message, File, offsetOf(Source, "x = 1"), 5, "y = 2");
  addFix(E.Message, Header, 8, 1, "2");
  DiagnosticMessage Note = note(File, 0, "alternative");
  addFix(Note, File, 0, 3, "long");
  E.Notes.push_back(Note);
  json::Value Log = buildSarifLog({E}, Run);
  json::Value Fixes = at(Log, "runs.0.results.0.fixes");

  ASSERT_EQ(count(Fixes, ""), 2u) << "the warning's fix, then the note's";
  EXPECT_NE(str(Fixes, "0.description.text").find("NdisMDeregisterInterruptEx"),
            std::string::npos);
  ASSERT_EQ(count(Fixes, "0.artifactChanges"), 2u);
  EXPECT_EQ(str(Fixes, "0.artifactChanges.0.artifactLocation.uri"), "fix.c");
  EXPECT_EQ(str(Fixes, "0.artifactChanges.1.artifactLocation.uri"), "fix.h");

  // Replacements are in offset order: `x = 1` (line 2) then `return`.
  json::Value Edits = at(Fixes, "0.artifactChanges.0.replacements");
  ASSERT_EQ(count(Edits, ""), 2u);
  EXPECT_EQ(num(Edits, "0.deletedRegion.startLine"), 2);
  // "  /* " (5) + one 2-byte character + " */ " (4) before it.
  EXPECT_EQ(num(Edits, "0.deletedRegion.startColumn"), 11);
  EXPECT_EQ(num(Edits, "0.deletedRegion.endLine"), 2);
  EXPECT_EQ(num(Edits, "0.deletedRegion.endColumn"), 16);
  EXPECT_EQ(str(Edits, "0.insertedContent.text"), "y = 2");
  // An insertion is an empty region.
  EXPECT_EQ(num(Edits, "1.deletedRegion.startLine"), 3);
  EXPECT_EQ(num(Edits, "1.deletedRegion.startColumn"), 3);
  EXPECT_EQ(num(Edits, "1.deletedRegion.endLine"), 3);
  EXPECT_EQ(num(Edits, "1.deletedRegion.endColumn"), 3);
  EXPECT_EQ(num(Edits, "1.deletedRegion.charLength"), 0);
  EXPECT_EQ(str(Edits, "1.insertedContent.text"),
            "NdisMDeregisterInterruptEx(h);\n  ");

  EXPECT_EQ(str(Fixes, "1.description.text"), "alternative");
  EXPECT_EQ(num(Fixes, "1.artifactChanges.0.replacements.0.deletedRegion."
                       "endColumn"),
            4);
}

TEST_F(SarifLogTest, ScanProblemsAreNotifications) {
  Run.Notifications = {"drivers/x.c does not parse: expected ';'"};
  Run.ExecutionSuccessful = false;
  // A finding in a file that is gone: byte offsets only, and a warning.
  SmallString<128> Gone(Root);
  sys::path::append(Gone, "gone.c");
  json::Value Log = buildSarifLog(
      {finding("misc-x", Gone, 7, "x"), finding("misc-x", Gone, 9, "y")}, Run);

  json::Value Invocation = at(Log, "runs.0.invocations.0");
  EXPECT_EQ(at(Invocation, "executionSuccessful").getAsBoolean(), false);
  ASSERT_EQ(count(Invocation, "toolExecutionNotifications"), 2u)
      << "one notification for the unreadable file, not one per finding";
  EXPECT_EQ(str(Invocation, "toolExecutionNotifications.0.level"), "error");
  EXPECT_EQ(str(Invocation, "toolExecutionNotifications.0.message.text"),
            "drivers/x.c does not parse: expected ';'");
  EXPECT_EQ(str(Invocation, "toolExecutionNotifications.1.level"), "warning");
  EXPECT_NE(str(Invocation, "toolExecutionNotifications.1.message.text")
                .find("gone.c"),
            std::string::npos);
  json::Value Region =
      at(Log, "runs.0.results.0.locations.0.physicalLocation.region");
  EXPECT_EQ(num(Region, "byteOffset"), 7);
  EXPECT_FALSE(has(Region, "startLine"));
}

TEST_F(SarifLogTest, ASuccessfulScanHasNoNotifications) {
  json::Value Log = buildSarifLog({}, Run);
  EXPECT_EQ(at(Log, "runs.0.invocations.0.executionSuccessful").getAsBoolean(),
            true);
  EXPECT_FALSE(has(Log, "runs.0.invocations.0.toolExecutionNotifications"));
}

TEST_F(SarifLogTest, InvalidUtf8BecomesReplacementCharacters) {
  // A Windows-1252 comment quoted in a message must not break the JSON.
  std::string Source = "/* caf\xE9 */ int x;\n";
  std::string File = writeFile("latin1.c", Source);
  json::Value Log = buildSarifLog(
      {finding("misc-x", File, offsetOf(Source, "int"), "near caf\xE9")}, Run);
  EXPECT_EQ(str(Log, "runs.0.results.0.message.text"), "near caf\xEF\xBF\xBD");
  // The lone 0xE9 byte counts as one character.
  EXPECT_EQ(num(Log, "runs.0.results.0.locations.0.physicalLocation.region."
                     "startColumn"),
            12);
}

TEST_F(SarifLogTest, WritesThroughATemporaryFile) {
  json::Value Log = buildSarifLog({}, Run);
  SmallString<128> Path(Root);
  sys::path::append(Path, "out.sarif");
  std::string Error;
  ASSERT_TRUE(writeSarifLog(Path, Log, Error)) << Error;
  EXPECT_FALSE(sys::fs::exists(Path + ".tmp"));
  auto Buffer = MemoryBuffer::getFile(Path);
  ASSERT_TRUE(bool(Buffer));
  Expected<json::Value> Read = json::parse((*Buffer)->getBuffer());
  ASSERT_TRUE(bool(Read)) << toString(Read.takeError());
  EXPECT_EQ(*Read, Log);
  EXPECT_TRUE((*Buffer)->getBuffer().contains("\n  \"runs\""))
      << "pretty-printed";

  SmallString<128> Missing(Root);
  sys::path::append(Missing, "no-such-dir", "out.sarif");
  EXPECT_FALSE(writeSarifLog(Missing, Log, Error));
  EXPECT_NE(Error.find("no-such-dir"), std::string::npos) << Error;
}

} // namespace
