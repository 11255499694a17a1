//===- FixConflicts.cpp - one edit per stretch of text across findings ----===//

#include "fixits/FixConflicts.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace ndis {

bool OfferedFixes::overlaps(CharSourceRange A, CharSourceRange B) const {
  return !SM.isBeforeInTranslationUnit(A.getEnd(), B.getBegin()) &&
         !SM.isBeforeInTranslationUnit(B.getEnd(), A.getBegin());
}

bool OfferedFixes::admit(FixPlan &Plan) {
  for (const FixItHint &H : Plan.Hints)
    for (const CharSourceRange &R : Offered)
      if (overlaps(H.RemoveRange, R)) {
        Plan.Hints.clear();
        Plan.Reason = "its edit overlaps the fix for another registration; "
                      "run --fix again after applying that one";
        return false;
      }
  for (const FixItHint &H : Plan.Hints)
    Offered.push_back(H.RemoveRange);
  return true;
}

} // namespace ndis
