//===- MissingWdkHeaderCallbacks.cpp - explain a missing <ndis.h> ---------===//

#include "tidy-module/MissingWdkHeaderCallbacks.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::ndis {

void MissingWdkHeaderCallbacks::InclusionDirective(
    SourceLocation HashLoc, const Token &, StringRef FileName, bool,
    CharSourceRange, OptionalFileEntryRef File, StringRef, StringRef,
    const Module *, bool, SrcMgr::CharacteristicKind) {
  if (File || Reported)
    return;
  bool IsWdkHeader = llvm::is_contained(
      llvm::ArrayRef<llvm::StringRef>{"ndis.h", "ntddk.h", "wdm.h", "ntdef.h"},
      FileName);
  if (!IsWdkHeader)
    return;
  Reported = true;
  Report(HashLoc, FileName);
}

} // namespace clang::tidy::ndis
