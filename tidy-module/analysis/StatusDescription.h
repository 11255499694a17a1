//===- StatusDescription.h - say what status a path returns ---------------===//

#ifndef NDIS_TIDY_ANALYSIS_STATUSDESCRIPTION_H
#define NDIS_TIDY_ANALYSIS_STATUSDESCRIPTION_H

#include "tidy-module/analysis/AbstractValue.h"
#include <string>

namespace clang {
class ASTContext;
}

namespace ndis {

/// "returns NDIS_STATUS_RESOURCES", "returns the status of 'MpInitHw'",
/// "returns a status that may be a failure".
std::string describeStatus(const Value &Status, const clang::ASTContext &Ctx);

} // namespace ndis

#endif
