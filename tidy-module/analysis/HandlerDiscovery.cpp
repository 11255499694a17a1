//===- HandlerDiscovery.cpp - find the miniport handlers -------------------===//

#include "tidy-module/analysis/HandlerDiscovery.h"
#include "tidy-module/analysis/PlatformHeaders.h"
#include "tidy-module/analysis/StatementWalk.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;

namespace ndis {
namespace {

/// Documented role typedef and driver-characteristics field of each role.
struct RoleSpelling {
  HandlerRole Role;
  llvm::StringRef RoleTypedef;
  llvm::StringRef CharacteristicsField;
};

constexpr RoleSpelling Roles[] = {
    {HandlerRole::Initialize, "MINIPORT_INITIALIZE", "InitializeHandlerEx"},
    {HandlerRole::Halt, "MINIPORT_HALT", "HaltHandlerEx"},
};

bool isDriverCharacteristics(const RecordDecl *RD) {
  return RD && RD->getName().contains("MINIPORT_DRIVER_CHARACTERISTICS");
}

/// `MPInitializeEx`, `&MPInitializeEx`, `(MINIPORT_INITIALIZE_HANDLER)X`.
const FunctionDecl *storedFunction(const Expr *E) {
  if (!E)
    return nullptr;
  E = E->IgnoreParenCasts();
  if (const auto *U = dyn_cast<UnaryOperator>(E))
    if (U->getOpcode() == UO_AddrOf)
      E = U->getSubExpr()->IgnoreParenCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return dyn_cast<FunctionDecl>(Ref->getDecl());
  return nullptr;
}

/// The role typedef a declaration was written with, looking through the
/// sugar that annotations and parentheses add.
llvm::StringRef roleTypedefName(const FunctionDecl *FD) {
  const TypeSourceInfo *TSI = FD->getTypeSourceInfo();
  if (!TSI)
    return {};
  QualType T = TSI->getType();
  while (true) {
    if (const auto *TT = T->getAs<TypedefType>())
      return TT->getDecl()->getName();
    if (const auto *AT = dyn_cast<AttributedType>(T.getTypePtr())) {
      T = AT->getModifiedType();
      continue;
    }
    if (const auto *PT = dyn_cast<ParenType>(T.getTypePtr())) {
      T = PT->getInnerType();
      continue;
    }
    return {};
  }
}

class HandlerCollector : public RecursiveASTVisitor<HandlerCollector> {
public:
  HandlerCollector(const SourceManager &SM, const HandlerNames &Extra)
      : Platform(SM), Extra(Extra) {}

  bool shouldVisitTemplateInstantiations() const { return true; }

  /// The platform's headers (the WDK's, the stand-ins: PlatformHeaders.h)
  /// declare the roles but no driver's handlers: their declarations are not
  /// read, so the cost does not grow with the size of the WDK.
  bool TraverseDecl(Decl *D) {
    if (D && isa_and_nonnull<TranslationUnitDecl>(D->getDeclContext()) &&
        Platform.contains(D->getLocation()))
      return true;
    return RecursiveASTVisitor::TraverseDecl(D);
  }

  /// Handlers are stored by statements and initializers; nothing is
  /// written inside a type, so types are not walked.
  // (LLVM 22 passes whether to traverse the qualifier too.)
  bool TraverseTypeLoc(TypeLoc, bool = true) { return true; }
  bool TraverseType(QualType, bool = true) { return true; }

  /// Statements, which are most of a driver's nodes, are walked by their
  /// children alone: only assignments and initializer lists are of
  /// interest, and the visitor's generic traversal of each node (its types,
  /// names and implicit parts) costs several times more. Declarations met
  /// on the way (a local class, a lambda's body) go back to the visitor.
  bool TraverseStmt(Stmt *Root, DataRecursionQueue * = nullptr) {
    walkStatements(Root, [&](Stmt *S) {
      if (auto *BO = dyn_cast<BinaryOperator>(S))
        VisitBinaryOperator(BO);
      else if (auto *ILE = dyn_cast<InitListExpr>(S))
        VisitInitListExpr(ILE);
      else if (auto *DS = dyn_cast<DeclStmt>(S)) {
        for (Decl *D : DS->decls())
          if (!isa<VarDecl>(D)) // a variable's initializer is a child
            TraverseDecl(D);
      } else if (auto *Lambda = dyn_cast<LambdaExpr>(S)) {
        TraverseDecl(Lambda->getCallOperator());
        return false;
      }
      return true;
    });
    return true;
  }

