//===- StatementWalk.h - every statement under one, cheaply ---------------===//
//
// Searches that look at a few kinds of statement (assignments, calls,
// declarations) in whole function bodies cost several times more through
// RecursiveASTVisitor, which also visits every type, name and implicit node.
// This walks children() alone, with an explicit stack.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ANALYSIS_STATEMENTWALK_H
#define NDIS_TIDY_ANALYSIS_STATEMENTWALK_H

#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/SmallVector.h"
#include <algorithm>

namespace ndis {

/// Calls `Visit` on `Root` and on every statement under it, each before what
/// it contains, in source order. `Visit` returns whether to go into the
/// statement's children. `StmtT` is `clang::Stmt` or `const clang::Stmt`.
template <typename StmtT, typename VisitFn>
void walkStatements(StmtT *Root, VisitFn Visit) {
  llvm::SmallVector<StmtT *, 64> Stack;
  if (Root)
    Stack.push_back(Root);
  while (!Stack.empty()) {
    StmtT *S = Stack.pop_back_val();
    if (!Visit(S))
      continue;
    // Leaves and single children without children(), which is out of line
    // and the larger part of a walk's cost.
    if (llvm::isa<clang::DeclRefExpr, clang::IntegerLiteral,
                  clang::CharacterLiteral, clang::StringLiteral,
                  clang::FloatingLiteral>(S))
      continue;
    if (auto *Cast = llvm::dyn_cast<clang::ImplicitCastExpr>(S)) {
      if (StmtT *Sub = Cast->getSubExpr())
        Stack.push_back(Sub);
      continue;
    }
    // Reversed onto the stack, so that the first child comes off first.
    size_t Mark = Stack.size();
    for (StmtT *Child : S->children())
      if (Child)
        Stack.push_back(Child);
    std::reverse(Stack.begin() + Mark, Stack.end());
  }
}

} // namespace ndis

#endif
