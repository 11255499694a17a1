//===- SarifLog.cpp - ndis-scan's findings as a SARIF 2.1.0 log -----------===//

#include "scan/SarifLog.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <memory>
#include <optional>

using namespace llvm;
using clang::tidy::ClangTidyError;
using clang::tooling::DiagnosticMessage;
using clang::tooling::Replacement;
using clang::tooling::Replacements;

namespace ndis::scan {
namespace {

//===----------------------------------------------------------------------===//
// The check's messages
//===----------------------------------------------------------------------===//

/// The fixed parts of ndis-init-register-interrupt's messages that give a
/// finding its shape (tidy-module/InitRegisterInterruptCheck.cpp). The
/// resource's noun ("interrupt") comes first in some of them and varies with
/// the resource pair, so those are matched by what follows it. Everything
/// that reads the check's messages goes through these constants.
namespace checkmsg {
/// Warning at the registration: "<noun> registered here is not deregistered
/// when MiniportInitializeEx fails".
constexpr StringLiteral InitializeLeak =
    " registered here is not deregistered when MiniportInitializeEx fails";
/// Note at the acquire call inside a helper: "<noun> registered by this call".
constexpr StringLiteral RegisteredByCall = " registered by this call";
/// Halt findings' note at the registration: "<noun> registered here", or
/// "<noun> registered here in <initialize handler>".
constexpr StringLiteral RegisteredHere = " registered here";
constexpr StringLiteral RegisteredHereIn = " in ";
/// Note at the step whose failure starts a leaking path.
constexpr StringLiteral FailingStep = "the failure comes from";
/// Notes at leaking exits, of initialize and of halt.
constexpr StringLiteral InitializeExit =
    "MiniportInitializeEx fails here with the";
constexpr StringLiteral HaltExit = "returns here with the";
/// Note saying why a finding has no fix-it; never part of a path.
constexpr StringLiteral NoFix = "no fix-it offered:";
} // namespace checkmsg

/// What a note is on a leaking path.
enum class StepRole { Registration, FailingStep, Exit, None };

bool isHaltRegisteredHereNote(StringRef Text) {
  size_t At = Text.find(checkmsg::RegisteredHere);
  if (At == StringRef::npos || At == 0)
    return false;
  StringRef Rest = Text.substr(At + checkmsg::RegisteredHere.size());
  return Rest.empty() || Rest.starts_with(checkmsg::RegisteredHereIn);
}

StepRole noteRole(StringRef Text) {
  if (Text.starts_with(checkmsg::InitializeExit) ||
      Text.starts_with(checkmsg::HaltExit))
    return StepRole::Exit;
  if (Text.starts_with(checkmsg::FailingStep))
    return StepRole::FailingStep;
  if (Text.starts_with(checkmsg::NoFix))
    return StepRole::None;
  if (Text.ends_with(checkmsg::RegisteredByCall) ||
      isHaltRegisteredHereNote(Text))
    return StepRole::Registration;
  return StepRole::None;
}

/// True for the initialize warning, which stands at the registration (in the
/// handler's body) and so is the first step of each of its paths. A halt
/// warning stands at the halt's name, which is not on the path.
bool isInitializeLeakWarning(StringRef Text) {
  return Text.ends_with(checkmsg::InitializeLeak);
}

//===----------------------------------------------------------------------===//
// Text
//===----------------------------------------------------------------------===//

/// JSON strings must be UTF-8; driver sources are often Windows-1252, and
/// messages quote them. Invalid bytes become U+FFFD here: llvm::json repairs
/// them itself only where assertions are off, and aborts where they are on.
json::Value utf8(StringRef S) {
  if (json::isUTF8(S))
    return S.str();
  return json::fixUTF8(S);
}

/// Bytes in the UTF-8 sequence that starts at I, or 1 for a byte that does
/// not start a valid one: a decoder replaces such a byte by one U+FFFD, so it
/// counts as one code point, as in the column a viewer shows.
size_t utf8SequenceLength(StringRef Bytes, size_t I) {
  unsigned Length = getNumBytesForUTF8(static_cast<UTF8>(Bytes[I]));
  if (Length <= 1 || I + Length > Bytes.size())
    return 1;
  const auto *Start = reinterpret_cast<const UTF8 *>(Bytes.data() + I);
  return isLegalUTF8Sequence(Start, Start + Length) ? Length : 1;
}

unsigned countCodePoints(StringRef Bytes) {
  unsigned Count = 0;
  for (size_t I = 0; I < Bytes.size(); I += utf8SequenceLength(Bytes, I))
    ++Count;
  return Count;
}

/// The UTF-8 byte order mark is an encoding signature, not text: viewers
/// drop it before they count columns.
StringRef dropByteOrderMark(StringRef Bytes) {
  Bytes.consume_front("\xEF\xBB\xBF");
  return Bytes;
}

bool isLineTerminator(char C) { return C == '\n' || C == '\r'; }

bool isIdentifierChar(char C) { return isAlnum(C) || C == '_'; }

/// A position as SARIF counts it, with run.columnKind "unicodeCodePoints".
struct TextPosition {
  unsigned Line = 1;       ///< 1-based.
  unsigned Column = 1;     ///< 1-based, in code points.
  unsigned CharOffset = 0; ///< Code points before it in the file.
};

/// One source file's text and where its lines start. Lines end at LF, CRLF or
/// a lone CR, the terminators SARIF and Clang both recognize.
class LineTable {
public:
  explicit LineTable(std::string Contents) : Text(std::move(Contents)) {
    findLineStarts();
  }

