//===- StatusDescription.cpp - say what status a path returns -------------===//

#include "tidy-module/analysis/StatusDescription.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;

namespace ndis {

std::string describeStatus(const Value &Status, const ASTContext &Ctx) {
  const Expr *Origin = Status.origin();
  if (const auto *Call = dyn_cast_or_null<CallExpr>(Origin))
    if (const FunctionDecl *FD = Call->getDirectCallee())
      return "returns the status of '" + FD->getNameAsString() + "'";
  if (std::optional<int64_t> V = Status.exactValue()) {
    if (Origin && Origin->getBeginLoc().isMacroID()) {
      // The outermost macro the constant was written with: the name the
      // driver writer used.
      const SourceManager &SM = Ctx.getSourceManager();
      SourceLocation Loc = Origin->getBeginLoc();
      StringRef Name;
      while (Loc.isMacroID()) {
        Name = Lexer::getImmediateMacroName(Loc, SM, Ctx.getLangOpts());
        Loc = SM.getImmediateMacroCallerLoc(Loc);
      }
      if (!Name.empty())
        return ("returns " + Name).str();
    }
    std::string Text;
    llvm::raw_string_ostream OS(Text);
    OS << "returns status " << llvm::format_hex(static_cast<uint32_t>(*V), 10);
    return OS.str();
  }
  if (Status.isNegative() == Truth::True || Status.truth() == Truth::True)
    return "returns a failure status";
  return "returns a status that may be a failure";
}

} // namespace ndis
