//===- DefinitionImporter.h - bring other files' functions into this one -===//
//
// ExternalDefinitions backed by a DriverIndex: when the walk meets a call to
// a function this translation unit only declares, the index says which file
// defines it and how that file is compiled; the file is parsed (once per
// analysis) and the definition imported into this translation unit's
// ASTContext with Clang's ASTImporter. The walk then treats it like a local
// helper: one analysis, whether the helper is in this file or another.
//
// Handlers named in other files are added when this translation unit
// defines a handler itself: initialize needs halt to be checked, halt needs
// initialize's successful states. A file without handlers imports nothing,
// so per-file runs over the rest of the driver stay as fast as before.
//
// A definition is not imported from a file that does not parse, or when the
// import fails; the call stays code without a body, and gaps() says why.
//
// A file is read from the AST ndis-scan saved for it when there is one (much
// cheaper than parsing), else parsed. At most MaxOpenFiles files are kept
// open at a time (the least recently used is closed; what was imported from
// it stays), so memory is bounded by a few translation units, not by the
// size of the driver.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_SUMMARIES_DEFINITIONIMPORTER_H
#define NDIS_TIDY_SUMMARIES_DEFINITIONIMPORTER_H

#include "tidy-module/analysis/ExternalDefinitions.h"
#include "tidy-module/summaries/DriverIndex.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include <map>
#include <optional>
#include <memory>

namespace clang {
class ASTContext;
class ASTImporter;
class ASTImporterSharedState;
class ASTUnit;
class FileManager;
} // namespace clang

namespace ndis {

class DefinitionImporter : public ExternalDefinitions {
public:
  DefinitionImporter(clang::ASTContext &Ctx, clang::FileManager &FM,
                     const DriverIndex &Index);
  ~DefinitionImporter() override;

  const clang::FunctionDecl *
  definitionOf(const clang::FunctionDecl *FD) override;
  void addDriverHandlers(DriverHandlers &Handlers) override;
  std::vector<std::string> gaps() const override { return Gaps; }

  static constexpr unsigned MaxOpenFiles = 6;

private:
  struct SourceFile;
  SourceFile *sourceFile(unsigned FileIndex);
  std::unique_ptr<clang::ASTUnit> openFile(const IndexedFile &F);
  void closeLeastRecentlyUsed();
  const clang::FunctionDecl *importDefinition(llvm::StringRef USR,
                                              llvm::StringRef Name);
  void noteGap(const std::string &Gap);
  /// The index entry of the translation unit being checked, or -1; looked
  /// up at the first import (a file that imports nothing never asks).
  int thisFile();

  clang::ASTContext &Ctx;
  clang::FileManager &FM;
  const DriverIndex &Index;
  std::shared_ptr<clang::ASTImporterSharedState> Shared;
  std::map<unsigned, std::unique_ptr<SourceFile>> Sources;
  llvm::DenseMap<const clang::FunctionDecl *, const clang::FunctionDecl *>
      Resolved; ///< by canonical declaration; null: none
  llvm::StringMap<const clang::FunctionDecl *> Imported; ///< by USR
  std::vector<std::string> Gaps;
  std::vector<unsigned> UseOrder; ///< open files, least recently used first
  std::optional<int> ThisFile;
};

} // namespace ndis

#endif