  /// The position of the byte at Offset (offsets past the end are clamped:
  /// the file changed after the scan).
  TextPosition position(unsigned Offset) const {
    Offset = std::min<size_t>(Offset, Text.size());
    size_t Line = llvm::upper_bound(LineStarts, Offset) - LineStarts.begin();
    unsigned Start = LineStarts[Line - 1];
    TextPosition P;
    P.Line = Line;
    P.Column = countCodePoints(lineText(Line - 1, Start, Offset)) + 1;
    P.CharOffset = CharsBeforeLine[Line - 1] + P.Column - 1;
    return P;
  }

  /// The end of the token at Offset, for a region a viewer can underline:
  /// an identifier or keyword (a call's name, the halt's name, `goto`,
  /// `return`), else one character; Offset itself at a line's end.
  unsigned tokenEnd(unsigned Offset) const {
    if (Offset >= Text.size() || isLineTerminator(Text[Offset]))
      return Offset;
    if (!isIdentifierChar(Text[Offset]))
      return Offset + utf8SequenceLength(Text, Offset);
    unsigned End = Offset;
    while (End < Text.size() && isIdentifierChar(Text[End]))
      ++End;
    return End;
  }

private:
  void findLineStarts() {
    LineStarts.push_back(0);
    for (size_t I = 0; I < Text.size(); ++I) {
      if (Text[I] == '\r' && I + 1 < Text.size() && Text[I + 1] == '\n')
        ++I;
      if (isLineTerminator(Text[I]))
        LineStarts.push_back(I + 1);
    }
    CharsBeforeLine.push_back(0);
    for (size_t L = 1; L < LineStarts.size(); ++L)
      CharsBeforeLine.push_back(
          CharsBeforeLine.back() +
          countCodePoints(lineText(L - 1, LineStarts[L - 1], LineStarts[L])));
  }

  /// Bytes [Begin, End) of line Index (0-based), without a leading BOM.
  StringRef lineText(size_t Index, unsigned Begin, unsigned End) const {
    StringRef Bytes = StringRef(Text).slice(Begin, End);
    return Index == 0 ? dropByteOrderMark(Bytes) : Bytes;
  }

  std::string Text;
  std::vector<unsigned> LineStarts;      ///< Byte offset of each line.
  std::vector<unsigned> CharsBeforeLine; ///< Code points before each line.
};

/// The scanned files, each read once; a file that cannot be read is
/// reported once, and its regions keep byte offsets only.
class SourceFiles {
public:
  /// Null when the file cannot be read.
  const LineTable *lines(StringRef Path) {
    auto [It, Inserted] = Tables.try_emplace(Path);
    if (Inserted)
      It->second = read(Path);
    return It->second.get();
  }

  const std::vector<std::string> &problems() const { return Problems; }

private:
  std::unique_ptr<LineTable> read(StringRef Path) {
    auto Buffer = MemoryBuffer::getFile(Path, /*IsText=*/false,
                                        /*RequiresNullTerminator=*/false);
    if (!Buffer) {
      Problems.push_back(formatv("cannot read {0} to compute the lines and "
                                 "columns of its findings: {1}",
                                 Path, Buffer.getError().message()));
      return nullptr;
    }
    return std::make_unique<LineTable>((*Buffer)->getBuffer().str());
  }

