//===- InitRegisterInterruptCheck.h - ndis-init-register-interrupt --------===//
//
// Finds interrupts registered with NdisMRegisterInterruptEx that are not
// deregistered on a failure path of MiniportInitializeEx or on a path
// through MiniportHaltEx (Static Driver Verifier rule Init_RegisterInterrupt).
//
// For the user-facing documentation, see
// docs/checks/ndis-init-register-interrupt.rst
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_INITREGISTERINTERRUPTCHECK_H
#define NDIS_TIDY_INITREGISTERINTERRUPTCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include <string>

namespace ndis {
struct LeakReport;
struct LeakingExit;
} // namespace ndis

namespace clang::tidy::ndis {

class InitRegisterInterruptCheck : public ClangTidyCheck {
public:
  InitRegisterInterruptCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return !LangOpts.ObjC;
  }

private:
  void report(const ::ndis::LeakReport &Report, ASTContext &Ctx);
  void noteFailingStep(const ::ndis::LeakingExit &Exit, SourceLocation ExitLoc,
                       const SourceManager &SM);
  void noteGaps(const ::ndis::LeakReport &Report, SourceLocation Loc);

  const std::string InitializeHandlers;
  const std::string HaltHandlers;
  /// The driver index `ndis-scan --export-summaries` wrote; empty: none.
  const std::string SummaryFile;
  const unsigned StateBudget;
  const bool ReportSkippedHandlers;
};

} // namespace clang::tidy::ndis

#endif
