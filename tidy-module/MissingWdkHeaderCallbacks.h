//===- MissingWdkHeaderCallbacks.h - explain a missing <ndis.h> -----------===//
//
// Without <ndis.h> nothing of a driver parses, and Clang's own "file not
// found" does not say how to fix it with ndis-tidy: this says it once, at
// the include, naming the flag that switched the stand-in headers off and
// how plugin users add them.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_MISSINGWDKHEADERCALLBACKS_H
#define NDIS_TIDY_MISSINGWDKHEADERCALLBACKS_H

#include "clang/Lex/PPCallbacks.h"
#include <functional>

namespace clang::tidy::ndis {

class MissingWdkHeaderCallbacks : public PPCallbacks {
public:
  using Reporter = std::function<void(SourceLocation, StringRef)>;
  explicit MissingWdkHeaderCallbacks(Reporter Report)
      : Report(std::move(Report)) {}

  void InclusionDirective(SourceLocation HashLoc, const Token &IncludeTok,
                          StringRef FileName, bool IsAngled,
                          CharSourceRange FilenameRange,
                          OptionalFileEntryRef File, StringRef SearchPath,
                          StringRef RelativePath,
                          const Module *SuggestedModule, bool ModuleImported,
                          SrcMgr::CharacteristicKind FileType) override;

private:
  Reporter Report;
  bool Reported = false;
};

} // namespace clang::tidy::ndis

#endif