  StringMap<std::unique_ptr<LineTable>> Tables;
  std::vector<std::string> Problems;
};

//===----------------------------------------------------------------------===//
// Regions
//===----------------------------------------------------------------------===//

/// The text region [Begin, End) of a file. An empty one (an insertion point)
/// has endLine == startLine and endColumn == startColumn. The end is the
/// position of the first byte after the region, which is exact for fix
/// application even when the region ends with a line terminator.
json::Object textRegion(const LineTable &Lines, unsigned Begin, unsigned End) {
  TextPosition Start = Lines.position(Begin);
  TextPosition Stop = Lines.position(std::max(Begin, End));
  return json::Object{{"startLine", Start.Line},
                      {"startColumn", Start.Column},
                      {"endLine", Stop.Line},
                      {"endColumn", Stop.Column},
                      {"charOffset", Start.CharOffset},
                      {"charLength", Stop.CharOffset - Start.CharOffset}};
}

/// The same region when the file could not be read: bytes are all we know.
json::Object byteRegion(unsigned Begin, unsigned End) {
  return json::Object{{"byteOffset", Begin},
                      {"byteLength", std::max(Begin, End) - Begin}};
}

/// Where a diagnostic's region ends: at the end of the first source range
/// clang-tidy attached that covers its location, else at the end of the token
/// there.
unsigned diagnosticEnd(const DiagnosticMessage &M, const LineTable *Lines) {
  for (const clang::tooling::FileByteRange &R : M.Ranges)
    if (R.FilePath == M.FilePath && R.FileOffset <= M.FileOffset &&
        M.FileOffset < R.FileOffset + R.Length)
      return R.FileOffset + R.Length;
  return Lines ? Lines->tokenEnd(M.FileOffset) : M.FileOffset;
}

//===----------------------------------------------------------------------===//
// Paths and URIs
//===----------------------------------------------------------------------===//

/// An absolute path with '/' separators and no "." or ".." components.
/// clang-tidy reports paths as the compile command spelled them, relative to
/// the command's directory (BuildDirectory).
std::string absolutePath(StringRef Path, StringRef BuildDirectory) {
  SmallString<256> Result;
  if (!sys::path::is_absolute(Path))
    Result = BuildDirectory;
  sys::path::append(Result, Path);
  sys::fs::make_absolute(Result);
  sys::path::remove_dots(Result, /*remove_dot_dot=*/true);
  return sys::path::convert_to_slash(Result);
}

/// Characters RFC 3986 allows unescaped in a path segment, and '/'. ':' is
/// left out: in a relative reference's first segment it would read as a
/// scheme.
bool isUriPathChar(char C) {
  return isAlnum(C) || StringRef("-._~!$&'()*+,;=@/").contains(C);
}

/// Path percent-encoded byte by byte (UTF-8 stays UTF-8 underneath).
/// KeepDriveColon keeps the ':' of a Windows drive ("C:/x").
std::string encodeUriPath(StringRef Path, bool KeepDriveColon) {
  std::string Out;
  for (size_t I = 0; I < Path.size(); ++I) {
    char C = Path[I];
    bool DriveColon = KeepDriveColon && I == 1 && C == ':' && isAlpha(Path[0]);
    if (C != '\0' && (isUriPathChar(C) || DriveColon)) {
      Out += C;
      continue;
    }
    unsigned char Byte = static_cast<unsigned char>(C);
    Out += '%';
    Out += hexdigit(Byte >> 4);
    Out += hexdigit(Byte & 0xF);
  }
  return Out;
}

/// The file: URI of an absolute path ("file:///C:/x" for a Windows path).
std::string fileUri(StringRef AbsolutePath) {
  std::string Uri = "file://";
  if (!AbsolutePath.starts_with("/"))
    Uri += '/';
  return Uri + encodeUriPath(AbsolutePath, /*KeepDriveColon=*/true);
}

/// uriBaseId of files under SarifRunInfo::SourceRoot.
constexpr StringLiteral SourceRootId = "SRCROOT";

/// run.artifacts: every file a location or fix refers to, in order of first
/// reference. Locations name a file by its URI and its index here.
class ArtifactTable {
public:
  explicit ArtifactTable(StringRef SourceRoot) {
    if (SourceRoot.empty())
      return;
    Root = absolutePath(SourceRoot, "");
    if (!StringRef(Root).ends_with("/"))
      Root += '/';
  }

