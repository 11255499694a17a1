//===- DefinitionImporter.cpp - bring other files' functions into this one ===//

#include "tidy-module/summaries/DefinitionImporter.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ASTImporter.h"
#include "clang/AST/ASTImporterSharedState.h"
#include "clang/AST/Decl.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Lex/HeaderSearchOptions.h"
#include "clang/Serialization/PCHContainerOperations.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace clang;

namespace ndis {

namespace {

/// The one compile command the index recorded for a file.
class RecordedCommand : public tooling::CompilationDatabase {
public:
  explicit RecordedCommand(const IndexedFile &F)
      : Command(F.Directory, F.File, F.Arguments, /*Output=*/"") {}
  std::vector<tooling::CompileCommand>
  getCompileCommands(llvm::StringRef) const override {
    return {Command};
  }
  std::vector<std::string> getAllFiles() const override {
    return {Command.Filename};
  }

private:
  tooling::CompileCommand Command;
};

/// Counts errors; prints nothing: the file's own run reports them.
class QuietConsumer : public DiagnosticConsumer {};

/// The function definitions of a file's own text, by USR. Asking the AST
/// for the declarations of the main file's region reads only those: a saved
/// AST is read lazily, and walking (or, in C, looking names up in) the whole
/// translation unit would read every declaration of every header.
void mainFileDefinitions(ASTUnit &AST,
                         llvm::StringMap<const FunctionDecl *> &Out) {
  SourceManager &SM = AST.getSourceManager();
  FileID Main = SM.getMainFileID();
  if (Main.isInvalid())
    return;
  llvm::SmallVector<Decl *, 32> Decls;
  AST.findFileRegionDecls(Main, 0, SM.getFileIDSize(Main), Decls);
  for (Decl *D : Decls) {
    const auto *FD = dyn_cast<FunctionDecl>(D);
    if (const auto *Template = dyn_cast<FunctionTemplateDecl>(D))
      FD = Template->getTemplatedDecl();
    if (!FD || !FD->doesThisDeclarationHaveABody() || FD->isDependentContext())
      continue;
    std::string USR = usrOf(FD);
    if (!USR.empty())
      Out.try_emplace(USR, FD);
  }
}

/// The definition with this USR in a file's AST, found by name lookup (when
/// the region above did not have it).
const FunctionDecl *findDefinition(ASTContext &Ctx, llvm::StringRef USR,
                                   llvm::StringRef QualifiedName) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  QualifiedName.split(Parts, "::");
  llvm::SmallVector<const DeclContext *, 4> Scopes{
      Ctx.getTranslationUnitDecl()};
  for (size_t I = 0; I < Parts.size(); ++I) {
    DeclarationName Name(&Ctx.Idents.get(Parts[I]));
    llvm::SmallVector<const DeclContext *, 4> Inner;
    for (const DeclContext *DC : Scopes)
      for (const NamedDecl *ND : DC->lookup(Name)) {
        if (I + 1 < Parts.size()) {
          if (const auto *Nested = dyn_cast<DeclContext>(ND))
            Inner.push_back(Nested);
          continue;
        }
        const auto *FD = dyn_cast<FunctionDecl>(ND);
        if (!FD)
          continue;
        for (const FunctionDecl *Redecl : FD->redecls())
          if (Redecl->doesThisDeclarationHaveABody() && usrOf(Redecl) == USR)
            return Redecl;
      }
    Scopes = std::move(Inner);
  }
  return nullptr;
}

} // namespace

struct DefinitionImporter::SourceFile {
  std::unique_ptr<ASTUnit> AST;
  llvm::StringMap<const FunctionDecl *> Definitions;
  std::unique_ptr<ASTImporter> Importer;
  std::string Failure; ///< why nothing can be imported from this file
};

DefinitionImporter::DefinitionImporter(ASTContext &Ctx, FileManager &FM,
                                       const DriverIndex &Index)
    : Ctx(Ctx), FM(FM), Index(Index),
      Shared(std::make_shared<ASTImporterSharedState>(
          *Ctx.getTranslationUnitDecl())) {}

DefinitionImporter::~DefinitionImporter() = default;

void DefinitionImporter::noteGap(const std::string &Gap) {
  if (!llvm::is_contained(Gaps, Gap))
    Gaps.push_back(Gap);
}

int DefinitionImporter::thisFile() {
  if (ThisFile)
    return *ThisFile;
  ThisFile = -1;
  const SourceManager &SM = Ctx.getSourceManager();
  OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
  if (!Main)
    return -1;
  llvm::SmallString<256> MainPath(Main->getName());
  llvm::sys::fs::make_absolute(MainPath);
  for (unsigned I = 0; I < Index.Files.size(); ++I)
    if (llvm::sys::fs::equivalent(MainPath, Index.Files[I].File) ||
        llvm::sys::path::remove_leading_dotslash(MainPath) ==
            Index.Files[I].File)
      return *(ThisFile = I);
  return -1;
}

