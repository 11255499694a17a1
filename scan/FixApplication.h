//===- FixApplication.h - ndis-scan --fix --------------------------------===//
//
// Applies the fixes of all findings once every file was analyzed. A fix
// that overlaps another finding's fix is not applied, and neither is the
// other: each is reported, and a second run plans them against the fixed
// code. Identical edits proposed by two findings are one edit. Each file is
// written to a temporary file beside it and renamed over it, so an
// interrupted run never leaves a half-written source.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_SCAN_FIXAPPLICATION_H
#define NDIS_TIDY_SCAN_FIXAPPLICATION_H

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/Support/raw_ostream.h"
#include <string>
#include <vector>

namespace ndis::scan {

struct FixOutcome {
  unsigned FindingsFixed = 0;
  unsigned FilesChanged = 0;
  /// One line per finding whose fix was withheld.
  std::vector<std::string> Conflicts;
  /// Files that could not be read or written.
  std::vector<std::string> Failures;
};

/// Indices of the findings whose fixes are withheld because they overlap
/// another finding's, each with a line saying which.
std::vector<std::pair<size_t, std::string>>
conflictingFixes(const std::vector<clang::tidy::ClangTidyError> &Findings);

FixOutcome applyFixes(const std::vector<clang::tidy::ClangTidyError> &Findings);

} // namespace ndis::scan

#endif