  /// The artifactLocation of an absolute path, adding it to run.artifacts
  /// first if new.
  json::Object locate(StringRef Path) {
    auto [It, Inserted] = Index.try_emplace(Path, Paths.size());
    if (Inserted)
      Paths.push_back(Path.str());
    json::Object Location = uriOf(Path);
    Location["index"] = It->second;
    return Location;
  }

  json::Array toJson() const {
    json::Array Out;
    for (const std::string &Path : Paths)
      Out.push_back(json::Object{{"location", uriOf(Path)}});
    return Out;
  }

  /// run.originalUriBaseIds: where SRCROOT was when the scan ran.
  std::optional<json::Object> uriBaseIds() const {
    if (Root.empty())
      return std::nullopt;
    return json::Object{{SourceRootId, json::Object{{"uri", fileUri(Root)}}}};
  }

private:
  /// {uri, uriBaseId}: relative to the source root when under it.
  json::Object uriOf(StringRef Path) const {
    if (!Root.empty() && Path.starts_with(Root))
      return json::Object{
          {"uri", encodeUriPath(Path.substr(Root.size()), false)},
          {"uriBaseId", SourceRootId}};
    return json::Object{{"uri", fileUri(Path)}};
  }

  std::string Root; ///< Absolute, ends with '/'; empty: no source root.
  std::vector<std::string> Paths;
  StringMap<unsigned> Index;
};

/// Base + Relative, with exactly one '/' between them.
std::string joinUri(StringRef Base, StringRef Relative) {
  std::string Uri = Base.str();
  if (!StringRef(Uri).ends_with("/"))
    Uri += '/';
  return Uri + Relative.str();
}

/// tool.driver.informationUri: the given one, else the README.md beside
/// the docs directory.
std::optional<std::string> informationUri(const SarifRunInfo &Run) {
  if (!Run.InformationUri.empty())
    return Run.InformationUri;
  StringRef Docs = StringRef(Run.DocsBaseUri).rtrim('/');
  size_t Slash = Docs.rfind('/');
  if (Docs.empty() || Slash == StringRef::npos)
    return std::nullopt;
  return joinUri(Docs.take_front(Slash + 1), "README.md");
}

//===----------------------------------------------------------------------===//
// Rules and the Static Driver Verifier taxonomy
//===----------------------------------------------------------------------===//

/// SDV's rules are a taxonomy (run.taxonomies[0]); our rules point at the SDV
/// rule they check with a relationship, so consumers can map findings
/// between the two tools.
constexpr StringLiteral SdvTaxonomy = "StaticDriverVerifier";
constexpr unsigned SdvTaxonomyIndex = 0;

/// One of ndis-tidy's own rules, as the log describes it.
struct KnownRule {
  StringLiteral Id;
  StringLiteral Name; ///< reportingDescriptor.name: the id in CamelCase.
  StringLiteral ShortDescription;
  StringLiteral FullDescription;
  StringLiteral FixDescription;
  /// The Static Driver Verifier rule it checks, and that rule's page.
  StringLiteral SdvRule;
  StringLiteral SdvRuleDescription;
  StringLiteral SdvRuleHelpUri;
};

constexpr StringLiteral InterruptRuleId = "ndis-init-register-interrupt";

const KnownRule KnownRules[] = {
    {InterruptRuleId, "InitRegisterInterrupt",
     "An interrupt registered in MiniportInitializeEx is not deregistered "
     "when initialize fails, or in MiniportHaltEx.",
     "An interrupt registered by NdisMRegisterInterruptEx in "
     "MiniportInitializeEx must be deregistered with "
     "NdisMDeregisterInterruptEx on every path where initialize then fails "
     "(NDIS calls no halt handler then, and Windows bugchecks with "
     "NDIS_BUGCHECK_INIT_FAILED_WITHOUT_INTERRUPT_DEREGISTER), and in "
     "MiniportHaltEx. The check follows every path through the two handlers "
     "and the helpers they call, and reports each registration that outlives "
     "a failed initialize or a halt, with the leaking paths. This is Static "
     "Driver Verifier's rule Init_RegisterInterrupt.",
     "Deregister the interrupt with NdisMDeregisterInterruptEx on the leaking "
     "paths (verified by walking the handler again with the call in place).",
     "Init_RegisterInterrupt",
     "The registration of interrupts in MiniportInitializeEx must be undone "
     "if initialization fails, and in MiniportHaltEx.",
     "https://learn.microsoft.com/windows-hardware/drivers/devtest/"
     "ndis-init-registerinterrupt"},
};

const KnownRule *findKnownRule(StringRef Id) {
  for (const KnownRule &Rule : KnownRules)
    if (Rule.Id == Id)
      return &Rule;
  return nullptr;
}

/// clang's compiler errors as clang-tidy names them; their results are
/// errors, not warnings.
constexpr StringLiteral CompilerErrorId = "clang-diagnostic-error";

std::optional<std::string> ndisRuleHelpUri(StringRef Id,
                                           const SarifRunInfo &Run) {
  if (Run.DocsBaseUri.empty())
    return std::nullopt;
  return joinUri(Run.DocsBaseUri, ("checks/" + Id + ".rst").str());
}

/// clang-tidy's documentation has one page per check, under its category
/// ("bugprone-use-after-move": checks/bugprone/use-after-move.html). Compiler
/// diagnostics (clang-diagnostic-*) have none there.
std::optional<std::string> clangTidyHelpUri(StringRef Id) {
  if (Id.starts_with("clang-diagnostic-"))
    return std::nullopt;
  auto [Category, Check] = Id.split('-');
  if (Category == "clang" && Check.consume_front("analyzer-"))
    Category = "clang-analyzer";
  if (Category.empty() || Check.empty())
    return std::nullopt;
  return ("https://clang.llvm.org/extra/clang-tidy/checks/" + Category + "/" +
          Check + ".html")
      .str();
}

json::Object text(StringRef S) { return json::Object{{"text", utf8(S)}}; }

/// The rule's link to the SDV rule: the same property of the driver
/// ("equal"), checked by another tool.
json::Object sdvRelationship(const KnownRule &Rule, unsigned TaxonIndex) {
  return json::Object{
      {"target", json::Object{{"id", Rule.SdvRule},
                              {"index", TaxonIndex},
                              {"toolComponent",
                               json::Object{{"name", SdvTaxonomy},
                                            {"index", SdvTaxonomyIndex}}}}},
      {"kinds", json::Array{"equal"}},
      {"description",
       text(("Static Driver Verifier rule " + Rule.SdvRule).str())}};
}

json::Object knownRuleDescriptor(const KnownRule &Rule, unsigned TaxonIndex,
                                 const SarifRunInfo &Run) {
  json::Object Descriptor{
      {"id", Rule.Id},
      {"name", Rule.Name},
      {"shortDescription", text(Rule.ShortDescription)},
      {"fullDescription", text(Rule.FullDescription)},
      {"defaultConfiguration", json::Object{{"level", "warning"}}},
      {"relationships", json::Array{sdvRelationship(Rule, TaxonIndex)}},
      {"properties", json::Object{{"tags", json::Array{"ndis", "correctness",
                                                       Rule.SdvRule}}}}};
  if (auto Help = ndisRuleHelpUri(Rule.Id, Run))
    Descriptor["helpUri"] = *Help;
  return Descriptor;
}

/// A rule ndis-scan knows nothing about (another clang-tidy check the user
/// enabled, or a compiler diagnostic).
json::Object otherRuleDescriptor(StringRef Id, const SarifRunInfo &Run) {
  json::Object Descriptor{{"id", utf8(Id)}, {"shortDescription", text(Id)}};
  if (Id == CompilerErrorId)
    Descriptor["defaultConfiguration"] = json::Object{{"level", "error"}};
  std::optional<std::string> Help =
      Id.starts_with("ndis-") ? ndisRuleHelpUri(Id, Run) : clangTidyHelpUri(Id);
  if (Help)
    Descriptor["helpUri"] = *Help;
  return Descriptor;
}

/// tool.driver.rules: ndis-init-register-interrupt first, always, then every
/// other rule in order of first result. Results refer to them by index.
class Rules {
public:
  Rules() { indexOf(InterruptRuleId); }

