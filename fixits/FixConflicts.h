//===- FixConflicts.h - one edit per stretch of text across findings ------===//
//
// Two findings may want to edit the same text (two registrations leaking at
// one unbraced return). clang-tidy would apply one fix and drop the other
// silently. The findings of a handler are planned in order, and a plan whose
// edits overlap an earlier plan's is withheld instead, with a reason: a
// second --fix run plans it against the fixed code. A plan making exactly
// the edits of an earlier one (one NULL-guarded release serving two
// registrations into the same handle) is withheld as covered by it. The check and the
// fuzzing target both go through this, so what the fuzzer checks is what
// users get.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_FIXITS_FIXCONFLICTS_H
#define NDIS_TIDY_FIXITS_FIXCONFLICTS_H

#include "fixits/FixPlanner.h"
#include "clang/Basic/SourceLocation.h"
#include <vector>

namespace clang {
class SourceManager;
}

namespace ndis {

class OfferedFixes {
public:
  explicit OfferedFixes(const clang::SourceManager &SM) : SM(SM) {}

  /// Keeps `Plan` if none of its edits overlaps an edit offered before, and
  /// remembers its edits; otherwise empties it and says why. Returns whether
  /// the plan was kept.
  bool admit(FixPlan &Plan);

private:
  bool overlaps(clang::CharSourceRange A, clang::CharSourceRange B) const;

  const clang::SourceManager &SM;
  std::vector<clang::FixItHint> Offered;
};

} // namespace ndis

#endif
