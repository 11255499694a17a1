//===- ErrorNodes.cpp - whether code Clang could not parse is in a body --===//

#include "tidy-module/analysis/ErrorNodes.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"

namespace ndis {

bool containsErrors(const clang::Stmt *S) {
  if (!S)
    return false;
  if (const auto *E = llvm::dyn_cast<clang::Expr>(S)) {
    if (E->containsErrors())
      return true;
    // An expression's error bit covers its subexpressions; only statements
    // nested in one (a GNU statement expression, a lambda's or a block's
    // body) need looking into.
    if (!llvm::isa<clang::StmtExpr, clang::LambdaExpr, clang::BlockExpr>(E))
      return false;
  }
  for (const clang::Stmt *Child : S->children())
    if (containsErrors(Child))
      return true;
  return false;
}

} // namespace ndis
