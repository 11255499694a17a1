//===- ErrorNodes.h - whether code Clang could not parse is in a body ----===//
//
// A function whose body holds an expression Clang recovered from an error
// (RecoveryExpr, or anything built on one) is not analyzed, imported or
// offered a fix: what it does is not known.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ANALYSIS_ERRORNODES_H
#define NDIS_TIDY_ANALYSIS_ERRORNODES_H

namespace clang {
class Stmt;
}

namespace ndis {

bool containsErrors(const clang::Stmt *S);

} // namespace ndis

#endif