  unsigned indexOf(StringRef Id) {
    auto [It, Inserted] = Index.try_emplace(Id, Ids.size());
    if (Inserted)
      Ids.push_back(Id.str());
    return It->second;
  }

  json::Array descriptors(const SarifRunInfo &Run) const {
    json::Array Out;
    for (const std::string &Id : Ids) {
      if (const KnownRule *Rule = findKnownRule(Id))
        Out.push_back(knownRuleDescriptor(*Rule, taxonIndex(*Rule), Run));
      else
        Out.push_back(otherRuleDescriptor(Id, Run));
    }
    return Out;
  }

  /// run.taxonomies[0]: Static Driver Verifier, with a taxon for the SDV
  /// rule of each of our rules.
  json::Object sdvTaxonomy() const {
    json::Array Taxa;
    for (const KnownRule &Rule : KnownRules)
      Taxa.push_back(
          json::Object{{"id", Rule.SdvRule},
                       {"name", Rule.SdvRule},
                       {"shortDescription", text(Rule.SdvRuleDescription)},
                       {"helpUri", Rule.SdvRuleHelpUri}});
    return json::Object{{"name", SdvTaxonomy},
                        {"fullName", "Static Driver Verifier"},
                        {"organization", "Microsoft"},
                        {"informationUri",
                         "https://learn.microsoft.com/windows-hardware/"
                         "drivers/devtest/static-driver-verifier"},
                        {"isComprehensive", false},
                        {"taxa", std::move(Taxa)}};
  }

private:
  static unsigned taxonIndex(const KnownRule &Rule) {
    return &Rule - std::begin(KnownRules);
  }

