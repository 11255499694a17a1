//===- FixPlanner.cpp - where the missing release goes --------------------===//

#include "fixits/FixPlanner.h"

namespace ndis {

FixPlan planInitializeFix(clang::ASTContext &, const LeakReport &,
                          const InitializeLeak &) {
  return {};
}

FixPlan planHaltFix(clang::ASTContext &, const LeakReport &,
                    const HaltLeak &) {
  return {};
}

} // namespace ndis
