//===- DriverIndex.cpp - what one file of a driver tells the others ------===//

#include "tidy-module/summaries/DriverIndex.h"
#include "tidy-module/analysis/ErrorNodes.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Index/USRGeneration.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;

namespace ndis {

std::string usrOf(const Decl *D) {
  llvm::SmallString<128> Buf;
  if (!D || index::generateUSRForDecl(D, Buf))
    return {};
  return std::string(Buf);
}

namespace {

/// Definitions in the main file that other files can call: external
/// linkage, not a template pattern. Functions defined in headers are in
/// every translation unit that includes them already.
class DefinitionCollector : public RecursiveASTVisitor<DefinitionCollector> {
public:
  DefinitionCollector(const SourceManager &SM, DriverIndex &Index,
                      unsigned FileIndex)
      : SM(SM), Index(Index), FileIndex(FileIndex) {}

  bool VisitFunctionDecl(FunctionDecl *FD) {
    if (!FD->doesThisDeclarationHaveABody() || FD->isDependentContext() ||
        !FD->isExternallyVisible() ||
        !SM.isInMainFile(SM.getExpansionLoc(FD->getLocation())))
      return true;
    std::string USR = usrOf(FD);
    if (USR.empty())
      return true;
    IndexedFunction F;
    F.Name = FD->getQualifiedNameAsString();
    F.FileIndex = FileIndex;
    F.HasErrors = FD->isInvalidDecl() || containsErrors(FD->getBody());
    Index.Functions.try_emplace(USR, std::move(F));
    return true;
  }

private:
  const SourceManager &SM;
  DriverIndex &Index;
  unsigned FileIndex;
};

} // namespace

void DriverIndex::addTranslationUnit(ASTContext &Ctx,
                                     const DriverHandlers &Found,
                                     unsigned FileIndex) {
  DefinitionCollector(Ctx.getSourceManager(), *this, FileIndex)
      .TraverseDecl(Ctx.getTranslationUnitDecl());
  for (HandlerRole Role : {HandlerRole::Initialize, HandlerRole::Halt}) {
    auto &Roles =
        Role == HandlerRole::Initialize ? InitializeHandlers : HaltHandlers;
    for (const FunctionDecl *FD : Found.of(Role)) {
      std::string USR = usrOf(FD);
      if (!USR.empty())
        Roles.try_emplace(USR, FD->getQualifiedNameAsString());
    }
  }
}

void DriverIndex::merge(const DriverIndex &Other) {
  unsigned Offset = Files.size();
  Files.insert(Files.end(), Other.Files.begin(), Other.Files.end());
  for (const auto &E : Other.Functions) {
    IndexedFunction F = E.second;
    F.FileIndex += Offset;
    // Two files defining one external function is a link error; the first
    // one read wins, as in the order of compile_commands.json.
    Functions.try_emplace(E.first(), std::move(F));
  }
  for (const auto &E : Other.InitializeHandlers)
    InitializeHandlers.try_emplace(E.first(), E.second);
  for (const auto &E : Other.HaltHandlers)
    HaltHandlers.try_emplace(E.first(), E.second);
}

//===----------------------------------------------------------------------===//
// JSON
//===----------------------------------------------------------------------===//

static llvm::json::Object rolesToJSON(const llvm::StringMap<std::string> &M) {
  llvm::json::Object O;
  for (const auto &E : M)
    O[E.first()] = E.second;
  return O;
}

std::string DriverIndex::toJSON() const {
  llvm::json::Array JFiles;
  for (const IndexedFile &F : Files) {
    llvm::json::Object O{{"file", F.File},
                         {"directory", F.Directory},
                         {"arguments", llvm::json::Array(F.Arguments)}};
    if (!F.FirstError.empty())
      O["firstError"] = F.FirstError;
    if (!F.ASTFile.empty())
      O["astFile"] = F.ASTFile;
    JFiles.push_back(std::move(O));
  }
  // Sorted by USR so the same driver gives the same file.
  std::vector<llvm::StringRef> USRs;
  for (const auto &E : Functions)
    USRs.push_back(E.first());
  llvm::sort(USRs);
  llvm::json::Object JFunctions;
  for (llvm::StringRef USR : USRs) {
    const IndexedFunction &F = Functions.find(USR)->second;
    llvm::json::Object O{{"name", F.Name}, {"file", int64_t(F.FileIndex)}};
    if (F.HasErrors)
      O["hasErrors"] = true;
    JFunctions[USR] = std::move(O);
  }
  llvm::json::Object Root{
      {"format", Format},
      {"tool", "ndis-scan"},
      {"files", std::move(JFiles)},
      {"functions", std::move(JFunctions)},
      {"initializeHandlers", rolesToJSON(InitializeHandlers)},
      {"haltHandlers", rolesToJSON(HaltHandlers)}};
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  OS << llvm::formatv("{0:2}", llvm::json::Value(std::move(Root))) << "\n";
  return Out;
}

static llvm::Error malformed(const llvm::Twine &What) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "malformed summary file: " + What);
}

