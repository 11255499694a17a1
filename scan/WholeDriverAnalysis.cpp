//===- WholeDriverAnalysis.cpp - ndis-scan's second pass -----------------===//

#include "scan/WholeDriverAnalysis.h"
#include "scan/Parallel.h"
#include "clang-tidy/ClangTidy.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <chrono>
#include <mutex>
#include <set>
#include <tuple>

using namespace clang;
using clang::tidy::ClangTidyError;

namespace ndis::scan {

constexpr const char *CheckName = "ndis-init-register-interrupt";

std::unique_ptr<tidy::ClangTidyOptionsProvider>
scanOptionsProvider(const AnalysisSettings &Settings) {
  tidy::ClangTidyOptions Defaults = tidy::ClangTidyOptions::getDefaults();
  Defaults.Checks = std::string("-*,") + CheckName;
  tidy::ClangTidyOptions Overrides;
  if (Settings.Checks)
    Overrides.Checks = *Settings.Checks;
  // Every file of the driver is the user's: report findings in all of them
  // (the stand-in headers are system headers and stay quiet).
  Overrides.HeaderFilterRegex = ".*";
  Overrides.CheckOptions[std::string(CheckName) + ".SummaryFile"] =
      tidy::ClangTidyOptions::ClangTidyValue(Settings.SummaryFile, 1000);
  // Handlers skipped (state budget) and functions of files that do not
  // parse are said as remarks, even when nothing is found.
  Overrides.CheckOptions[std::string(CheckName) + ".ReportSkippedHandlers"] =
      tidy::ClangTidyOptions::ClangTidyValue("true", 1000);
  return std::make_unique<tidy::FileOptionsProvider>(
      tidy::ClangTidyGlobalOptions(), std::move(Defaults),
      std::move(Overrides));
}

static std::vector<ClangTidyError>
analyzeFile(const tooling::CompilationDatabase &Commands,
            const std::string &File, const AnalysisSettings &Settings) {
  tidy::ClangTidyContext Context(scanOptionsProvider(Settings));
  auto FS = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(
      llvm::vfs::getRealFileSystem());
  return tidy::runClangTidy(Context, Commands, {File}, FS,
                            /*ApplyAnyFix=*/false);
}

/// Paths as clang-tidy reports them are relative to the compile command's
/// directory when the command names the file relatively (bear's style);
/// findings of different files are compared, filtered and fixed by absolute
/// path.
static std::string absolutePath(llvm::StringRef Path, llvm::StringRef Dir) {
  if (Path.empty() || llvm::sys::path::is_absolute(Path))
    return Path.str();
  llvm::SmallString<256> P(Dir);
  llvm::sys::path::append(P, Path);
  llvm::sys::path::remove_dots(P, /*remove_dot_dot=*/true);
  return std::string(P);
}

static void makePathsAbsolute(ClangTidyError &E) {
  llvm::StringRef Dir = E.BuildDirectory;
  auto FixMessage = [&](tooling::DiagnosticMessage &M) {
    M.FilePath = absolutePath(M.FilePath, Dir);
    llvm::StringMap<tooling::Replacements> Fixes;
    for (const auto &FileFix : M.Fix) {
      std::string File = absolutePath(FileFix.first(), Dir);
      tooling::Replacements &Out = Fixes[File];
      for (const tooling::Replacement &R : FileFix.second)
        llvm::consumeError(Out.add(tooling::Replacement(
            File, R.getOffset(), R.getLength(), R.getReplacementText())));
    }
    M.Fix = std::move(Fixes);
    for (tooling::FileByteRange &R : M.Ranges)
      R.FilePath = absolutePath(R.FilePath, Dir);
  };
  FixMessage(E.Message);
  for (tooling::DiagnosticMessage &N : E.Notes)
    FixMessage(N);
}

static auto keyOf(const ClangTidyError &E) {
  return std::make_tuple(E.Message.FilePath, E.Message.FileOffset,
                         E.DiagnosticName, E.Message.Message);
}

std::vector<ClangTidyError>
analyzeDriver(const tooling::CompilationDatabase &Commands,
              const std::vector<std::string> &Files,
              const AnalysisSettings &Settings, const AnalysisDone &Done) {
  std::vector<std::vector<ClangTidyError>> PerFile(Files.size());
  std::mutex DoneLock;
  forEachParallel(Files.size(), Settings.Jobs, [&](size_t I) {
    auto Start = std::chrono::steady_clock::now();
    PerFile[I] = analyzeFile(Commands, Files[I], Settings);
    for (ClangTidyError &E : PerFile[I])
      makePathsAbsolute(E);
    double Seconds = std::chrono::duration<double>(
                         std::chrono::steady_clock::now() - Start)
                         .count();
    std::lock_guard<std::mutex> Guard(DoneLock);
    if (Done)
      Done(Files[I], Seconds);
  });

  std::vector<ClangTidyError> All;
  std::set<decltype(keyOf(std::declval<ClangTidyError>()))> Seen;
  for (std::vector<ClangTidyError> &One : PerFile)
    for (ClangTidyError &E : One)
      if (Seen.insert(keyOf(E)).second)
        All.push_back(std::move(E));
  std::stable_sort(All.begin(), All.end(),
                   [](const ClangTidyError &A, const ClangTidyError &B) {
                     return std::tie(A.Message.FilePath, A.Message.FileOffset) <
                            std::tie(B.Message.FilePath, B.Message.FileOffset);
                   });
  return All;
}

} // namespace ndis::scan
