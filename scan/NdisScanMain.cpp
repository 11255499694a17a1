//===- NdisScanMain.cpp - ndis-scan: the whole driver at once ------------===//
//
//   ndis-scan -p BUILD_DIR [FILES...] [--fix] [--export-fixes=FILE]
//             [--sarif=FILE] [-j N] [--checks=...] [--progress] [--quiet]
//             [--export-summaries=FILE] [--no-stand-in-headers]
//
// Two passes over the translation units of BUILD_DIR/compile_commands.json:
//  1. index every file (DriverIndexing): what it defines, which handlers it
//     names, how it is compiled, whether it parses;
//  2. run the checks on the files that define MiniportInitializeEx handlers,
//     with the index as the check's SummaryFile (WholeDriverAnalysis).
// Then print the findings as clang-tidy does, and write fixes, SARIF and the
// index as asked. Exit status: 0 no findings, 1 findings, 2 usage or tool
// error. See docs/ndis-scan.md.
//
//===----------------------------------------------------------------------===//

#include "scan/DriverIndexing.h"
#include "scan/FixApplication.h"
#include "scan/SarifLog.h"
#include "scan/WholeDriverAnalysis.h"
#include "tidy-module/tool/StandInHeaders.h"
#include "clang-tidy/ClangTidy.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CommonOptionsParser.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"
#include <chrono>

using namespace llvm;
using namespace clang;
using clang::tidy::ClangTidyError;

namespace {

enum ExitStatus { NoFindings = 0, Findings = 1, ToolError = 2 };

cl::OptionCategory Category("ndis-scan options");

cl::opt<std::string> BuildDir("p", cl::desc("Build directory holding compile_commands.json"),
                              cl::value_desc("BUILD_DIR"), cl::cat(Category));
cl::list<std::string> ReportFiles(cl::Positional, cl::desc("[FILES...]"),
                                  cl::cat(Category));
cl::opt<bool> Fix("fix", cl::desc("Apply the fixes after the whole driver was analyzed"),
                  cl::cat(Category));
cl::opt<std::string> ExportFixes("export-fixes",
                                 cl::desc("Write the fixes as YAML for clang-apply-replacements"),
                                 cl::value_desc("FILE"), cl::cat(Category));
cl::opt<std::string> Sarif("sarif", cl::desc("Write the findings as a SARIF 2.1.0 log"),
                           cl::value_desc("FILE"), cl::cat(Category));
cl::opt<unsigned> Jobs("j", cl::desc("Translation units analyzed in parallel (default: 1)"),
                       cl::init(1), cl::value_desc("N"), cl::cat(Category));
cl::opt<std::string> Checks("checks",
                            cl::desc("clang-tidy check filter (default: "
                                     "-*,ndis-init-register-interrupt, or the "
                                     ".clang-tidy files')"),
                            cl::cat(Category));
cl::opt<bool> Progress("progress",
                       cl::desc("One line per translation unit on stderr "
                                "(default when stderr is a terminal)"),
                       cl::cat(Category));
cl::opt<bool> Quiet("quiet", cl::desc("No progress or summary lines; findings only"),
                    cl::cat(Category));
cl::opt<std::string> ExportSummaries(
    "export-summaries",
    cl::desc("Write the cross-file facts for the check's SummaryFile option"),
    cl::value_desc("FILE"), cl::cat(Category));
cl::opt<bool> NoASTCache(
    "no-ast-cache",
    cl::desc("Parse files again for imports instead of saving their ASTs "
             "in the first pass (for measurements)"),
    cl::Hidden, cl::cat(Category));
cl::opt<bool> NoStandInHeaders(
    "no-stand-in-headers",
    cl::desc("Do not add ndis-tidy's stand-in WDK headers as a fallback"),
    cl::cat(Category));

const char *Overview =
    "ndis-scan: checks a whole Windows NDIS miniport driver at once.\n\n"
    "Reads BUILD_DIR/compile_commands.json, indexes every translation unit,\n"
    "then runs ndis-init-register-interrupt with helpers and handlers found\n"
    "in any file. FILES limit what is reported, not what is analyzed.\n"
    "Exit status: 0 no findings, 1 findings, 2 usage or tool error.\n";

std::string absolute(StringRef Path) {
  SmallString<256> P(Path);
  sys::fs::make_absolute(P);
  sys::path::remove_dots(P, /*remove_dot_dot=*/true);
  return std::string(P);
}

/// The compile commands with what the analysis needs added: the stand-in
/// headers after the user's own include directories, and the resource
/// directory of the LLVM release ndis-scan was built with.
std::unique_ptr<tooling::CompilationDatabase>
adjustCommands(std::unique_ptr<tooling::CompilationDatabase> DB,
               const char *Argv0) {
  auto Adjusted =
      std::make_unique<tooling::ArgumentsAdjustingCompilations>(std::move(DB));
  if (!NoStandInHeaders) {
    std::string Dir = ndis::findStandInHeaders(Argv0);
    if (!Dir.empty())
      Adjusted->appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
          {"-idirafter", Dir}, tooling::ArgumentInsertPosition::END));
  }
  if (sys::fs::is_directory(NDIS_TIDY_RESOURCE_DIR))
    Adjusted->appendArgumentsAdjuster(
        [](const tooling::CommandLineArguments &Args, StringRef) {
          for (const std::string &A : Args)
            if (StringRef(A).contains("-resource-dir"))
              return Args;
          tooling::CommandLineArguments Out = Args;
          Out.insert(Out.begin() + (Out.empty() ? 0 : 1),
                     "-resource-dir=" NDIS_TIDY_RESOURCE_DIR);
          return Out;
        });
  return Adjusted;
}