/// The AST file ndis-scan saved, when Clang accepts it (it refuses one whose
/// inputs changed since).
static std::unique_ptr<ASTUnit> loadASTFile(const std::string &Path) {
  if (Path.empty() || !llvm::sys::fs::exists(Path))
    return nullptr;
  auto Consumer = new QuietConsumer();
#if LLVM_VERSION_MAJOR >= 21
  auto DiagOpts = std::make_shared<DiagnosticOptions>();
  IntrusiveRefCntPtr<DiagnosticsEngine> Diags(new DiagnosticsEngine(
      new DiagnosticIDs(), *DiagOpts, Consumer, /*ShouldOwnClient=*/true));
  HeaderSearchOptions HSOpts;
  return ASTUnit::LoadFromASTFile(
      Path, PCHContainerOperations().getRawReader(), ASTUnit::LoadEverything,
      llvm::vfs::getRealFileSystem(), DiagOpts, Diags, FileSystemOptions(),
      HSOpts);
#else
  IntrusiveRefCntPtr<DiagnosticOptions> DiagOpts = new DiagnosticOptions();
  IntrusiveRefCntPtr<DiagnosticsEngine> Diags(new DiagnosticsEngine(
      new DiagnosticIDs(), &*DiagOpts, Consumer, /*ShouldOwnClient=*/true));
  return ASTUnit::LoadFromASTFile(
      Path, PCHContainerOperations().getRawReader(), ASTUnit::LoadEverything,
      Diags, FileSystemOptions(), std::make_shared<HeaderSearchOptions>());
#endif
}

std::unique_ptr<ASTUnit> DefinitionImporter::openFile(const IndexedFile &F) {
  if (std::unique_ptr<ASTUnit> Loaded = loadASTFile(F.ASTFile))
    return Loaded;
  RecordedCommand Command(F);
  tooling::ClangTool Tool(Command, {F.File});
  QuietConsumer Quiet;
  Tool.setDiagnosticConsumer(&Quiet);
  Tool.setPrintErrorMessage(false);
  Tool.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
      "-fno-caret-diagnostics", tooling::ArgumentInsertPosition::END));
  std::vector<std::unique_ptr<ASTUnit>> ASTs;
  Tool.buildASTs(ASTs);
  if (ASTs.empty())
    return nullptr;
  return std::move(ASTs.front());
}

void DefinitionImporter::closeLeastRecentlyUsed() {
  unsigned Oldest = UseOrder.front();
  UseOrder.erase(UseOrder.begin());
  // The importer goes first: it points into the file's AST. What was
  // imported lives in this translation unit's ASTContext and stays.
  Sources.erase(Oldest);
}

DefinitionImporter::SourceFile *
DefinitionImporter::sourceFile(unsigned FileIndex) {
  auto Open = llvm::find(UseOrder, FileIndex);
  if (Open != UseOrder.end()) {
    UseOrder.erase(Open);
    UseOrder.push_back(FileIndex);
  }
  auto &Slot = Sources[FileIndex];
  if (Slot)
    return Slot.get();
  Slot = std::make_unique<SourceFile>();
  SourceFile *Source = Slot.get();
  const IndexedFile &F = Index.Files[FileIndex];
  std::string Short = llvm::sys::path::filename(F.File).str();
  if (!F.FirstError.empty()) {
    Source->Failure = Short + " does not parse (" + F.FirstError + ")";
    return Source;
  }
  if (UseOrder.size() >= MaxOpenFiles)
    closeLeastRecentlyUsed();
  UseOrder.push_back(FileIndex);
  std::unique_ptr<ASTUnit> AST = openFile(F);
  if (!AST) {
    Source->Failure = Short + " could not be parsed";
    return Source;
  }
  if (AST->getDiagnostics().hasErrorOccurred()) {
    Source->Failure = Short + " does not parse";
    return Source;
  }
  Source->AST = std::move(AST);
  mainFileDefinitions(*Source->AST, Source->Definitions);

  Source->Importer = std::make_unique<ASTImporter>(
      Ctx, FM, Source->AST->getASTContext(), Source->AST->getFileManager(),
      /*MinimalImport=*/false, Shared);
  return Source;
}

