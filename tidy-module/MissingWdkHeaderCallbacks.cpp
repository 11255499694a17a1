//===- MissingWdkHeaderCallbacks.cpp - explain a missing <ndis.h> ---------===//

#include "tidy-module/MissingWdkHeaderCallbacks.h"
#include "llvm/ADT/StringSwitch.h"

namespace clang::tidy::ndis {

void MissingWdkHeaderCallbacks::InclusionDirective(
    SourceLocation HashLoc, const Token &, StringRef FileName, bool,
    CharSourceRange, OptionalFileEntryRef File, StringRef, StringRef,
    const Module *, bool, SrcMgr::CharacteristicKind) {
  if (File || Reported)
    return;
  bool IsWdkHeader = llvm::StringSwitch<bool>(FileName)
                         .Cases("ndis.h", "ntddk.h", "wdm.h", "ntdef.h", true)
                         .Default(false);
  if (!IsWdkHeader)
    return;
  Reported = true;
  Report(HashLoc, FileName);
}

} // namespace clang::tidy::ndis
