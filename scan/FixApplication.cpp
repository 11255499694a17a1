//===- FixApplication.cpp - ndis-scan --fix ------------------------------===//

#include "scan/FixApplication.h"
#include "clang/Tooling/Core/Replacement.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <map>
#include <set>

using clang::tidy::ClangTidyError;
using clang::tooling::Replacement;

namespace ndis::scan {

namespace {

/// One edit and the finding that proposes it.
struct Edit {
  unsigned Offset, Length;
  std::string Text;
  size_t Finding;
};

std::string where(const ClangTidyError &E) {
  return llvm::sys::path::filename(E.Message.FilePath).str() + " (offset " +
         std::to_string(E.Message.FileOffset) + ")";
}

/// Edits by file; identical edits of different findings appear once.
std::map<std::string, std::vector<Edit>>
editsByFile(const std::vector<ClangTidyError> &Findings) {
  std::map<std::string, std::vector<Edit>> Files;
  for (size_t I = 0; I < Findings.size(); ++I)
    for (const auto &FileFix : Findings[I].Message.Fix)
      for (const Replacement &R : FileFix.second) {
        std::vector<Edit> &List = Files[R.getFilePath().str()];
        bool Same = false;
        for (const Edit &E : List)
          Same |= E.Offset == R.getOffset() && E.Length == R.getLength() &&
                  E.Text == R.getReplacementText();
        if (!Same)
          List.push_back({R.getOffset(), R.getLength(),
                          R.getReplacementText().str(), I});
      }
  return Files;
}

bool overlap(const Edit &A, const Edit &B) {
  // Two insertions at one offset conflict too: their order is undefined.
  if (A.Offset == B.Offset)
    return true;
  return A.Offset < B.Offset + B.Length && B.Offset < A.Offset + A.Length;
}

bool writeAtomically(const std::string &Path, llvm::StringRef Content,
                     std::string &Error) {
  llvm::SmallString<256> Temp;
  int FD = -1;
  llvm::SmallString<256> Model(Path);
  Model += ".ndis-scan-%%%%%%";
  if (std::error_code EC =
          llvm::sys::fs::createUniqueFile(Model, FD, Temp)) {
    Error = "cannot create a temporary file beside " + Path + ": " +
            EC.message();
    return false;
  }
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << Content;
    OS.close();
    if (OS.has_error()) {
      Error = "cannot write " + std::string(Temp) + ": " +
              OS.error().message();
      OS.clear_error();
      llvm::sys::fs::remove(Temp);
      return false;
    }
  }
  // Keep the original file's permissions.
  if (llvm::ErrorOr<llvm::sys::fs::perms> Perms =
          llvm::sys::fs::getPermissions(Path))
    llvm::sys::fs::setPermissions(Temp, *Perms);
  if (std::error_code EC = llvm::sys::fs::rename(Temp, Path)) {
    Error = "cannot replace " + Path + ": " + EC.message();
    llvm::sys::fs::remove(Temp);
    return false;
  }
  return true;
}

} // namespace

std::vector<std::pair<size_t, std::string>>
conflictingFixes(const std::vector<ClangTidyError> &Findings) {
  std::map<size_t, std::string> Withheld;
  for (const auto &[File, Edits] : editsByFile(Findings))
    for (size_t A = 0; A < Edits.size(); ++A)
      for (size_t B = A + 1; B < Edits.size(); ++B) {
        const Edit &EA = Edits[A], &EB = Edits[B];
        if (EA.Finding == EB.Finding || !overlap(EA, EB))
          continue;
        Withheld.try_emplace(EA.Finding,
                             "its fix overlaps the fix of the finding at " +
                                 where(Findings[EB.Finding]));
        Withheld.try_emplace(EB.Finding,
                             "its fix overlaps the fix of the finding at " +
                                 where(Findings[EA.Finding]));
      }
  return {Withheld.begin(), Withheld.end()};
}

FixOutcome applyFixes(const std::vector<ClangTidyError> &Findings) {
  FixOutcome Out;
  std::set<size_t> Withheld;
  for (const auto &[I, Why] : conflictingFixes(Findings)) {
    Withheld.insert(I);
    Out.Conflicts.push_back(Findings[I].Message.FilePath + ":" +
                            std::to_string(Findings[I].Message.FileOffset) +
                            ": fix not applied: " + Why);
  }
  std::set<size_t> Fixed;
  for (const auto &[File, Edits] : editsByFile(Findings)) {
    clang::tooling::Replacements Kept;
    for (const Edit &E : Edits) {
      if (Withheld.count(E.Finding))
        continue;
      if (llvm::Error Err =
              Kept.add(Replacement(File, E.Offset, E.Length, E.Text))) {
        // Cannot happen after conflictingFixes; say so rather than guess.
        Out.Failures.push_back(File + ": " + llvm::toString(std::move(Err)));
        continue;
      }
      Fixed.insert(E.Finding);
    }
    if (Kept.empty())
      continue;
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buf =
        llvm::MemoryBuffer::getFile(File);
    if (!Buf) {
      Out.Failures.push_back(File + ": " + Buf.getError().message());
      continue;
    }
    llvm::Expected<std::string> NewCode =
        clang::tooling::applyAllReplacements((*Buf)->getBuffer(), Kept);
    if (!NewCode) {
      Out.Failures.push_back(File + ": " +
                             llvm::toString(NewCode.takeError()));
      continue;
    }
    std::string Error;
    if (!writeAtomically(File, *NewCode, Error)) {
      Out.Failures.push_back(Error);
      continue;
    }
    ++Out.FilesChanged;
  }
  Out.FindingsFixed = Fixed.size();
  return Out;
}

} // namespace ndis::scan