static llvm::Error readRoles(const llvm::json::Object &Root,
                             llvm::StringRef Key,
                             llvm::StringMap<std::string> &Out) {
  const llvm::json::Object *O = Root.getObject(Key);
  if (!O)
    return malformed("no \"" + Key + "\" object");
  for (const auto &E : *O) {
    std::optional<llvm::StringRef> Name = E.second.getAsString();
    if (!Name)
      return malformed("\"" + Key + "\" values must be names");
    Out[E.first.str()] = Name->str();
  }
  return llvm::Error::success();
}

llvm::Expected<DriverIndex> DriverIndex::fromJSON(llvm::StringRef Text) {
  llvm::Expected<llvm::json::Value> Parsed = llvm::json::parse(Text);
  if (!Parsed)
    return malformed(llvm::toString(Parsed.takeError()));
  const llvm::json::Object *Root = Parsed->getAsObject();
  if (!Root)
    return malformed("not a JSON object");
  std::optional<int64_t> Fmt = Root->getInteger("format");
  if (!Fmt || *Fmt != Format)
    return malformed("format " + (Fmt ? std::to_string(*Fmt) : "missing") +
                     ", this ndis-tidy reads format " +
                     std::to_string(Format) + "; run ndis-scan "
                     "--export-summaries again");
  DriverIndex Index;
  const llvm::json::Array *JFiles = Root->getArray("files");
  if (!JFiles)
    return malformed("no \"files\" array");
  for (const llvm::json::Value &V : *JFiles) {
    const llvm::json::Object *O = V.getAsObject();
    if (!O || !O->getString("file") || !O->getArray("arguments"))
      return malformed("a file entry needs \"file\" and \"arguments\"");
    IndexedFile F;
    F.File = O->getString("file")->str();
    if (std::optional<llvm::StringRef> D = O->getString("directory"))
      F.Directory = D->str();
    for (const llvm::json::Value &A : *O->getArray("arguments")) {
      std::optional<llvm::StringRef> S = A.getAsString();
      if (!S)
        return malformed("arguments must be strings");
      F.Arguments.push_back(S->str());
    }
    if (std::optional<llvm::StringRef> E = O->getString("firstError"))
      F.FirstError = E->str();
    if (std::optional<llvm::StringRef> A = O->getString("astFile"))
      F.ASTFile = A->str();
    Index.Files.push_back(std::move(F));
  }
  const llvm::json::Object *JFunctions = Root->getObject("functions");
  if (!JFunctions)
    return malformed("no \"functions\" object");
  for (const auto &E : *JFunctions) {
    const llvm::json::Object *O = E.second.getAsObject();
    std::optional<int64_t> FileIndex = O ? O->getInteger("file") : std::nullopt;
    if (!FileIndex || *FileIndex < 0 ||
        size_t(*FileIndex) >= Index.Files.size())
      return malformed("function " + E.first.str() + " names no file");
    IndexedFunction F;
    if (std::optional<llvm::StringRef> N = O->getString("name"))
      F.Name = N->str();
    F.FileIndex = unsigned(*FileIndex);
    F.HasErrors = O->getBoolean("hasErrors").value_or(false);
    Index.Functions[E.first.str()] = std::move(F);
  }
  if (llvm::Error E =
          readRoles(*Root, "initializeHandlers", Index.InitializeHandlers))
    return std::move(E);
  if (llvm::Error E = readRoles(*Root, "haltHandlers", Index.HaltHandlers))
    return std::move(E);
  return Index;
}

llvm::Expected<DriverIndex> DriverIndex::load(llvm::StringRef Path) {
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buf =
      llvm::MemoryBuffer::getFile(Path);
  if (!Buf)
    return llvm::createStringError(Buf.getError(),
                                   "cannot read summary file '" + Path +
                                       "': " + Buf.getError().message());
  llvm::Expected<DriverIndex> Index = fromJSON((*Buf)->getBuffer());
  if (!Index)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "'" + Path + "': " +
                                       llvm::toString(Index.takeError()));
  return Index;
}

llvm::Error DriverIndex::save(llvm::StringRef Path) const {
  std::string Temp = (Path + ".tmp").str();
  {
    std::error_code EC;
    llvm::raw_fd_ostream OS(Temp, EC);
    if (EC)
      return llvm::createStringError(EC, "cannot write '" + Temp +
                                             "': " + EC.message());
    OS << toJSON();
    OS.close();
    if (OS.has_error())
      return llvm::createStringError(OS.error(), "cannot write '" + Temp +
                                                     "': " +
                                                     OS.error().message());
  }
  if (std::error_code EC = llvm::sys::fs::rename(Temp, Path))
    return llvm::createStringError(EC, "cannot replace '" + Path +
                                           "': " + EC.message());
  return llvm::Error::success();
}

} // namespace ndis
