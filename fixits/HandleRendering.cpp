//===- HandleRendering.cpp - name the handle where the fix goes -----------===//

#include "fixits/HandleRendering.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace ndis {

bool accessibleFrom(const FieldDecl *Field, const FunctionDecl *Where) {
  if (Field->getAccess() == AS_public || Field->getAccess() == AS_none)
    return true;
  const auto *Owner = dyn_cast<CXXRecordDecl>(Field->getParent());
  if (!Owner)
    return true;
  const auto *Canonical = Owner->getCanonicalDecl();
  // A member function of the class (or of one derived from it, for a
  // protected member), or of a class nested in it.
  if (const auto *Method = dyn_cast<CXXMethodDecl>(Where)) {
    for (const DeclContext *DC = Method->getParent(); DC;
         DC = DC->getParent()) {
      const auto *RD = dyn_cast<CXXRecordDecl>(DC);
      if (!RD)
        break;
      if (RD->getCanonicalDecl() == Canonical)
        return true;
      if (Field->getAccess() == AS_protected && RD->hasDefinition() &&
          RD->isDerivedFrom(Owner))
        return true;
    }
  }
  // A friend function.
  if (const CXXRecordDecl *Def = Owner->getDefinition())
    for (const FriendDecl *F : Def->friends())
      if (const auto *FD = dyn_cast_or_null<FunctionDecl>(F->getFriendDecl()))
        if (FD->getCanonicalDecl() == Where->getCanonicalDecl())
          return true;
  return false;
}

std::string unnamedHandleReason(const RegistrationSite &Site,
                                const FunctionDecl *Where) {
  std::string Noun = Site.Pair->Noun.str();
  std::string Function = "'" + Where->getNameAsString() + "'";
  const auto *Field = dyn_cast_or_null<FieldDecl>(Site.HandleKey);
  if (Field && !accessibleFrom(Field, Where))
    return "the " + Noun + " handle is the " +
           (Field->getAccess() == AS_private ? "private" : "protected") +
           " member '" + Field->getQualifiedNameAsString() + "', which " +
           Function + " cannot name";
  return "the " + Noun + " handle cannot be named in " + Function;
}

namespace {

/// Field path from `From` to the record declaring `Target`, through embedded
/// structures only: "Hw." for Adapter->Hw.InterruptHandle.
bool embeddedPath(const RecordDecl *From, const FieldDecl *Target,
                  const FunctionDecl *Where, std::string &Path,
                  unsigned Depth = 0) {
  if (!From || Depth > 4)
    return false;
  From = From->getDefinition();
  if (!From)
    return false;
  // Every member the path names must be one the code there may name.
  if (Target->getParent() == From) {
    if (!accessibleFrom(Target, Where))
      return false;
    Path += Target->getName().str();
    return true;
  }
  if (const auto *CXX = dyn_cast<CXXRecordDecl>(From))
    for (const CXXBaseSpecifier &B : CXX->bases())
      if (const RecordDecl *Base = B.getType()->getAsRecordDecl()) {
        std::string Inner = Path;
        if (embeddedPath(Base, Target, Where, Inner, Depth + 1)) {
          Path = Inner;
          return true;
        }
      }
  for (const FieldDecl *F : From->fields())
    if (const RecordDecl *Inner = F->getType()->getAsRecordDecl()) {
      if (!accessibleFrom(F, Where))
        continue;
      std::string Sub = Path + F->getName().str() + ".";
      if (embeddedPath(Inner, Target, Where, Sub, Depth + 1)) {
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
                                            const Expr *HandleArg,
                                            const FunctionDecl *Where) {
  const auto *U = dyn_cast<UnaryOperator>(HandleArg->IgnoreParenImpCasts());
  if (!U || U->getOpcode() != UO_AddrOf)
    return std::nullopt;
  const Expr *Base = U->getSubExpr()->IgnoreParenImpCasts();
  while (const auto *ME = dyn_cast<MemberExpr>(Base)) {
    if (const auto *F = dyn_cast<FieldDecl>(ME->getMemberDecl()))
      if (!accessibleFrom(F, Where))
        return std::nullopt;
    Base = ME->getBase()->IgnoreParenImpCasts();
  }
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
    if (std::optional<std::string> Text =
            globalHandleText(Ctx, Site.HandleArg, Where))
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
      if (embeddedPath(Method->getParent(), Field, Method, Path))
        return Path;
    }
  for (const VarDecl *VD : variablesOf(Where)) {
    QualType T = VD->getType();
    std::string Path;
    if (T->isPointerType()) {
      if (embeddedPath(T->getPointeeType()->getAsRecordDecl(), Field, Where,
                       Path))
        return VD->getNameAsString() + "->" + Path;
    } else if (const RecordDecl *RD = T->getAsRecordDecl()) {
      if (embeddedPath(RD, Field, Where, Path))
        return VD->getNameAsString() + "." + Path;
    }
  }
  return std::nullopt;
}

} // namespace ndis
