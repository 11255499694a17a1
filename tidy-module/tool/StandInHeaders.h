//===- StandInHeaders.h - where the tools find their fallback headers ----===//
//
// Shared by ndis-tidy and ndis-scan. The installed layout is
// <prefix>/bin/<tool> beside <prefix>/share/ndis-tidy/include; the build
// tree mirrors it. NDIS_TIDY_SOURCE_STAND_IN_DIR (the source tree's copy) is
// the last resort, for a binary run from where it was built.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_TOOL_STANDINHEADERS_H
#define NDIS_TIDY_TOOL_STANDINHEADERS_H

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <string>

namespace ndis {

/// The stand-in header directory for the executable started as Argv0, or ""
/// when there is none.
inline std::string findStandInHeaders(const char *Argv0) {
  static int Anchor;
  std::string Exe = llvm::sys::fs::getMainExecutable(Argv0, &Anchor);
  llvm::SmallString<256> Dir(
      llvm::sys::path::parent_path(llvm::sys::path::parent_path(Exe)));
  llvm::sys::path::append(Dir, "share", "ndis-tidy", "include");
  if (llvm::sys::fs::exists(Dir + "/ndis.h"))
    return std::string(Dir);
  if (llvm::sys::fs::exists(NDIS_TIDY_SOURCE_STAND_IN_DIR "/ndis.h"))
    return NDIS_TIDY_SOURCE_STAND_IN_DIR;
  return "";
}

constexpr const char *NoStandInHeadersFlag = "--no-stand-in-headers";

} // namespace ndis

#endif
