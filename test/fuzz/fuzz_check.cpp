//===- fuzz_check.cpp - libFuzzer target for the analysis and the fix-its -===//
//
// The input bytes are a C driver source, parsed as it is (nothing is
// prepended: the corpus files include <ndis.h>, which the stand-in headers
// supply). The analysis runs on it as ndis-init-register-interrupt runs it,
// and the fix planner on every leak it finds. Then, besides the sanitizers'
// own checks:
//   - every fix-it's ranges are valid file locations in the main file, not
//     inside a macro expansion, and within the buffer;
//   - the fix-its of one leak, and then those of all leaks the check offers
//     fixes for (a plan overlapping an earlier one is withheld, as in the
//     check: fixits/FixConflicts.h), apply as tooling::Replacements without
//     overlapping;
//   - when the input parses without errors, the fixed buffer parses without
//     errors too. (clang-tidy applies fix-its only to a file that has no
//     compiler error, unless --fix-errors: a fix-it on a broken file may
//     repeat its broken expressions, which says nothing about the planner.
//     Inputs with errors still go through the analysis, the planner and the
//     rules above.)
// The parse uses -w, not -Wno-everything: -Wno-everything also silences
// what C17 makes an error by default (a call to an undeclared function,
// int-to-pointer conversion), which clang-tidy reports as compiler errors.
// A violation aborts with a message naming the rule (libFuzzer then saves
// the input as a crash). Built by test/fuzz/CMakeLists.txt when
// NDIS_TIDY_FUZZ=ON; run by scripts/fuzz.sh. To re-run one input:
//   build-fuzz/bin/ndis-fuzz-check FILE...
// With NDIS_FUZZ_VERBOSE=1 in the environment it says, for each input, how
// many errors it has, how many leaks were found, how many fix-its planned,
// and how long the parse, the analysis and the planning took.
//
//===----------------------------------------------------------------------===//

#include "fixits/FixConflicts.h"
#include "fixits/FixPlanner.h"
#include "tidy-module/analysis/LeakFinder.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Lex/Lexer.h"
#include "clang/Tooling/Core/Replacement.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

namespace {

/// Counts errors and prints nothing (the fuzzer's inputs are mostly broken).
class CountingConsumer : public clang::DiagnosticConsumer {
public:
  void HandleDiagnostic(clang::DiagnosticsEngine::Level Level,
                        const clang::Diagnostic &Info) override {
    DiagnosticConsumer::HandleDiagnostic(Level, Info); // counts
  }
};

const std::vector<std::string> &parseArgs() {
  static const std::vector<std::string> Args = {
      "-idirafter", NDIS_FUZZ_STAND_IN_DIR,
      "-resource-dir", NDIS_FUZZ_RESOURCE_DIR,
      "-fsyntax-only", "-w", "-ferror-limit=0"};
  return Args;
}

constexpr const char *FileName = "fuzz-input.c";

struct Parsed {
  std::unique_ptr<clang::ASTUnit> AST;
  unsigned Errors = 0;
};

Parsed parse(const std::string &Code, CountingConsumer &Diags) {
  Parsed P;
  P.AST = clang::tooling::buildASTFromCodeWithArgs(
      Code, parseArgs(), FileName, "ndis-fuzz-check",
      std::make_shared<clang::PCHContainerOperations>(),
      clang::tooling::getClangStripDependencyFileAdjuster(),
      clang::tooling::FileContentMappings(), &Diags);
  P.Errors = Diags.getNumErrors();
  return P;
}

[[noreturn]] void fail(const std::string &Rule, const std::string &Detail) {
  llvm::errs() << "ndis-fuzz-check: VIOLATION: " << Rule << "\n"
               << Detail << "\n";
  llvm::errs().flush();
  std::abort();
}

std::string describe(const clang::SourceManager &SM, clang::SourceLocation L) {
  return L.isValid() ? L.printToString(SM) : std::string("<invalid>");
}

/// A fix-it location must be a valid spot in the main file, outside macros.
void checkLocation(const clang::SourceManager &SM, clang::SourceLocation L,
                   const char *What, const std::string &Where) {
  if (L.isInvalid())
    fail("fix-it location is invalid", std::string(What) + " of " + Where);
  if (L.isMacroID())
    fail("fix-it location is inside a macro expansion",
         std::string(What) + " " + describe(SM, L) + " of " + Where);
  if (SM.getFileID(L) != SM.getMainFileID())
    fail("fix-it location is not in the main file",
         std::string(What) + " " + describe(SM, L) + " of " + Where);
}

void checkRange(const clang::SourceManager &SM,
                const clang::CharSourceRange &R, const char *What,
                const std::string &Where) {
  checkLocation(SM, R.getBegin(), What, Where);
  checkLocation(SM, R.getEnd(), What, Where);
  if (SM.getFileOffset(R.getEnd()) < SM.getFileOffset(R.getBegin()))
    fail("fix-it range ends before it begins",
         describe(SM, R.getBegin()) + " .. " + describe(SM, R.getEnd()) +
             " of " + Where);
}

/// Checks one plan's hints and adds them to `All`; `Where` names the leak.
void takeHints(clang::ASTContext &Ctx, const ndis::FixPlan &Plan,
               const std::string &Where, clang::tooling::Replacements &All) {
  const clang::SourceManager &SM = Ctx.getSourceManager();
  clang::tooling::Replacements Own;
  for (const clang::FixItHint &H : Plan.Hints) {
    checkRange(SM, H.RemoveRange, "range", Where);
    if (H.InsertFromRange.isValid())
      checkRange(SM, H.InsertFromRange, "insert-from range", Where);
    clang::tooling::Replacement R(SM, H.RemoveRange, H.CodeToInsert,
                                  Ctx.getLangOpts());
    if (R.getFilePath().empty())
      fail("fix-it does not convert to a replacement", Where);
    size_t Size = SM.getBufferData(SM.getMainFileID()).size();
    if (R.getOffset() + R.getLength() > Size)
      fail("fix-it runs past the end of the file", Where + ": " + R.toString());
    // clang-tidy asserts that one diagnostic's fix-its do not conflict.
    if (llvm::Error E = Own.add(R))
      fail("the fix-its of one finding overlap",
           Where + ": " + llvm::toString(std::move(E)));
  }
  for (const clang::tooling::Replacement &R : Own)
    if (llvm::Error E = All.add(R))
      fail("the fix-its of two findings overlap",
           Where + ": " + llvm::toString(std::move(E)));
}

} // namespace

