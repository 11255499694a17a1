//===- FixConflicts.cpp - one edit per stretch of text across findings ----===//

#include "fixits/FixConflicts.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;

namespace ndis {

bool OfferedFixes::overlaps(CharSourceRange A, CharSourceRange B) const {
  return !SM.isBeforeInTranslationUnit(A.getEnd(), B.getBegin()) &&
         !SM.isBeforeInTranslationUnit(B.getEnd(), A.getBegin());
}

bool OfferedFixes::admit(FixPlan &Plan) {
  // The same edit as an earlier plan: one release serves both findings
  // (two registrations into one handle, guarded by the handle).
  if (!Plan.Hints.empty() &&
      llvm::all_of(Plan.Hints, [&](const FixItHint &H) {
        return llvm::any_of(Offered, [&](const FixItHint &Old) {
          return Old.RemoveRange.getAsRange() == H.RemoveRange.getAsRange() &&
                 Old.CodeToInsert == H.CodeToInsert;
        });
      })) {
    Plan.Hints.clear();
    Plan.Reason = "the fix for another registration of this handle releases "
                  "this one too";
    return false;
  }
  for (const FixItHint &H : Plan.Hints)
    for (const FixItHint &Old : Offered)
      if (overlaps(H.RemoveRange, Old.RemoveRange)) {
        Plan.Hints.clear();
        Plan.Reason = "its edit overlaps the fix for another registration; "
                      "run --fix again after applying that one";
        return false;
      }
  Offered.insert(Offered.end(), Plan.Hints.begin(), Plan.Hints.end());
  return true;
}

} // namespace ndis
