//===- SummaryCache.cpp - one read of a summary file per process ---------===//

#include "tidy-module/summaries/SummaryCache.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include <mutex>

namespace ndis {

namespace {
struct CachedIndex {
  llvm::sys::TimePoint<> Modified;
  uint64_t Size = 0;
  std::shared_ptr<const DriverIndex> Index;
};
} // namespace

llvm::Expected<std::shared_ptr<const DriverIndex>>
loadSummaryFile(llvm::StringRef Path) {
  static std::mutex Lock;
  static llvm::StringMap<CachedIndex> Cache;

  llvm::sys::fs::file_status Status;
  if (std::error_code EC = llvm::sys::fs::status(Path, Status))
    return llvm::createStringError(EC, "cannot read summary file '" + Path +
                                           "': " + EC.message());
  std::lock_guard<std::mutex> Guard(Lock);
  CachedIndex &Slot = Cache[Path];
  if (Slot.Index && Slot.Modified == Status.getLastModificationTime() &&
      Slot.Size == Status.getSize())
    return Slot.Index;
  llvm::Expected<DriverIndex> Loaded = DriverIndex::load(Path);
  if (!Loaded)
    return Loaded.takeError();
  Slot.Modified = Status.getLastModificationTime();
  Slot.Size = Status.getSize();
  Slot.Index = std::make_shared<const DriverIndex>(std::move(*Loaded));
  return Slot.Index;
}

} // namespace ndis
