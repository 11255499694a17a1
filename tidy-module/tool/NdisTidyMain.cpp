//===- NdisTidyMain.cpp - clang-tidy with the ndis module linked in -------===//
//
// Identical to clang-tidy except for two arguments it adds, both placed so the
// user's own settings win:
//  - the stand-in NDIS/WDK headers as a fallback include directory
//    (-idirafter), unless --no-stand-in-headers is given;
//  - the resource directory of the LLVM release we were built against, since
//    this binary does not sit next to that release's lib/clang/N.
//
//===----------------------------------------------------------------------===//

#include "clang-tidy/tool/ClangTidyMain.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <string>
#include <vector>

namespace {

constexpr llvm::StringLiteral NoStandInFlag = "--no-stand-in-headers";

/// The installed layout is <prefix>/bin/ndis-tidy beside
/// <prefix>/share/ndis-tidy/include; the build tree mirrors it.
std::string findStandInHeaders(const char *Argv0) {
  std::string Exe =
      llvm::sys::fs::getMainExecutable(Argv0, (void *)&findStandInHeaders);
  llvm::SmallString<256> Dir(llvm::sys::path::parent_path(
      llvm::sys::path::parent_path(Exe)));
  llvm::sys::path::append(Dir, "share", "ndis-tidy", "include");
  if (llvm::sys::fs::exists(Dir + "/ndis.h"))
    return std::string(Dir);
  if (llvm::sys::fs::exists(NDIS_TIDY_SOURCE_STAND_IN_DIR "/ndis.h"))
    return NDIS_TIDY_SOURCE_STAND_IN_DIR;
  return "";
}

bool mentionsResourceDir(llvm::ArrayRef<const char *> Args) {
  for (llvm::StringRef A : Args)
    if (A.contains("-resource-dir"))
      return true;
  return false;
}

} // namespace

int main(int Argc, const char **Argv) {
  std::vector<const char *> Args;
  bool UseStandIn = true;
  for (int I = 0; I < Argc; ++I) {
    if (I > 0 && NoStandInFlag == Argv[I]) {
      UseStandIn = false;
      continue;
    }
    Args.push_back(Argv[I]);
  }

  // Only meaningful when analysing files; harmless for --list-checks etc.
  std::vector<std::string> Extra;
  if (UseStandIn) {
    std::string Dir = findStandInHeaders(Argv[0]);
    if (!Dir.empty())
      Extra.push_back("--extra-arg=-idirafter" + Dir);
  }
  if (!mentionsResourceDir(Args) &&
      llvm::sys::fs::is_directory(NDIS_TIDY_RESOURCE_DIR))
    Extra.push_back("--extra-arg-before=-resource-dir=" NDIS_TIDY_RESOURCE_DIR);

  // Options must come before a "--" that starts the compile command.
  auto Pos = Args.end();
  for (auto It = Args.begin() + 1; It != Args.end(); ++It)
    if (llvm::StringRef(*It) == "--") {
      Pos = It;
      break;
    }
  std::vector<const char *> Final(Args.begin(), Pos);
  for (const std::string &E : Extra)
    Final.push_back(E.c_str());
  Final.insert(Final.end(), Pos, Args.end());
  return clang::tidy::clangTidyMain(static_cast<int>(Final.size()),
                                    Final.data());
}
