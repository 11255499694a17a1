//===- DriverIndexing.h - ndis-scan's first pass: index every file -------===//
//
// Parses each translation unit of the compilation database once (in
// parallel) and records what the others need to know of it (DriverIndex):
// the functions it defines, the handlers it names, how it is compiled, and
// its first error. Only one AST per thread is alive at a time, so memory is
// bounded by the largest translation unit, not by the driver.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_SCAN_DRIVERINDEXING_H
#define NDIS_TIDY_SCAN_DRIVERINDEXING_H

#include "tidy-module/summaries/DriverIndex.h"
#include "clang/Tooling/CompilationDatabase.h"
#include <functional>
#include <string>
#include <vector>

namespace ndis::scan {

/// Called after each file, from the thread that parsed it.
using FileDone = std::function<void(const IndexedFile &File, double Seconds)>;

/// Indexes `Files` (absolute paths) compiled as `Commands` says. With an
/// ASTDirectory, each file that parses also has its AST saved there, so the
/// analysis imports from it without parsing the file again.
DriverIndex indexDriver(const clang::tooling::CompilationDatabase &Commands,
                        const std::vector<std::string> &Files, unsigned Jobs,
                        const std::string &ASTDirectory, const FileDone &Done);

} // namespace ndis::scan

#endif
