//===- HandleRendering.cpp - name the handle where the fix goes -----------===//

#include "fixits/HandleRendering.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace ndis {

namespace {

/// Field path from `From` to the record declaring `Target`, through embedded
/// structures only: "Hw." for Adapter->Hw.InterruptHandle.
bool embeddedPath(const RecordDecl *From, const FieldDecl *Target,
                  std::string &Path, unsigned Depth = 0) {
  if (!From || Depth > 4)
    return false;
  From = From->getDefinition();
  if (!From)
    return false;
  if (Target->getParent() == From) {
    Path += Target->getName().str();
    return true;
  }
  if (const auto *CXX = dyn_cast<CXXRecordDecl>(From))
    for (const CXXBaseSpecifier &B : CXX->bases())
      if (const RecordDecl *Base = B.getType()->getAsRecordDecl()) {
        std::string Inner = Path;
        if (embeddedPath(Base, Target, Inner, Depth + 1)) {
          Path = Inner;
          return true;
        }
      }
  for (const FieldDecl *F : From->fields())
    if (const RecordDecl *Inner = F->getType()->getAsRecordDecl()) {
      std::string Sub = Path + F->getName().str() + ".";
      if (embeddedPath(Inner, Target, Sub, Depth + 1)) {
        Path = Sub;
        return true;
      }
    }
  return false;
}

class VarCollector : public RecursiveASTVisitor<VarCollector> {
public:
  std::vector<const VarDecl *> Vars;
  bool VisitVarDecl(VarDecl *VD) {
    Vars.push_back(VD);
    return true;
  }
};

std::vector<const VarDecl *> variablesOf(const FunctionDecl *FD) {
  std::vector<const VarDecl *> Vars(FD->param_begin(), FD->param_end());
  VarCollector C;
  if (FD->getBody())
    C.TraverseStmt(FD->getBody());
  // Locals declared at the top of the body come first.
  Vars.insert(Vars.end(), C.Vars.begin(), C.Vars.end());
  return Vars;
}

/// Text of `&<global>.<fields>` without the `&`, when written outside macros.
std::optional<std::string> globalHandleText(ASTContext &Ctx,
                                            const Expr *HandleArg) {
  const auto *U = dyn_cast<UnaryOperator>(HandleArg->IgnoreParenImpCasts());
  if (!U || U->getOpcode() != UO_AddrOf)
    return std::nullopt;
  const Expr *Base = U->getSubExpr()->IgnoreParenImpCasts();
  while (const auto *ME = dyn_cast<MemberExpr>(Base))
    Base = ME->getBase()->IgnoreParenImpCasts();
  const auto *Ref = dyn_cast<DeclRefExpr>(Base);
  const auto *VD = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!VD || VD->hasLocalStorage() || VD->isStaticLocal())
    return std::nullopt;
  CharSourceRange R =
      CharSourceRange::getTokenRange(U->getSubExpr()->getSourceRange());
  if (R.getBegin().isMacroID() || R.getEnd().isMacroID())
    return std::nullopt;
  bool Invalid = false;
  StringRef Text = Lexer::getSourceText(R, Ctx.getSourceManager(),
                                        Ctx.getLangOpts(), &Invalid);
  if (Invalid || Text.empty())
    return std::nullopt;
  return Text.str();
}

} // namespace

const RecordDecl *handleOwner(const RegistrationSite &Site) {
  if (const auto *F = dyn_cast_or_null<FieldDecl>(Site.HandleKey))
    return F->getParent();
  return nullptr;
}

const VarDecl *adapterVariable(const FunctionDecl *Where,
                               const RecordDecl *Owner) {
  const auto *Target = Owner;
  for (const VarDecl *VD : variablesOf(Where)) {
    QualType T = VD->getType();
    if (!T->isPointerType())
      continue;
    const RecordDecl *RD = T->getPointeeType()->getAsRecordDecl();
    if (RD && RD->getCanonicalDecl() == Target->getCanonicalDecl())
      return VD;
  }
  return nullptr;
}

std::optional<std::string> renderHandle(ASTContext &Ctx,
                                        const RegistrationSite &Site,
                                        const FunctionDecl *Where,
                                        bool WhereRegisters) {
  // Written directly in this function as `&<expr>`: reuse the driver's text.
  if (WhereRegisters && Site.HandleArg &&
      Site.HandlerCall == Site.AcquireCall) {
    const Expr *Arg = Site.HandleArg->IgnoreParenImpCasts();
    if (const auto *U = dyn_cast<UnaryOperator>(Arg))
      if (U->getOpcode() == UO_AddrOf) {
        CharSourceRange R =
            CharSourceRange::getTokenRange(U->getSubExpr()->getSourceRange());
        if (!R.getBegin().isMacroID() && !R.getEnd().isMacroID()) {
          bool Invalid = false;
          StringRef Text = Lexer::getSourceText(R, Ctx.getSourceManager(),
                                                Ctx.getLangOpts(), &Invalid);
          if (!Invalid && !Text.empty())
            return Text.str();
        }
      }
  }
  // Rooted in a global (`&TheNic.Interrupt`, `&Globals->Interrupt`): the
  // same text names it in every function.
  if (Site.HandleArg && Site.HandlerCall == Site.AcquireCall)
    if (std::optional<std::string> Text = globalHandleText(Ctx, Site.HandleArg))
      return Text;
  return renderLocation(Ctx, Site.HandleKey, Where);
}

std::optional<std::string> renderLocation(ASTContext &, StorageKey Key,
                                          const FunctionDecl *Where) {
  if (!Key)
    return std::nullopt;
  if (const auto *VD = dyn_cast<VarDecl>(Key)) {
    if (!VD->hasLocalStorage())
      return VD->getNameAsString(); // a global stays as written
    const DeclContext *DC = VD->getDeclContext();
    if (DC == Where)
      return VD->getNameAsString();
    return std::nullopt;
  }
  const auto *Field = dyn_cast<FieldDecl>(Key);
  if (!Field)
    return std::nullopt;
  // Inside a member function of the class holding the handle.
  if (const auto *Method = dyn_cast<CXXMethodDecl>(Where))
    if (!Method->isStatic()) {
      std::string Path;
      if (embeddedPath(Method->getParent(), Field, Path))
        return Path;
    }
  for (const VarDecl *VD : variablesOf(Where)) {
    QualType T = VD->getType();
    std::string Path;
    if (T->isPointerType()) {
      if (embeddedPath(T->getPointeeType()->getAsRecordDecl(), Field, Path))
        return VD->getNameAsString() + "->" + Path;
    } else if (const RecordDecl *RD = T->getAsRecordDecl()) {
      if (embeddedPath(RD, Field, Path))
        return VD->getNameAsString() + "." + Path;
    }
  }
  return std::nullopt;
}

} // namespace ndis
