//===- PlatformHeaders.h - which files the platform wrote -----------------===//
//
// The analysis treats code differently when the platform wrote it: a field
// of an NDIS structure is not a flag the driver keeps, an inline function of
// the kernel's headers is not driver code to follow, and the headers hold no
// handler. Clang's notion of a system header answers that only when the
// build says so (`-isystem`, `-idirafter`, the stand-in headers). A Windows
// build commonly puts the WDK on the plain include path (`/I`, `-I`), and
// then the WDK's headers look like the driver's own files.
//
// A file is the platform's here when it is a system header, or when it is
// one of the WDK's entry headers (ndis.h, ntddk.h, wdm.h, ntifs.h, ntdef.h,
// wdf.h, ...), is included, directly or through other headers, from one,
// or sits in the directory of an entry header the translation unit read
// (the WDK's km/ and shared/: a driver may include <ntddndis.h> before
// <ndis.h>). The main file, and any file beside it, is the driver's. A
// driver that ships a header of its own under one of those names elsewhere
// has it, and its neighbours, taken as the platform's.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ANALYSIS_PLATFORMHEADERS_H
#define NDIS_TIDY_ANALYSIS_PLATFORMHEADERS_H

#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringRef.h"
#include <optional>

namespace clang {
class DirectoryEntry;
class SourceManager;
} // namespace clang

namespace ndis {

/// Whether `FileName` (a path or a bare name) names one of the WDK's entry
/// headers; the comparison ignores case and the directory.
bool isPlatformEntryHeader(llvm::StringRef FileName);

/// Answers "did the platform write the code here?" for the locations of one
/// translation unit, remembering the answer per file.
class PlatformHeaders {
public:
  explicit PlatformHeaders(const clang::SourceManager &SM) : SM(SM) {}

  /// For a location inside a macro expansion, where it was expanded.
  bool contains(clang::SourceLocation Loc) const;

private:
  bool decide(clang::FileID File) const;
  /// Directories holding an entry header the translation unit read, the
  /// main file's own directory aside; computed when first needed.
  const llvm::SmallPtrSetImpl<const clang::DirectoryEntry *> &
  entryDirectories() const;

  const clang::SourceManager &SM;
  mutable llvm::DenseMap<clang::FileID, bool> Known;
  /// The file of the last answer, its range of locations and the answer.
  mutable clang::FileID LastFile;
  mutable unsigned LastBegin = 0, LastEnd = 0;
  mutable bool LastAnswer = false;
  mutable std::optional<llvm::SmallPtrSet<const clang::DirectoryEntry *, 4>>
      EntryDirs;
};

} // namespace ndis

#endif