  std::vector<std::string> Ids;
  StringMap<unsigned> Index;
};

//===----------------------------------------------------------------------===//
// The log
//===----------------------------------------------------------------------===//

StringRef resultLevel(const ClangTidyError &E) {
  if (E.DiagLevel == clang::tooling::Diagnostic::Error || E.IsWarningAsError)
    return "error";
  if (E.DiagLevel == clang::tooling::Diagnostic::Remark)
    return "note";
  return "warning";
}

/// "0.1.0 (LLVM 19.1.7)" -> "0.1.0": the part of a version that is a
/// semantic version, if it starts with one.
std::optional<std::string> semanticVersion(StringRef Version) {
  StringRef Core = Version.take_until([](char C) { return C == ' '; });
  SmallVector<StringRef, 3> Parts;
  Core.split(Parts, '.');
  if (Parts.size() != 3 || !llvm::all_of(Parts, [](StringRef P) {
        return !P.empty() && llvm::all_of(P, isDigit);
      }))
    return std::nullopt;
  return Core.str();
}

/// A leaking path, in execution order: the registration (and the call that
/// performs it, in a helper), the failing step if named, the exit.
using LeakingPath = SmallVector<const DiagnosticMessage *, 4>;

/// One path per exit note. A "the failure comes from" note belongs to the
/// exit note after it. Findings without exit notes have no paths.
std::vector<LeakingPath> leakingPaths(const ClangTidyError &E) {
  LeakingPath Registration;
  if (isInitializeLeakWarning(E.Message.Message))
    Registration.push_back(&E.Message);
  for (const DiagnosticMessage &Note : E.Notes)
    if (noteRole(Note.Message) == StepRole::Registration)
      Registration.push_back(&Note);
  std::vector<LeakingPath> Paths;
  if (Registration.empty())
    return Paths;
  const DiagnosticMessage *FailingStep = nullptr;
  for (const DiagnosticMessage &Note : E.Notes) {
    StepRole Role = noteRole(Note.Message);
    if (Role == StepRole::FailingStep)
      FailingStep = &Note;
    if (Role != StepRole::Exit)
      continue;
    LeakingPath Path = Registration;
    if (FailingStep)
      Path.push_back(FailingStep);
    Path.push_back(&Note);
    Paths.push_back(std::move(Path));
    FailingStep = nullptr;
  }
  return Paths;
}

/// Builds the log's parts that need the files (locations, fixes), the
/// artifact list and the rule list, one finding at a time.
class LogBuilder {
public:
  explicit LogBuilder(const SarifRunInfo &Run)
      : Run(Run), Artifacts(Run.SourceRoot) {}

