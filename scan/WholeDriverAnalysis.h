//===- WholeDriverAnalysis.h - ndis-scan's second pass -------------------===//
//
// Runs the clang-tidy checks (by default ndis-init-register-interrupt) on
// every file that defines a MiniportInitializeEx handler, with the driver
// index as the check's SummaryFile: the check imports the helpers and the
// halt handlers other files define, so one walk sees the whole driver. The
// check and its fix-its are the ones ndis-tidy runs: one analysis, two ways
// to start it. The user's .clang-tidy files still apply (handler names,
// StateBudget); ndis-scan only sets SummaryFile and the header filter.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_SCAN_WHOLEDRIVERANALYSIS_H
#define NDIS_TIDY_SCAN_WHOLEDRIVERANALYSIS_H

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Tooling/CompilationDatabase.h"
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ndis::scan {

struct AnalysisSettings {
  std::string SummaryFile;
  std::optional<std::string> Checks; ///< --checks, when given
  unsigned Jobs = 1;
};

using AnalysisDone = std::function<void(const std::string &File,
                                        double Seconds)>;

/// The options every run uses: the user's configuration files, with
/// ndis-scan's settings on top.
std::unique_ptr<clang::tidy::ClangTidyOptionsProvider>
scanOptionsProvider(const AnalysisSettings &Settings);

/// Findings of all files, without duplicates (a finding in a header or in
/// a file two analyses import is reported once), sorted by file and offset.
std::vector<clang::tidy::ClangTidyError>
analyzeDriver(const clang::tooling::CompilationDatabase &Commands,
              const std::vector<std::string> &Files,
              const AnalysisSettings &Settings, const AnalysisDone &Done);

} // namespace ndis::scan

#endif
