//===- PlatformHeaders.cpp - which files the platform wrote ---------------===//

#include "tidy-module/analysis/PlatformHeaders.h"
#include "clang/Basic/FileEntry.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/Path.h"

using namespace clang;

namespace ndis {

bool isPlatformEntryHeader(llvm::StringRef FileName) {
  // The headers a miniport (or a stand-in for the WDK) includes first.
  static const char *const Entries[] = {
      "ndis.h",  "ntddk.h",    "wdm.h",      "ntifs.h",  "ntdef.h",
      "wdf.h",   "ntstatus.h", "ntintsafe.h", "ntstrsafe.h"};
  llvm::StringRef Base = llvm::sys::path::filename(
      FileName, llvm::sys::path::Style::windows);
  for (const char *Entry : Entries)
    if (Base.equals_insensitive(Entry))
      return true;
  return false;
}

bool PlatformHeaders::contains(SourceLocation Loc) const {
  if (Loc.isInvalid())
    return false;
  Loc = SM.getExpansionLoc(Loc);
  // Declarations come file by file: the last file asked about is usually
  // the one asked about next, and a range test is cheaper than finding the
  // file of a location.
  unsigned Raw = Loc.getRawEncoding();
  if (LastFile.isValid() && Raw >= LastBegin && Raw <= LastEnd)
    return LastAnswer;
  FileID File = SM.getFileID(Loc);
  if (File.isInvalid())
    return false;
  auto [It, Inserted] = Known.try_emplace(File, false);
  if (Inserted)
    It->second = decide(File);
  LastFile = File;
  LastBegin = SM.getLocForStartOfFile(File).getRawEncoding();
  LastEnd = SM.getLocForEndOfFile(File).getRawEncoding();
  LastAnswer = It->second;
  return LastAnswer;
}

bool PlatformHeaders::decide(FileID File) const {
  // Up the chain of includes: this header, the one that included it, and
  // so on up to the main file, which is the driver's.
  for (unsigned Depth = 0; File.isValid() && File != SM.getMainFileID() &&
                           Depth < 64;
       ++Depth) {
    if (auto Decided = Known.find(File); Depth > 0 && Decided != Known.end())
      return Decided->second;
    // A system include directory, or `#pragma GCC system_header` anywhere
    // in the file (from there on, the file is a system header).
    if (SM.isInSystemHeader(SM.getLocForStartOfFile(File)) ||
        SM.isInSystemHeader(SM.getLocForEndOfFile(File)))
      return true;
    if (OptionalFileEntryRef Entry = SM.getFileEntryRefForID(File))
      if (isPlatformEntryHeader(Entry->getName()) ||
          entryDirectories().contains(&Entry->getDir().getDirEntry()))
        return true;
    SourceLocation Includer = SM.getIncludeLoc(File);
    if (Includer.isInvalid())
      return false;
    File = SM.getFileID(Includer);
  }
  return false;
}

const llvm::SmallPtrSetImpl<const DirectoryEntry *> &
PlatformHeaders::entryDirectories() const {
  if (EntryDirs)
    return *EntryDirs;
  EntryDirs.emplace();
  const DirectoryEntry *MainDir = nullptr;
  if (OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID()))
    MainDir = &Main->getDir().getDirEntry();
  for (auto It = SM.fileinfo_begin(), End = SM.fileinfo_end(); It != End; ++It)
    if (isPlatformEntryHeader(It->first.getName()) &&
        &It->first.getDir().getDirEntry() != MainDir)
      EntryDirs->insert(&It->first.getDir().getDirEntry());
  return *EntryDirs;
}

} // namespace ndis
