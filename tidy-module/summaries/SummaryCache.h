//===- SummaryCache.h - one read of a summary file per process -----------===//
//
// clang-tidy creates the check once per file it analyzes; ndis-scan runs it
// on several threads. The summary file is read once and shared, and read
// again when it changes on disk.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_SUMMARIES_SUMMARYCACHE_H
#define NDIS_TIDY_SUMMARIES_SUMMARYCACHE_H

#include "tidy-module/summaries/DriverIndex.h"
#include "llvm/Support/Error.h"
#include <memory>

namespace ndis {

llvm::Expected<std::shared_ptr<const DriverIndex>>
loadSummaryFile(llvm::StringRef Path);

} // namespace ndis

#endif
