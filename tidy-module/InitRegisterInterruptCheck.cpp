//===- InitRegisterInterruptCheck.cpp - ndis-init-register-interrupt ------===//

#include "tidy-module/InitRegisterInterruptCheck.h"
#include "tidy-module/MissingWdkHeaderCallbacks.h"
#include "fixits/FixPlanner.h"
#include "tidy-module/analysis/LeakFinder.h"
#include "tidy-module/analysis/StatusDescription.h"
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
      StateBudget(Options.get("StateBudget", 250000U)),
      ReportSkippedHandlers(
          parseFlag(Options.get("ReportSkippedHandlers", "false"))) {}

void InitRegisterInterruptCheck::storeOptions(
    ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "InitializeHandlers", InitializeHandlers);
  Options.store(Opts, "HaltHandlers", HaltHandlers);
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
  ::ndis::LeakReport Report = ::ndis::findLeaks(*Result.Context, Opts);
  report(Report, *Result.Context);
}

// Two findings may want to edit the same text (two registrations leaking at
// one unbraced return). clang-tidy would apply one and drop the other; the
// later one is withheld instead, and says so: a second --fix run plans it
// against the fixed code.
static void withholdOverlapping(::ndis::FixPlan &Plan,
                                std::vector<CharSourceRange> &Offered,
                                const SourceManager &SM) {
  auto Overlaps = [&](CharSourceRange A, CharSourceRange B) {
    SourceLocation AE = A.getEnd(), BE = B.getEnd();
    return !SM.isBeforeInTranslationUnit(AE, B.getBegin()) &&
           !SM.isBeforeInTranslationUnit(BE, A.getBegin());
  };
  for (const FixItHint &H : Plan.Hints)
    for (const CharSourceRange &R : Offered)
      if (Overlaps(H.RemoveRange, R)) {
        Plan.Hints.clear();
        Plan.Reason = "its edit overlaps the fix for another registration; "
                      "run --fix again after applying that one";
        return;
      }
  for (const FixItHint &H : Plan.Hints)
    Offered.push_back(H.RemoveRange);
}

void InitRegisterInterruptCheck::report(const ::ndis::LeakReport &Report,
                                        ASTContext &Ctx) {
  const ::ndis::PathWalker &Walker = *Report.Walker;
  std::vector<CharSourceRange> Offered;

  for (const ::ndis::InitializeLeak &Leak : Report.InitializeLeaks) {
    const ::ndis::RegistrationSite &Site = Walker.site(Leak.Registration);
    ::ndis::FixPlan Plan = ::ndis::planInitializeFix(Ctx, Report, Leak);
    withholdOverlapping(Plan, Offered, Ctx.getSourceManager());
    {
      DiagnosticBuilder D =
          diag(Site.HandlerCall->getBeginLoc(),
               "%0 registered here is not deregistered when "
               "MiniportInitializeEx fails")
          << Site.Pair->Noun;
      for (const FixItHint &Hint : Plan.Hints)
        D << Hint;
    }
    for (const ::ndis::LeakingExit &Exit : Leak.Exits) {
      SourceLocation Loc = Exit.Where ? Exit.Where->getBeginLoc()
                                      : Leak.Handler->getBodyRBrace();
      diag(Loc, "MiniportInitializeEx fails here with the %0 still "
                "registered: %1",
           DiagnosticIDs::Note)
          << Site.Pair->Noun
          << ::ndis::describeStatus(Exit.Returned, Ctx);
    }
    if (Site.HandlerCall != Site.AcquireCall)
      diag(Site.AcquireCall->getBeginLoc(), "%0 registered by this call",
           DiagnosticIDs::Note)
          << Site.Pair->Noun;
    if (!Plan.Reason.empty())
      diag(Site.HandlerCall->getBeginLoc(), "no fix-it offered: %0",
           DiagnosticIDs::Note)
          << Plan.Reason;
  }

  for (const ::ndis::HaltLeak &Leak : Report.HaltLeaks) {
    const ::ndis::RegistrationSite &Site = Walker.site(Leak.Registration);
    ::ndis::FixPlan Plan = ::ndis::planHaltFix(Ctx, Report, Leak);
    withholdOverlapping(Plan, Offered, Ctx.getSourceManager());
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
  }

  if (ReportSkippedHandlers)
    for (const ::ndis::SkippedHandler &S : Report.Skipped)
      diag(S.Handler->getLocation(), "%0 was not analyzed: %1",
           DiagnosticIDs::Remark)
          << S.Handler << S.Reason;
}

} // namespace clang::tidy::ndis
