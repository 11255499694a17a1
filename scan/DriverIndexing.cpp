//===- DriverIndexing.cpp - ndis-scan's first pass: index every file -----===//

#include "scan/DriverIndexing.h"
#include "scan/Parallel.h"
#include "tidy-module/analysis/HandlerDiscovery.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Path.h"
#include <chrono>
#include <mutex>

using namespace clang;

namespace ndis::scan {

namespace {

/// Keeps the first error, as `file:line:col: message`.
class FirstErrorConsumer : public DiagnosticConsumer {
public:
  void HandleDiagnostic(DiagnosticsEngine::Level Level,
                        const Diagnostic &Info) override {
    DiagnosticConsumer::HandleDiagnostic(Level, Info);
    if (Level < DiagnosticsEngine::Error || !First.empty())
      return;
    llvm::SmallString<128> Text;
    Info.FormatDiagnostic(Text);
    std::string Where;
    if (Info.getLocation().isValid() && Info.hasSourceManager()) {
      PresumedLoc P =
          Info.getSourceManager().getPresumedLoc(Info.getLocation());
      if (P.isValid())
        Where = llvm::sys::path::filename(P.getFilename()).str() + ":" +
                std::to_string(P.getLine()) + ":" +
                std::to_string(P.getColumn()) + ": ";
    }
    First = Where + Text.str().str();
  }
  std::string First;
};

/// The first pass over one file: its own index, with one file entry.
DriverIndex indexFile(const tooling::CompilationDatabase &Commands,
                      const std::string &File, unsigned Number,
                      const std::string &ASTDirectory) {
  DriverIndex Index;
  IndexedFile Entry;
  Entry.File = File;
  std::vector<tooling::CompileCommand> Cmds = Commands.getCompileCommands(File);
  if (!Cmds.empty()) {
    Entry.Directory = Cmds.front().Directory;
    Entry.Arguments = Cmds.front().CommandLine;
  }
  tooling::ClangTool Tool(Commands, {File});
  FirstErrorConsumer Errors;
  Tool.setDiagnosticConsumer(&Errors);
  Tool.setPrintErrorMessage(false);
  // The first error is reported by ndis-scan itself; no "N errors
  // generated" from Clang.
  Tool.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
      "-fno-caret-diagnostics", tooling::ArgumentInsertPosition::END));
  std::vector<std::unique_ptr<ASTUnit>> ASTs;
  int Status = Tool.buildASTs(ASTs);
  Entry.FirstError = Errors.First;
  if (Entry.FirstError.empty() && (Status != 0 || ASTs.empty()))
    Entry.FirstError = "it could not be parsed";
  if (!ASTs.empty() && ASTs.front()) {
    ASTContext &Ctx = ASTs.front()->getASTContext();
    Index.addTranslationUnit(Ctx, findDriverHandlers(Ctx, {}), 0);
    // Saved only for files that see the NDIS API (its header declares
    // NdisMRegisterInterruptEx): the files an analysis imports from. Any
    // other file is parsed again if an import needs it.
    bool SeesNdis = Ctx.Idents.find("NdisMRegisterInterruptEx") !=
                    Ctx.Idents.end();
    if (!ASTDirectory.empty() && Entry.FirstError.empty() && SeesNdis) {
      // Numbered: two files of one name in different directories.
      llvm::SmallString<256> Path(ASTDirectory);
      llvm::sys::path::append(Path, std::to_string(Number) + "-" +
                                        llvm::sys::path::filename(File) +
                                        ".ast");
      if (!ASTs.front()->Save(Path)) // false: saved
        Entry.ASTFile = std::string(Path);
    }
  }
  Index.Files.insert(Index.Files.begin(), std::move(Entry));
  return Index;
}

} // namespace

DriverIndex indexDriver(const tooling::CompilationDatabase &Commands,
                        const std::vector<std::string> &Files, unsigned Jobs,
                        const std::string &ASTDirectory, const FileDone &Done) {
  std::vector<DriverIndex> PerFile(Files.size());
  std::mutex DoneLock;
  forEachParallel(Files.size(), Jobs, [&](size_t I) {
    auto Start = std::chrono::steady_clock::now();
    PerFile[I] = indexFile(Commands, Files[I], I, ASTDirectory);
    double Seconds = std::chrono::duration<double>(
                         std::chrono::steady_clock::now() - Start)
                         .count();
    std::lock_guard<std::mutex> Guard(DoneLock);
    if (Done)
      Done(PerFile[I].Files.front(), Seconds);
  });
  DriverIndex Index;
  for (const DriverIndex &One : PerFile)
    Index.merge(One);
  return Index;
}

} // namespace ndis::scan
