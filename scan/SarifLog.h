//===- SarifLog.h - ndis-scan's findings as a SARIF 2.1.0 log ---*- C++ -*-===//
//
// Code-scanning services and IDE viewers read SARIF 2.1.0 (OASIS standard).
// ndis-scan writes one log per scan: one run, one result per clang-tidy
// error, with the leaking paths of ndis-init-register-interrupt as code flows
// and its fix-its as SARIF fixes. Lines and columns are computed from the
// files themselves (clang-tidy reports byte offsets only), columns counting
// Unicode code points.
//
// test/scan/sarif/validate_sarif.py checks a log offline against our own
// transcription of the SARIF 2.1.0 constraints
// (test/scan/sarif/sarif-2.1.0.schema.json).
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_SCAN_SARIFLOG_H
#define NDIS_SCAN_SARIFLOG_H

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/JSON.h"
#include <string>
#include <vector>

namespace ndis::scan {

/// What the log says about the scan itself, as opposed to its findings.
struct SarifRunInfo {
  /// tool.driver.version, e.g. "0.1.0 (LLVM 19.1.7)". A leading "X.Y.Z" is
  /// also given as tool.driver.semanticVersion.
  std::string ToolVersion;
  /// Absolute directory. Files under it are written relative to it, with
  /// uriBaseId "SRCROOT" (run.originalUriBaseIds.SRCROOT is its file: URI),
  /// so a log can be read on another machine or checkout. Files elsewhere,
  /// or every file when this is empty, get absolute file: URIs.
  std::string SourceRoot;
  /// Absolute URI of the repository's docs/ directory; a rule's helpUri is
  /// DocsBaseUri + "checks/<rule>.rst". Empty: no helpUri for our rules.
  std::string DocsBaseUri;
  /// tool.driver.informationUri. Empty: the README.md next to DocsBaseUri's
  /// directory (none if DocsBaseUri is empty too).
  std::string InformationUri;
  /// Problems of the scan itself, e.g. "drivers/x.c does not parse: <first
  /// error>": invocations[0].toolExecutionNotifications, level "error".
  std::vector<std::string> Notifications;
  bool ExecutionSuccessful = true;
};

/// The SARIF 2.1.0 log for these findings (clang-tidy errors as ndis-scan
/// collected them; each has a FilePath + FileOffset message, notes, and fixes
/// in Message.Fix and in the notes). Relative file paths are taken from each
/// error's BuildDirectory. Each file is read once, to turn byte offsets into
/// lines and columns; a file that cannot be read gets byte offsets only and a
/// "warning" tool execution notification.
llvm::json::Value
buildSarifLog(llvm::ArrayRef<clang::tidy::ClangTidyError> Findings,
              const SarifRunInfo &Run);

/// Writes the log, pretty-printed, to Path + ".tmp" and renames that to Path,
/// so that a reader never sees half a log. False, with Error set, on failure.
bool writeSarifLog(llvm::StringRef Path, const llvm::json::Value &Log,
                   std::string &Error);

} // namespace ndis::scan

#endif // NDIS_SCAN_SARIFLOG_H