const FunctionDecl *DefinitionImporter::importDefinition(llvm::StringRef USR,
                                                         llvm::StringRef Name) {
  auto Known = Imported.find(USR);
  if (Known != Imported.end())
    return Known->second;
  const FunctionDecl *&Result = Imported[USR];
  const IndexedFunction *Fn = Index.function(USR);
  if (!Fn || Fn->FileIndex >= Index.Files.size() ||
      int(Fn->FileIndex) == thisFile())
    return Result = nullptr;
  std::string What = "'" + Name.str() + "'";
  std::string Short =
      llvm::sys::path::filename(Index.Files[Fn->FileIndex].File).str();
  if (Fn->HasErrors) {
    noteGap(What + " in " + Short + " contains errors and was not analyzed");
    return Result = nullptr;
  }
  SourceFile *Source = sourceFile(Fn->FileIndex);
  if (!Source->Failure.empty()) {
    noteGap(What + " was not analyzed: " + Source->Failure);
    return Result = nullptr;
  }
  const FunctionDecl *Def = Source->Definitions.lookup(USR);
  if (!Def)
    Def = findDefinition(Source->AST->getASTContext(), USR, Name);
  if (!Def) {
    noteGap(What + " is no longer defined in " + Short +
            "; the summary file is out of date");
    return Result = nullptr;
  }
  llvm::Expected<Decl *> To =
      Source->Importer->Import(const_cast<FunctionDecl *>(Def));
  if (!To) {
    noteGap(What + " from " + Short + " could not be imported (" +
            llvm::toString(To.takeError()) + ")");
    return Result = nullptr;
  }
  const auto *FD = dyn_cast_or_null<FunctionDecl>(*To);
  Result = FD ? FD->getDefinition() : nullptr;
  return Result;
}

const FunctionDecl *DefinitionImporter::definitionOf(const FunctionDecl *FD) {
  if (!FD)
    return nullptr;
  if (const FunctionDecl *Def = FD->getDefinition())
    return Def;
  const FunctionDecl *Canonical = FD->getCanonicalDecl();
  auto It = Resolved.find(Canonical);
  if (It != Resolved.end())
    return It->second;
  Resolved[Canonical] = nullptr; // a recursive import finds no definition
  std::string USR = usrOf(FD);
  const FunctionDecl *Def =
      USR.empty() ? nullptr
                  : importDefinition(USR, FD->getQualifiedNameAsString());
  Resolved[Canonical] = Def;
  return Def;
}

namespace {
/// This translation unit's functions with the given USRs.
class DeclarationFinder : public RecursiveASTVisitor<DeclarationFinder> {
public:
  explicit DeclarationFinder(const llvm::StringMap<std::string> &Wanted)
      : Wanted(Wanted) {}
  bool VisitFunctionDecl(FunctionDecl *FD) {
    const IdentifierInfo *II = FD->getIdentifier();
    if (!II)
      return true;
    bool NameWanted = false;
    for (const auto &E : Wanted)
      if (llvm::StringRef(E.second).ends_with(II->getName()))
        NameWanted = true;
    if (!NameWanted)
      return true;
    std::string USR = usrOf(FD);
    if (Wanted.count(USR))
      Found.try_emplace(USR, FD);
    return true;
  }
  const llvm::StringMap<std::string> &Wanted;
  llvm::StringMap<const FunctionDecl *> Found;
};
} // namespace

void DefinitionImporter::addDriverHandlers(DriverHandlers &Handlers) {
  // Roles other files give to functions this file declares.
  bool DefinesHandler = false;
  for (HandlerRole Role : {HandlerRole::Initialize, HandlerRole::Halt}) {
    DeclarationFinder Finder(Index.handlers(Role));
    Finder.TraverseDecl(Ctx.getTranslationUnitDecl());
    auto &List =
        Role == HandlerRole::Initialize ? Handlers.Initialize : Handlers.Halt;
    for (const auto &E : Finder.Found) {
      const FunctionDecl *FD = E.second;
      bool Known = llvm::any_of(List, [&](const FunctionDecl *Old) {
        return Old->getCanonicalDecl() == FD->getCanonicalDecl();
      });
      if (!Known)
        List.push_back(FD->getDefinition() ? FD->getDefinition()
                                           : FD->getFirstDecl());
    }
    for (const FunctionDecl *FD : List)
      if (FD->getDefinition())
        DefinesHandler = true;
  }
  if (!DefinesHandler)
    return;
  // Handlers defined in other files: their definitions, whether this file
  // declares them or not.
  for (HandlerRole Role : {HandlerRole::Initialize, HandlerRole::Halt}) {
    auto &List =
        Role == HandlerRole::Initialize ? Handlers.Initialize : Handlers.Halt;
    for (const FunctionDecl *&FD : List)
      if (!FD->getDefinition())
        if (const FunctionDecl *Def = definitionOf(FD))
          FD = Def;
    for (const auto &E : Index.handlers(Role)) {
      bool Known = llvm::any_of(List, [&](const FunctionDecl *Old) {
        return usrOf(Old) == E.first();
      });
      if (Known)
        continue;
      if (const FunctionDecl *Def = importDefinition(E.first(), E.second))
        List.push_back(Def);
    }
  }
}

} // namespace ndis