  json::Object result(const ClangTidyError &E) {
    json::Object Result{{"ruleId", utf8(E.DiagnosticName)},
                        {"ruleIndex", RuleTable.indexOf(E.DiagnosticName)},
                        {"level", resultLevel(E)},
                        {"message", text(E.Message.Message)}};
    if (auto Where = physicalLocation(E.Message, E.BuildDirectory))
      Result["locations"] =
          json::Array{json::Object{{"physicalLocation", std::move(*Where)}}};
    if (!E.Notes.empty())
      Result["relatedLocations"] = relatedLocations(E);
    json::Array Flows = codeFlows(E);
    if (!Flows.empty())
      Result["codeFlows"] = std::move(Flows);
    json::Array Fixes = fixes(E);
    if (!Fixes.empty())
      Result["fixes"] = std::move(Fixes);
    return Result;
  }

  json::Object run(json::Array Results) {
    json::Object Run{{"tool", json::Object{{"driver", driver()}}},
                     {"invocations", json::Array{invocation()}},
                     {"columnKind", "unicodeCodePoints"},
                     {"taxonomies", json::Array{RuleTable.sdvTaxonomy()}},
                     {"artifacts", Artifacts.toJson()},
                     {"results", std::move(Results)}};
    if (auto BaseIds = Artifacts.uriBaseIds())
      Run["originalUriBaseIds"] = std::move(*BaseIds);
    return Run;
  }

private:
  /// Where a message points; none when it has no file (a command-line
  /// error).
  std::optional<json::Object> physicalLocation(const DiagnosticMessage &M,
                                               StringRef BuildDirectory) {
    if (M.FilePath.empty())
      return std::nullopt;
    std::string Path = absolutePath(M.FilePath, BuildDirectory);
    const LineTable *Lines = Files.lines(Path);
    unsigned End = diagnosticEnd(M, Lines);
    return json::Object{{"artifactLocation", Artifacts.locate(Path)},
                        {"region", Lines ? textRegion(*Lines, M.FileOffset, End)
                                         : byteRegion(M.FileOffset, End)}};
  }

  /// A location with its message; Id > 0 names it within the result.
  json::Object location(const DiagnosticMessage &M, StringRef BuildDirectory,
                        unsigned Id = 0) {
    json::Object Location{{"message", text(M.Message)}};
    if (Id > 0)
      Location["id"] = Id;
    if (auto Where = physicalLocation(M, BuildDirectory))
      Location["physicalLocation"] = std::move(*Where);
    return Location;
  }

  /// Every note, numbered from 1 in clang-tidy's order.
  json::Array relatedLocations(const ClangTidyError &E) {
    json::Array Out;
    for (const auto &[I, Note] : llvm::enumerate(E.Notes))
      Out.push_back(location(Note, E.BuildDirectory, I + 1));
    return Out;
  }

  /// One code flow, with one thread flow, per leaking exit.
  json::Array codeFlows(const ClangTidyError &E) {
    json::Array Flows;
    for (const LeakingPath &Path : leakingPaths(E)) {
      json::Array Steps;
      for (const DiagnosticMessage *Step : Path)
        Steps.push_back(
            json::Object{{"location", location(*Step, E.BuildDirectory)}});
      Flows.push_back(json::Object{
          {"message", text(Path.back()->Message)},
          {"threadFlows",
           json::Array{json::Object{{"locations", std::move(Steps)}}}}});
    }
    return Flows;
  }

  /// The warning's fix, then each note's, as alternatives.
  json::Array fixes(const ClangTidyError &E) {
    json::Array Out;
    const KnownRule *Rule = findKnownRule(E.DiagnosticName);
    StringRef WarningFix =
        Rule ? StringRef(Rule->FixDescription) : StringRef(E.Message.Message);
    if (auto Fix = fix(E.Message.Fix, WarningFix, E.BuildDirectory))
      Out.push_back(std::move(*Fix));
    for (const DiagnosticMessage &Note : E.Notes)
      if (auto Fix = fix(Note.Fix, Note.Message, E.BuildDirectory))
        Out.push_back(std::move(*Fix));
    return Out;
  }

