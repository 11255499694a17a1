//===- DriverIndex.h - what one file of a driver tells the others --------===//
//
// The cross-file facts of a driver, gathered by `ndis-scan` from every
// translation unit and read back by the check's SummaryFile option:
//  - every function with external linkage defined in a file, by USR (Clang's
//    unified symbol resolution name: the same in every translation unit);
//  - the handler roles the driver gives functions (DriverEntry in driver.c
//    storing MpInitializeEx, which init.c defines);
//  - how each file is compiled, so a definition can be read from its file
//    when another file's analysis needs it;
//  - the first error of each file that does not parse.
// Written as JSON (docs/workflows.md shows its use; its format is versioned
// by "format").
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_SUMMARIES_DRIVERINDEX_H
#define NDIS_TIDY_SUMMARIES_DRIVERINDEX_H

#include "tidy-module/analysis/HandlerDiscovery.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class Decl;
} // namespace clang

namespace ndis {

/// One translation unit as ndis-scan parsed it.
struct IndexedFile {
  std::string File;      ///< absolute path of the main file
  std::string Directory; ///< working directory of the compile command
  /// The complete command line the file was parsed with (the compiler first,
  /// including the stand-in header directory ndis-scan added).
  std::vector<std::string> Arguments;
  std::string FirstError; ///< empty when the file parses
  /// The file's AST as ndis-scan saved it (ASTUnit::Save), read instead of
  /// parsing the file again; empty when there is none. Clang refuses an AST
  /// file whose inputs changed since, and the file is parsed then.
  std::string ASTFile;
};

/// One function defined in a file.
struct IndexedFunction {
  std::string Name;
  unsigned FileIndex = 0; ///< into DriverIndex::Files
  bool HasErrors = false; ///< its body contains errors
};

struct DriverIndex {
  static constexpr int Format = 1;

  std::vector<IndexedFile> Files;
  llvm::StringMap<IndexedFunction> Functions; ///< by USR
  llvm::StringMap<std::string> InitializeHandlers; ///< USR -> name
  llvm::StringMap<std::string> HaltHandlers;       ///< USR -> name

  /// Adds what one translation unit defines and names; the file is given
  /// by its index in Files.
  void addTranslationUnit(clang::ASTContext &Ctx, const DriverHandlers &Found,
                          unsigned FileIndex);
  /// Takes another index's facts (an index built per translation unit, in
  /// parallel, merged at the end).
  void merge(const DriverIndex &Other);

  const llvm::StringMap<std::string> &handlers(HandlerRole Role) const {
    return Role == HandlerRole::Initialize ? InitializeHandlers : HaltHandlers;
  }
  const IndexedFunction *function(llvm::StringRef USR) const {
    auto It = Functions.find(USR);
    return It == Functions.end() ? nullptr : &It->second;
  }

  std::string toJSON() const;
  static llvm::Expected<DriverIndex> fromJSON(llvm::StringRef Text);
  /// Reads a file written by toJSON (errors name the file).
  static llvm::Expected<DriverIndex> load(llvm::StringRef Path);
  /// Writes atomically (a temporary file, then a rename).
  llvm::Error save(llvm::StringRef Path) const;
};

/// The USR of a declaration; empty when Clang gives none.
std::string usrOf(const clang::Decl *D);

} // namespace ndis

#endif
