//===- RegistrationFlags.cpp - flags a driver sets when it registers ------===//

#include "fixits/RegistrationFlags.h"
#include "fixits/HandleRendering.h"
#include "tidy-module/analysis/IntegerConstants.h"
#include "tidy-module/analysis/PlatformHeaders.h"
#include "tidy-module/analysis/StatementWalk.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;

namespace ndis {

namespace {

class FlagCollector {
public:
  FlagCollector(ASTContext &Ctx, const FunctionDecl *Handler,
                const FunctionDecl *RenderIn, SourceLocation After)
      : Ctx(Ctx), Platform(Ctx.getSourceManager()), Handler(Handler),
        RenderIn(RenderIn), After(After) {}

  /// Looks at `Root`'s statements in source order, each before what it
  /// contains (a call's callee before its arguments): only assignments and
  /// calls are of interest.
  void scan(const Stmt *Root) {
    walkStatements(Root, [&](const Stmt *S) {
      if (const auto *BO = dyn_cast<BinaryOperator>(S))
        VisitBinaryOperator(BO);
      else if (const auto *CE = dyn_cast<CallExpr>(S))
        VisitCallExpr(CE);
      return true;
    });
  }

  bool VisitBinaryOperator(const BinaryOperator *BO) {
    if (BO->getOpcode() != BO_Assign && BO->getOpcode() != BO_OrAssign)
      return true;
    const SourceManager &SM = Ctx.getSourceManager();
    // In the handler only what follows the registration counts.
    if (InHandler && !SM.isBeforeInTranslationUnit(
                         After, SM.getExpansionLoc(BO->getBeginLoc())))
      return true;
    // The driver's own storage first: most assignments after the
    // registration fill in NDIS structures, and folding their right sides
    // would be wasted.
    const Expr *Lhs = BO->getLHS()->IgnoreParenImpCasts();
    StorageKey Key = nullptr;
    if (const auto *DRE = dyn_cast<DeclRefExpr>(Lhs))
      Key = dyn_cast<VarDecl>(DRE->getDecl());
    else if (const auto *ME = dyn_cast<MemberExpr>(Lhs))
      Key = dyn_cast<FieldDecl>(ME->getMemberDecl());
    if (!Key || Platform.contains(Key->getLocation()))
      return true;
    const Expr *Rhs = BO->getRHS();
    std::optional<llvm::APSInt> Set = integerConstant(Rhs, Ctx);
    if (!Set || *Set == 0 || !looksLikeFlag(Key, BO, *Set))
      return true;
    std::optional<std::string> Where = renderLocation(Ctx, Key, RenderIn);
    if (!Where)
      return true;
    RegistrationFlag Flag;
    if (BO->getOpcode() == BO_Assign) {
      Flag.Guard = ReleaseGuard::flag(Key, 0);
      Flag.Condition = *Where;
    } else {
      uint64_t Mask = Set->getZExtValue();
      Flag.Guard = ReleaseGuard::flag(Key, Mask);
      Flag.Condition = *Where + " & " + maskText(Rhs, Mask);
    }
    for (const RegistrationFlag &Old : Found)
      if (Old.Guard == Flag.Guard)
        return true;
    if (Found.size() < MaxFlags)
      Found.push_back(std::move(Flag));
    return true;
  }

  bool VisitCallExpr(const CallExpr *CE) {
    // Flags set by the helpers the handler calls, one level down.
    const FunctionDecl *Callee = CE->getDirectCallee();
    if (!InHandler || !Callee || !Callee->getDefinition() ||
        !Callee->getDefinition()->getBody())
      return true;
    const SourceManager &SM = Ctx.getSourceManager();
    if (!SM.isBeforeInTranslationUnit(After,
                                      SM.getExpansionLoc(CE->getBeginLoc())) &&
        SM.getExpansionLoc(CE->getBeginLoc()) != After)
      return true;
    InHandler = false;
    scan(Callee->getDefinition()->getBody());
    InHandler = true;
    return true;
  }

  std::vector<RegistrationFlag> Found;

private:
  /// Each candidate costs the planner walks of the handler.
  static constexpr size_t MaxFlags = 4;

  /// The driver's own storage (not an NDIS structure it fills in, such as
  /// the general attributes), and a flag's shape: a bit OR-ed in, or a
  /// boolean-like variable or field set to TRUE.
  bool looksLikeFlag(StorageKey Key, const BinaryOperator *BO,
                     const llvm::APSInt &Value) const {
    if (BO->getOpcode() == BO_OrAssign)
      return true;
    QualType T = Key->getType();
    return T->isBooleanType() ||
           (T->isIntegerType() && Ctx.getTypeSize(T) <= 8) || Value == 1;
  }

  /// The name the driver gave the bit (`fMP_INTERRUPT_REGISTERED`), else hex.
  std::string maskText(const Expr *Rhs, uint64_t Mask) {
    const SourceManager &SM = Ctx.getSourceManager();
    SourceLocation Loc = Rhs->IgnoreParenCasts()->getBeginLoc();
    if (Loc.isMacroID()) {
      StringRef Name = Lexer::getImmediateMacroName(Loc, SM, Ctx.getLangOpts());
      if (!Name.empty())
        return Name.str();
    } else if (Loc.isValid()) {
      CharSourceRange Range = CharSourceRange::getTokenRange(Rhs->getSourceRange());
      bool Invalid = false;
      StringRef Text =
          Lexer::getSourceText(Range, SM, Ctx.getLangOpts(), &Invalid);
      if (!Invalid && !Text.empty())
        return Text.str();
    }
    std::string Hex;
    llvm::raw_string_ostream OS(Hex);
    OS << llvm::format_hex(Mask, 2);
    return OS.str();
  }

  ASTContext &Ctx;
  /// Fields the platform declares are NDIS structures being filled in.
  PlatformHeaders Platform;
  const FunctionDecl *Handler;
  /// Where the condition is written (initialize, or halt for its fix).
  const FunctionDecl *RenderIn;
  SourceLocation After;
  bool InHandler = true;
};

} // namespace

std::vector<RegistrationFlag> registrationFlags(ASTContext &Ctx,
                                                const FunctionDecl *Handler,
                                                const RegistrationSite &Site,
                                                const FunctionDecl *RenderIn) {
  if (!Handler->getBody() || !Site.HandlerCall)
    return {};
  SourceLocation After =
      Ctx.getSourceManager().getExpansionLoc(Site.HandlerCall->getBeginLoc());
  FlagCollector C(Ctx, Handler, RenderIn ? RenderIn : Handler, After);
  C.scan(Handler->getBody());
  return std::move(C.Found);
}

} // namespace ndis