  bool VisitFunctionDecl(FunctionDecl *FD) {
    llvm::StringRef Typedef = roleTypedefName(FD);
    for (const RoleSpelling &R : Roles)
      if (!Typedef.empty() && Typedef == R.RoleTypedef)
        add(R.Role, FD);
    const IdentifierInfo *II = FD->getIdentifier();
    if (II && (!Extra.Initialize.empty() || !Extra.Halt.empty())) {
      std::string Qualified = FD->getQualifiedNameAsString();
      auto Named = [&](const std::vector<std::string> &Names) {
        return llvm::any_of(Names, [&](const std::string &N) {
          return N == II->getName() || N == Qualified;
        });
      };
      if (Named(Extra.Initialize))
        add(HandlerRole::Initialize, FD);
      if (Named(Extra.Halt))
        add(HandlerRole::Halt, FD);
    }
    return true;
  }

  bool VisitBinaryOperator(BinaryOperator *BO) {
    if (BO->getOpcode() != BO_Assign)
      return true;
    const auto *ME = dyn_cast<MemberExpr>(BO->getLHS()->IgnoreParenImpCasts());
    if (!ME)
      return true;
    const auto *Field = dyn_cast<FieldDecl>(ME->getMemberDecl());
    if (Field && isDriverCharacteristics(Field->getParent()))
      addByField(Field->getName(), storedFunction(BO->getRHS()));
    return true;
  }

  bool VisitInitListExpr(InitListExpr *ILE) {
    // The semantic form lines designated and positional initializers up
    // with the fields they initialize.
    if (ILE->isSyntacticForm() && ILE->getSemanticForm())
      ILE = ILE->getSemanticForm();
    const RecordDecl *RD = ILE->getType()->getAsRecordDecl();
    if (!isDriverCharacteristics(RD))
      return true;
    unsigned Index = 0;
    for (const FieldDecl *Field : RD->fields()) {
      if (Index >= ILE->getNumInits())
        break;
      addByField(Field->getName(), storedFunction(ILE->getInit(Index++)));
    }
    return true;
  }

  DriverHandlers takeResult() {
    DriverHandlers Result;
    for (const FunctionDecl *FD : Found[0])
      Result.Initialize.push_back(FD);
    for (const FunctionDecl *FD : Found[1])
      Result.Halt.push_back(FD);
    return Result;
  }

private:
  void addByField(llvm::StringRef FieldName, const FunctionDecl *FD) {
    if (!FD)
      return;
    for (const RoleSpelling &R : Roles)
      if (FieldName == R.CharacteristicsField)
        add(R.Role, FD);
  }

  void add(HandlerRole Role, const FunctionDecl *FD) {
    const FunctionDecl *Def = FD->getDefinition();
    const FunctionDecl *Chosen = Def ? Def : FD->getFirstDecl();
    auto &List = Found[Role == HandlerRole::Initialize ? 0 : 1];
    if (!llvm::is_contained(List, Chosen)) {
      // A definition supersedes a declaration collected earlier.
      llvm::erase_if(List, [&](const FunctionDecl *Old) {
        return Old->getCanonicalDecl() == Chosen->getCanonicalDecl();
      });
      List.push_back(Chosen);
    }
  }

  PlatformHeaders Platform;
  const HandlerNames &Extra;
  llvm::SmallVector<const FunctionDecl *, 2> Found[2];
};

} // namespace

std::vector<std::string> splitHandlerNames(llvm::StringRef Option) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Option.split(Parts, ';', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  std::vector<std::string> Names;
  for (llvm::StringRef P : Parts)
    if (!P.trim().empty())
      Names.push_back(P.trim().str());
  return Names;
}

DriverHandlers findDriverHandlers(ASTContext &Ctx, const HandlerNames &Extra) {
  HandlerCollector Collector(Ctx.getSourceManager(), Extra);
  Collector.TraverseDecl(Ctx.getTranslationUnitDecl());
  return Collector.takeResult();
}

} // namespace ndis