  /// One SARIF fix: an artifactChange per file, in path order so that the
  /// log does not depend on StringMap's hashing.
  std::optional<json::Object> fix(const StringMap<Replacements> &Edits,
                                  StringRef Description,
                                  StringRef BuildDirectory) {
    std::vector<StringRef> Files;
    for (const auto &Entry : Edits)
      if (!Entry.getValue().empty())
        Files.push_back(Entry.getKey());
    if (Files.empty())
      return std::nullopt;
    llvm::sort(Files);
    json::Array Changes;
    for (StringRef File : Files)
      Changes.push_back(artifactChange(absolutePath(File, BuildDirectory),
                                       Edits.lookup(File)));
    return json::Object{{"description", text(Description)},
                        {"artifactChanges", std::move(Changes)}};
  }

  /// One file's edits; an insertion deletes an empty region.
  json::Object artifactChange(StringRef Path, const Replacements &Edits) {
    const LineTable *Lines = Files.lines(Path);
    json::Array Changes;
    for (const Replacement &R : Edits) {
      unsigned End = R.getOffset() + R.getLength();
      json::Object Change{
          {"deletedRegion", Lines ? textRegion(*Lines, R.getOffset(), End)
                                  : byteRegion(R.getOffset(), End)}};
      if (!R.getReplacementText().empty())
        Change["insertedContent"] = text(R.getReplacementText());
      Changes.push_back(std::move(Change));
    }
    return json::Object{{"artifactLocation", Artifacts.locate(Path)},
                        {"replacements", std::move(Changes)}};
  }

  json::Object driver() const {
    json::Object Driver{
        {"name", "ndis-scan"},
        {"fullName", "ndis-scan (ndis-tidy)"},
        {"rules", RuleTable.descriptors(Run)},
        {"supportedTaxonomies",
         json::Array{json::Object{{"name", SdvTaxonomy},
                                  {"index", SdvTaxonomyIndex}}}}};
    if (!Run.ToolVersion.empty())
      Driver["version"] = utf8(Run.ToolVersion);
    if (auto Semantic = semanticVersion(Run.ToolVersion))
      Driver["semanticVersion"] = *Semantic;
    if (auto Info = informationUri(Run))
      Driver["informationUri"] = *Info;
    return Driver;
  }

  /// The scan's own problems ("error") and files it could not read to place
  /// findings ("warning").
  json::Object invocation() const {
    json::Array Notifications;
    for (const std::string &Problem : Run.Notifications)
      Notifications.push_back(
          json::Object{{"level", "error"}, {"message", text(Problem)}});
    for (const std::string &Problem : Files.problems())
      Notifications.push_back(
          json::Object{{"level", "warning"}, {"message", text(Problem)}});
    json::Object Invocation{{"executionSuccessful", Run.ExecutionSuccessful}};
    if (!Notifications.empty())
      Invocation["toolExecutionNotifications"] = std::move(Notifications);
    return Invocation;
  }

  const SarifRunInfo &Run;
  SourceFiles Files;
  ArtifactTable Artifacts;
  Rules RuleTable;
};

} // namespace

json::Value buildSarifLog(ArrayRef<ClangTidyError> Findings,
                          const SarifRunInfo &Run) {
  LogBuilder Builder(Run);
  json::Array Results;
  for (const ClangTidyError &E : Findings)
    Results.push_back(Builder.result(E));
  return json::Object{
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs", json::Array{Builder.run(std::move(Results))}}};
}

bool writeSarifLog(StringRef Path, const json::Value &Log, std::string &Error) {
  std::string Temporary = (Path + ".tmp").str();
  {
    std::error_code EC;
    raw_fd_ostream OS(Temporary, EC, sys::fs::OF_None);
    if (EC) {
      Error = formatv("cannot write {0}: {1}", Temporary, EC.message());
      return false;
    }
    OS << formatv("{0:2}", Log) << '\n';
    OS.close();
    if (OS.has_error()) {
      Error = formatv("cannot write {0}: {1}", Temporary, OS.error().message());
      // A stream destroyed with an error pending aborts the program.
      OS.clear_error();
      sys::fs::remove(Temporary);
      return false;
    }
  }
  if (std::error_code EC = sys::fs::rename(Temporary, Path)) {
    Error =
        formatv("cannot rename {0} to {1}: {2}", Temporary, Path, EC.message());
    sys::fs::remove(Temporary);
    return false;
  }
  return true;
}

} // namespace ndis::scan
