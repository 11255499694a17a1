//===- PlatformHeaders.cpp - which files the platform wrote ---------------===//

#include "tidy-module/analysis/PlatformHeaders.h"
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
  if (SM.isInSystemHeader(Loc))
    return true;
  FileID File = SM.getFileID(SM.getExpansionLoc(Loc));
  if (File.isInvalid() || File == SM.getMainFileID())
    return false;
  auto [It, Inserted] = Known.try_emplace(File, false);
  if (Inserted)
    It->second = decide(File);
  return It->second;
}

bool PlatformHeaders::decide(FileID File) const {
  // Up the chain of includes: this header, the one that included it, and
  // so on up to the main file.
  for (unsigned Depth = 0; File.isValid() && File != SM.getMainFileID() &&
                           Depth < 64;
       ++Depth) {
    if (auto Known = this->Known.find(File);
        Known != this->Known.end() && Depth > 0)
      return Known->second;
    if (Depth > 0 && SM.isInSystemHeader(SM.getLocForStartOfFile(File)))
      return true;
    if (OptionalFileEntryRef Entry = SM.getFileEntryRefForID(File))
      if (isPlatformEntryHeader(Entry->getName()))
        return true;
    SourceLocation Includer = SM.getIncludeLoc(File);
    if (Includer.isInvalid())
      return false;
    File = SM.getFileID(Includer);
  }
  return false;
}

} // namespace ndis