/// Whether a finding concerns one of the files the user asked about: its
/// warning or any of its notes is there. A pre-commit hook passing hw.c,
/// where a change broke the registration, must see the leak reported in
/// init.c whose "registered by this call" note points into hw.c.
bool reported(const ClangTidyError &E, const StringSet<> &Only) {
  if (Only.empty() || E.Message.FilePath.empty())
    return true;
  if (Only.count(absolute(E.Message.FilePath)))
    return true;
  for (const tooling::DiagnosticMessage &Note : E.Notes)
    if (!Note.FilePath.empty() && Only.count(absolute(Note.FilePath)))
      return true;
  return false;
}

/// A warning or error of a check: what the exit status counts. Remarks
/// (skipped handlers, incomplete analyses) and compiler errors are not.
bool isFinding(const ClangTidyError &E) {
  return E.DiagLevel != tooling::Diagnostic::Remark &&
         !StringRef(E.DiagnosticName).starts_with("clang-diagnostic-");
}

class ProgressLine {
public:
  ProgressLine(bool On, size_t Total, StringRef Pass)
      : On(On), Total(Total), Pass(Pass) {}
  void operator()(const std::string &File, double Seconds) {
    ++Done;
    if (On)
      errs() << "[" << Pass << " " << Done << "/" << Total << "] " << File
             << " (" << format("%.2f", Seconds) << "s, "
             << format("%.1f", elapsed()) << "s elapsed)\n";
  }

private:
  double elapsed() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                         Start)
        .count();
  }
  bool On;
  size_t Total, Done = 0;
  std::string Pass;
  std::chrono::steady_clock::time_point Start =
      std::chrono::steady_clock::now();
};

/// Removes a temporary file when the run ends.
struct TemporaryFile {
  SmallString<128> Path;
  ~TemporaryFile() {
    if (!Path.empty())
      sys::fs::remove(Path);
  }
};

/// Removes a temporary directory and what is in it when the run ends.
struct TemporaryDirectory {
  SmallString<128> Path;
  ~TemporaryDirectory() {
    if (!Path.empty())
      sys::fs::remove_directories(Path);
  }
};

} // namespace

