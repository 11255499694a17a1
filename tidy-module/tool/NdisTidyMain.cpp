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

#include "tidy-module/tool/StandInHeaders.h"
#include "clang-tidy/tool/ClangTidyMain.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <string>
#include <vector>

namespace {

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
    if (I > 0 && llvm::StringRef(ndis::NoStandInHeadersFlag) == Argv[I]) {
      UseStandIn = false;
      continue;
    }
    Args.push_back(Argv[I]);
  }

  // Only meaningful when analysing files; harmless for --list-checks etc.
  std::vector<std::string> Extra;
  if (UseStandIn) {
    std::string Dir = ndis::findStandInHeaders(Argv[0]);
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
