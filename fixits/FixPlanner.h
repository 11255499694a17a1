//===- FixPlanner.h - where the missing release goes ----------------------===//
//
// Turns a leak found by the analysis into fix-it hints: the release call at
// the cleanup point the leaking paths share, guarded when that point is also
// reached by paths that have nothing to release. Every candidate is tested by
// walking the handler again with the release in place (PlannedRelease): it
// is offered only if no leak remains on the paths it serves, it never runs
// without a live handle, and it never runs on a path that returns success.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_FIXITS_FIXPLANNER_H
#define NDIS_TIDY_FIXITS_FIXPLANNER_H

#include "tidy-module/analysis/LeakFinder.h"
#include "clang/Basic/Diagnostic.h"
#include "llvm/ADT/SmallVector.h"
#include <string>

namespace ndis {

struct FixPlan {
  llvm::SmallVector<clang::FixItHint, 2> Hints;
  /// Why there is no fix, when there is none.
  std::string Reason;
};

FixPlan planInitializeFix(clang::ASTContext &Ctx, const LeakReport &Report,
                          const InitializeLeak &Leak);
FixPlan planHaltFix(clang::ASTContext &Ctx, const LeakReport &Report,
                    const HaltLeak &Leak);

} // namespace ndis

#endif