int main(int Argc, const char **Argv) {
  cl::HideUnrelatedOptions(Category);
  if (!cl::ParseCommandLineOptions(Argc, Argv, Overview, &errs()))
    return ToolError;
  if (BuildDir.empty()) {
    errs() << "ndis-scan: -p BUILD_DIR is required (the directory holding "
              "compile_commands.json)\n";
    return ToolError;
  }
  if (Jobs == 0)
    Jobs = 1;
  bool ShowProgress = !Quiet && (Progress.getNumOccurrences()
                                     ? bool(Progress)
                                     : sys::Process::StandardErrIsDisplayed());

  std::string LoadError;
  std::unique_ptr<tooling::CompilationDatabase> Loaded =
      tooling::CompilationDatabase::loadFromDirectory(BuildDir, LoadError);
  if (!Loaded) {
    errs() << "ndis-scan: cannot read a compilation database in '" << BuildDir
           << "': " << LoadError << "\n";
    return ToolError;
  }
  std::unique_ptr<tooling::CompilationDatabase> Commands =
      adjustCommands(std::move(Loaded), Argv[0]);

  std::vector<std::string> Files;
  StringSet<> SeenFiles;
  for (const std::string &F : Commands->getAllFiles())
    if (SeenFiles.insert(absolute(F)).second)
      Files.push_back(absolute(F));
  if (Files.empty()) {
    errs() << "ndis-scan: " << BuildDir
           << "/compile_commands.json lists no files\n";
    return ToolError;
  }
  StringSet<> Only;
  for (const std::string &F : ReportFiles) {
    if (!sys::fs::exists(F)) {
      errs() << "ndis-scan: no such file: " << F << "\n";
      return ToolError;
    }
    Only.insert(absolute(F));
  }

  // Pass 1: the index, and each file's AST for the imports of pass 2: kept
  // beside the summary file when it is exported (per-file runs use them),
  // else in a temporary directory.
  TemporaryDirectory TempASTs;
  std::string ASTDirectory;
  if (!ExportSummaries.empty()) {
    ASTDirectory = absolute(ExportSummaries) + ".ast";
    if (std::error_code EC = sys::fs::create_directories(ASTDirectory)) {
      errs() << "ndis-scan: cannot create " << ASTDirectory << ": "
             << EC.message() << "\n";
      return ToolError;
    }
  } else if (!NoASTCache && !sys::fs::createUniqueDirectory("ndis-scan-asts",
                                             TempASTs.Path)) {
    ASTDirectory = std::string(TempASTs.Path);
  }
  ProgressLine IndexProgress(ShowProgress, Files.size(), "index");
  ndis::DriverIndex Index = ndis::scan::indexDriver(
      *Commands, Files, Jobs, ASTDirectory,
      [&](const ndis::IndexedFile &F, double Seconds) {
        IndexProgress(F.File, Seconds);
      });
  std::vector<std::string> Broken;
  for (const ndis::IndexedFile &F : Index.Files)
    if (!F.FirstError.empty()) {
      errs() << "ndis-scan: " << F.File << " does not parse: " << F.FirstError
             << "\n";
      Broken.push_back(F.File + " does not parse: " + F.FirstError);
    }

  TemporaryFile Temp;
  std::string SummaryPath = ExportSummaries;
  if (SummaryPath.empty()) {
    if (std::error_code EC = sys::fs::createTemporaryFile(
            "ndis-scan-summaries", "json", Temp.Path)) {
      errs() << "ndis-scan: cannot create a temporary file: " << EC.message()
             << "\n";
      return ToolError;
    }
    SummaryPath = std::string(Temp.Path);
  }
  SummaryPath = absolute(SummaryPath);
  if (Error E = Index.save(SummaryPath)) {
    errs() << "ndis-scan: " << toString(std::move(E)) << "\n";
    return ToolError;
  }

  // Pass 2: the files that define an initialize handler.
  std::vector<std::string> Analyzed;
  for (const auto &H : Index.InitializeHandlers)
    if (const ndis::IndexedFunction *F = Index.function(H.first()))
      if (!llvm::is_contained(Analyzed, Index.Files[F->FileIndex].File))
        Analyzed.push_back(Index.Files[F->FileIndex].File);
  llvm::sort(Analyzed);
  if (Analyzed.empty() && !Quiet)
    errs() << "ndis-scan: no file of the driver defines a "
              "MiniportInitializeEx handler; nothing to check\n";

  ndis::scan::AnalysisSettings Settings;
  Settings.SummaryFile = SummaryPath;
  if (Checks.getNumOccurrences())
    Settings.Checks = Checks;
  Settings.Jobs = Jobs;
  ProgressLine AnalysisProgress(ShowProgress, Analyzed.size(), "analyze");
  std::vector<ClangTidyError> All =
      ndis::scan::analyzeDriver(*Commands, Analyzed, Settings,
                                [&](const std::string &F, double Seconds) {
                                  AnalysisProgress(F, Seconds);
                                });
  std::vector<ClangTidyError> Shown;
  for (ClangTidyError &E : All)
    if (reported(E, Only))
      Shown.push_back(std::move(E));
  unsigned NumFindings = llvm::count_if(Shown, isFinding);

  // Print as clang-tidy does.
  {
    tidy::ClangTidyContext Context(ndis::scan::scanOptionsProvider(Settings));
    unsigned WarningsAsErrors = 0;
    tidy::handleErrors(Shown, Context, tidy::FB_NoFix, WarningsAsErrors,
                       vfs::getRealFileSystem());
  }

  int Status = NumFindings ? Findings : NoFindings;
  if (!ExportFixes.empty()) {
    std::error_code EC;
    raw_fd_ostream OS(ExportFixes, EC, sys::fs::OF_None);
    if (EC) {
      errs() << "ndis-scan: cannot write " << ExportFixes << ": "
             << EC.message() << "\n";
      Status = ToolError;
    } else {
      tidy::exportReplacements(absolute(BuildDir), Shown, OS);
    }
  }
  if (!Sarif.empty()) {
    ndis::scan::SarifRunInfo Run;
    Run.ToolVersion = NDIS_TIDY_VERSION " (LLVM " LLVM_VERSION_STRING ")";
    Run.SourceRoot = absolute(".");
    Run.DocsBaseUri = NDIS_TIDY_DOCS_URI;
    Run.Notifications = Broken;
    std::string Error;
    if (!ndis::scan::writeSarifLog(
            Sarif, ndis::scan::buildSarifLog(Shown, Run), Error)) {
      errs() << "ndis-scan: " << Error << "\n";
      Status = ToolError;
    }
  }
  if (Fix) {
    ndis::scan::FixOutcome Outcome = ndis::scan::applyFixes(Shown);
    for (const std::string &C : Outcome.Conflicts)
      errs() << "ndis-scan: " << C << "\n";
    for (const std::string &F : Outcome.Failures)
      errs() << "ndis-scan: " << F << "\n";
    if (!Outcome.Failures.empty())
      Status = ToolError;
    if (!Quiet)
      errs() << "ndis-scan: applied the fixes of " << Outcome.FindingsFixed
             << " finding(s) in " << Outcome.FilesChanged << " file(s)\n";
  }
  if (!Quiet)
    errs() << "ndis-scan: " << Files.size() << " translation unit(s), "
           << Analyzed.size() << " with an initialize handler analyzed, "
           << NumFindings << " finding(s)\n";
  return Status;
}