static double msSince(std::chrono::steady_clock::time_point Start) {
  return std::chrono::duration<double, std::milli>(
             std::chrono::steady_clock::now() - Start)
      .count();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  std::string Code(reinterpret_cast<const char *>(Data), Size);
  auto T0 = std::chrono::steady_clock::now();
  CountingConsumer Diags;
  Parsed Original = parse(Code, Diags);
  if (!Original.AST)
    return 0;
  clang::ASTContext &Ctx = Original.AST->getASTContext();

  double ParseMs = msSince(T0);
  auto T1 = std::chrono::steady_clock::now();
  ndis::LeakFinderOptions Options;
  ndis::LeakReport Report = ndis::findLeaks(Ctx, Options);
  double FindMs = msSince(T1);
  auto T2 = std::chrono::steady_clock::now();

  // Plans go through OfferedFixes as in the check: a plan overlapping an
  // earlier one is withheld there, so only what users get is checked here.
  clang::tooling::Replacements All;
  ndis::OfferedFixes Offered(Ctx.getSourceManager());
  unsigned N = 0;
  for (const ndis::InitializeLeak &Leak : Report.InitializeLeaks) {
    ndis::FixPlan Plan = ndis::planInitializeFix(Ctx, Report, Leak);
    Offered.admit(Plan);
    takeHints(Ctx, Plan, "initialize leak #" + std::to_string(N++), All);
  }
  N = 0;
  for (const ndis::HaltLeak &Leak : Report.HaltLeaks) {
    ndis::FixPlan Plan = ndis::planHaltFix(Ctx, Report, Leak);
    Offered.admit(Plan);
    takeHints(Ctx, Plan, "halt leak #" + std::to_string(N++), All);
  }
  static const bool Verbose = [] {
    const char *V = std::getenv("NDIS_FUZZ_VERBOSE");
    return V && *V && *V != '0';
  }();
  if (Verbose)
    llvm::errs() << "ndis-fuzz-check: " << Original.Errors << " error(s), "
                 << Report.InitializeLeaks.size() << " initialize leak(s), "
                 << Report.HaltLeaks.size() << " halt leak(s), " << All.size()
                 << " replacement(s); parse " << llvm::format("%.0f", ParseMs)
                 << " ms, findLeaks " << llvm::format("%.0f", FindMs)
                 << " ms, planning " << llvm::format("%.0f", msSince(T2))
                 << " ms\n";
  if (All.empty() || Original.Errors != 0)
    return 0;

  // The replacements carry the main file's name; apply them to our buffer.
  llvm::Expected<std::string> Fixed =
      clang::tooling::applyAllReplacements(Code, All);
  if (!Fixed)
    fail("the fix-its do not apply", llvm::toString(Fixed.takeError()));

  CountingConsumer FixedDiags;
  Parsed Again = parse(*Fixed, FixedDiags);
  if (!Again.AST)
    fail("the fixed file cannot be parsed at all", *Fixed);
  if (Again.Errors > Original.Errors)
    fail("the fix-its add compile errors",
         std::to_string(Original.Errors) + " error(s) before, " +
             std::to_string(Again.Errors) + " after; the fixed file:\n" +
             *Fixed + "\n(end of the fixed file)");
  return 0;
}
