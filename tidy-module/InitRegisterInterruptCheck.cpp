//===- InitRegisterInterruptCheck.cpp - ndis-init-register-interrupt ------===//

#include "tidy-module/InitRegisterInterruptCheck.h"
#include "tidy-module/MissingWdkHeaderCallbacks.h"
#include "fixits/FixConflicts.h"
#include "fixits/FixPlanner.h"
#include "tidy-module/analysis/LeakFinder.h"
#include "tidy-module/analysis/StatusDescription.h"
#include "tidy-module/summaries/DefinitionImporter.h"
#include "tidy-module/summaries/SummaryCache.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/Preprocessor.h"

using namespace clang::ast_matchers;

namespace clang::tidy::ndis {

// Boolean options are read as text: the bool specialisations of
// OptionsView::get/store are mangled differently by GCC and by the Clang
// that built Debian's LLVM, so a GCC-built module could not link to them.
static bool parseFlag(StringRef Text) {
  return Text.equals_insensitive("true") || Text == "1";
}

InitRegisterInterruptCheck::InitRegisterInterruptCheck(
    StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      InitializeHandlers(Options.get("InitializeHandlers", "")),
      HaltHandlers(Options.get("HaltHandlers", "")),
      SummaryFile(Options.get("SummaryFile", "")),
      StateBudget(Options.get("StateBudget", 250000U)),
      ReportSkippedHandlers(
          parseFlag(Options.get("ReportSkippedHandlers", "false"))) {}

void InitRegisterInterruptCheck::storeOptions(
    ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "InitializeHandlers", InitializeHandlers);
  Options.store(Opts, "HaltHandlers", HaltHandlers);
  Options.store(Opts, "SummaryFile", SummaryFile);
  Options.store(Opts, "StateBudget", StateBudget);
  Options.store(Opts, "ReportSkippedHandlers",
                ReportSkippedHandlers ? "true" : "false");
}

void InitRegisterInterruptCheck::registerMatchers(MatchFinder *Finder) {
  // The handlers, the driver characteristics that name them and the helpers
  // they call can be anywhere in the file: the analysis needs all of it.
  Finder->addMatcher(translationUnitDecl().bind("tu"), this);
}

void InitRegisterInterruptCheck::registerPPCallbacks(
    const SourceManager &, Preprocessor *PP, Preprocessor *) {
  PP->addPPCallbacks(std::make_unique<MissingWdkHeaderCallbacks>(
      [this](SourceLocation Loc, StringRef Header) {
        diag(Loc,
             "'%0' was not found, so this file cannot be analyzed: ndis-tidy "
             "supplies stand-in WDK headers unless --no-stand-in-headers is "
             "given; drop that flag, add the WDK's include directories (-I), "
             "or, with the clang-tidy plugin, pass "
             "--extra-arg=-idirafter<ndis-tidy>/share/ndis-tidy/include",
             DiagnosticIDs::Error)
            << Header;
      }));
}

void InitRegisterInterruptCheck::check(const MatchFinder::MatchResult &Result) {
  if (!Result.Nodes.getNodeAs<TranslationUnitDecl>("tu"))
    return;
  ::ndis::LeakFinderOptions Opts;
  Opts.ExtraHandlers.Initialize = ::ndis::splitHandlerNames(InitializeHandlers);
  Opts.ExtraHandlers.Halt = ::ndis::splitHandlerNames(HaltHandlers);
  Opts.Limits.MaxBlockVisits = StateBudget;
  std::unique_ptr<::ndis::DefinitionImporter> Importer;
  std::shared_ptr<const ::ndis::DriverIndex> Index;
  if (!SummaryFile.empty()) {
    llvm::Expected<std::shared_ptr<const ::ndis::DriverIndex>> Loaded =
        ::ndis::loadSummaryFile(SummaryFile);
    if (!Loaded) {
      // Said once per file, at its start; the check still runs on the file.
      const SourceManager &SM = *Result.SourceManager;
      diag(SM.getLocForStartOfFile(SM.getMainFileID()),
           "SummaryFile not used, so other files of the driver are not "
           "seen: %0",
           DiagnosticIDs::Warning)
          << llvm::toString(Loaded.takeError());
    } else {
      Index = std::move(*Loaded);
      Importer = std::make_unique<::ndis::DefinitionImporter>(
          *Result.Context, Result.SourceManager->getFileManager(), *Index);
      Opts.External = Importer.get();
    }
  }
  ::ndis::LeakReport Report = ::ndis::findLeaks(*Result.Context, Opts);
  report(Report, *Result.Context);
}

// The step that made initialize fail, when it is not the exit itself
// (`return NDIS_STATUS_FAILURE;`): the call whose status is returned, or the
// assignment of a failure status.
void InitRegisterInterruptCheck::noteFailingStep(
    const ::ndis::LeakingExit &Exit, SourceLocation ExitLoc,
    const SourceManager &SM) {
  const Expr *Origin = Exit.Returned.origin();
  if (!Origin || Origin->getBeginLoc().isInvalid())
    return;
  SourceLocation Loc = SM.getExpansionLoc(Origin->getBeginLoc());
  auto Within = [&](const Stmt *S) {
    return S && SM.isPointWithin(Loc, SM.getExpansionLoc(S->getBeginLoc()),
                                 SM.getExpansionLoc(S->getEndLoc()));
  };
  if (Within(Exit.Where) || Within(Exit.Return) ||
      Loc == SM.getExpansionLoc(ExitLoc))
    return;
  diag(Loc, "the failure comes from here", DiagnosticIDs::Note);
}

// Functions of other files the analysis needed but could not use.
void InitRegisterInterruptCheck::noteGaps(const ::ndis::LeakReport &Report,
                                          SourceLocation Loc) {
  for (const std::string &Gap : Report.Gaps)
    diag(Loc, "this result may be incomplete: %0", DiagnosticIDs::Note)
        << Gap;
}

void InitRegisterInterruptCheck::report(const ::ndis::LeakReport &Report,
                                        ASTContext &Ctx) {
  const ::ndis::PathWalker &Walker = *Report.Walker;
  ::ndis::OfferedFixes Offered(Ctx.getSourceManager());

  for (const ::ndis::InitializeLeak &Leak : Report.InitializeLeaks) {
    const ::ndis::RegistrationSite &Site = Walker.site(Leak.Registration);
    ::ndis::FixPlan Plan = ::ndis::planInitializeFix(Ctx, Report, Leak);
    Offered.admit(Plan);
    {
      DiagnosticBuilder D =
          diag(Site.HandlerCall->getBeginLoc(),
               "%0 registered here is not deregistered when "
               "MiniportInitializeEx fails")
          << Site.Pair->Noun;
      for (const FixItHint &Hint : Plan.Hints)
        D << Hint;
    }
    if (Site.HandlerCall != Site.AcquireCall)
      diag(Site.AcquireCall->getBeginLoc(), "%0 registered by this call",
           DiagnosticIDs::Note)
          << Site.Pair->Noun;
    for (const ::ndis::LeakingExit &Exit : Leak.Exits) {
      SourceLocation Loc = Exit.Where ? Exit.Where->getBeginLoc()
                                      : Leak.Handler->getBodyRBrace();
      noteFailingStep(Exit, Loc, Ctx.getSourceManager());
      diag(Loc, "MiniportInitializeEx fails here with the %0 still "
                "registered: %1",
           DiagnosticIDs::Note)
          << Site.Pair->Noun
          << ::ndis::describeStatus(Exit.Returned, Ctx);
    }
    if (!Plan.Reason.empty())
      diag(Site.HandlerCall->getBeginLoc(), "no fix-it offered: %0",
           DiagnosticIDs::Note)
          << Plan.Reason;
    noteGaps(Report, Site.HandlerCall->getBeginLoc());
  }

  for (const ::ndis::HaltLeak &Leak : Report.HaltLeaks) {
    const ::ndis::RegistrationSite &Site = Walker.site(Leak.Registration);
    ::ndis::FixPlan Plan = ::ndis::planHaltFix(Ctx, Report, Leak);
    Offered.admit(Plan);
    {
      DiagnosticBuilder D =
          diag(Leak.Halt->getLocation(),
               "MiniportHaltEx handler %0 can return without deregistering "
               "the %1")
          << Leak.Halt << Site.Pair->Noun;
      for (const FixItHint &Hint : Plan.Hints)
        D << Hint;
    }
    diag(Site.HandlerCall->getBeginLoc(), "%0 registered here%select{| in %2}1",
         DiagnosticIDs::Note)
        << Site.Pair->Noun << (Leak.Initialize != nullptr) << Leak.Initialize;
    for (const Stmt *Exit : Leak.Exits) {
      SourceLocation Loc =
          Exit ? Exit->getBeginLoc() : Leak.Halt->getBodyRBrace();
      diag(Loc, "returns here with the %0 still registered",
           DiagnosticIDs::Note)
          << Site.Pair->Noun;
    }
    if (!Plan.Reason.empty())
      diag(Leak.Halt->getLocation(), "no fix-it offered: %0",
           DiagnosticIDs::Note)
          << Plan.Reason;
    noteGaps(Report, Leak.Halt->getLocation());
  }

  if (ReportSkippedHandlers) {
    for (const ::ndis::SkippedHandler &S : Report.Skipped)
      diag(S.Handler->getLocation(), "%0 was not analyzed: %1",
           DiagnosticIDs::Remark)
          << S.Handler << S.Reason;
    // Said even when nothing was found: a missing definition can hide a leak.
    for (const FunctionDecl *Init : Report.Handlers.Initialize)
      if (Init->hasBody() && Ctx.getSourceManager().isInMainFile(
                                 Ctx.getSourceManager().getExpansionLoc(
                                     Init->getLocation())))
        for (const std::string &Gap : Report.Gaps)
          diag(Init->getLocation(), "the analysis of %0 may be incomplete: %1",
               DiagnosticIDs::Remark)
              << Init << Gap;
  }
}

} // namespace clang::tidy::ndis
