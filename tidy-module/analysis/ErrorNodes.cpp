//===- ErrorNodes.cpp - whether code Clang could not parse is in a body --===//

#include "tidy-module/analysis/ErrorNodes.h"
#include "clang/AST/Expr.h"

namespace ndis {

bool containsErrors(const clang::Stmt *S) {
  if (!S)
    return false;
  if (const auto *E = llvm::dyn_cast<clang::Expr>(S))
    if (E->containsErrors())
      return true;
  for (const clang::Stmt *Child : S->children())
    if (containsErrors(Child))
      return true;
  return false;
}

} // namespace ndis
