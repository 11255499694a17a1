//===- ApiKnowledge.cpp - platform calls ----------------------------------===//

#include "tidy-module/analysis/ApiKnowledge.h"
#include "tidy-module/analysis/IntegerConstants.h"
#include "tidy-module/analysis/PlatformHeaders.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/Builtins.h"
#include "llvm/ADT/StringRef.h"

using namespace clang;

namespace ndis {

bool isOverridable(const FunctionDecl *Callee) {
  const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
  return Method && Method->isVirtual() && !Method->hasAttr<FinalAttr>() &&
         !(Method->getParent() && Method->getParent()->hasAttr<FinalAttr>());
}

static const char *const PlatformPrefixes[] = {
    "Ndis", "Nt",  "Zw",  "Ke",   "Ex",   "Io",   "Mm",  "Ob",
    "Ps",   "Rtl", "Wdf", "Hal",  "Po",   "Se",   "Etw", "Dbg",
    "WPP_", "Wpp", "Interlocked", "_Interlocked", "__"};

static const char *const CRuntime[] = {
    "memset", "memcpy", "memmove", "memcmp", "strlen", "strcpy", "strncpy",
    "wcslen", "sprintf", "snprintf", "printf", "abort", "exit"};

bool isPlatformFunction(const FunctionDecl *FD,
                        const PlatformHeaders &Platform) {
  if (!FD)
    return false;
  if (FD->getBuiltinID())
    return true;
  if (Platform.contains(FD->getLocation()))
    return true;
  const IdentifierInfo *II = FD->getIdentifier();
  if (!II)
    return false;
  llvm::StringRef Name = II->getName();
  for (const char *C : CRuntime)
    if (Name == C)
      return true;
  if (isa<CXXMethodDecl>(FD))
    return false;
  for (const char *P : PlatformPrefixes) {
    llvm::StringRef Prefix(P);
    // "Nt" must be followed by an upper-case letter: NtClose, not Ntfs_x.
    if (Name.size() > Prefix.size() && Name.starts_with(Prefix) &&
        (Prefix.back() == '_' || isUppercase(Name[Prefix.size()])))
      return true;
  }
  return false;
}

bool isResourceRelease(const FunctionDecl *Callee) {
  static const char *const Releases[] = {
      "NdisMUnmapIoSpace",           "NdisMFreeSharedMemory",
      "NdisMFreeSharedMemoryAsync",  "NdisFreeMemory",
      "NdisFreeMemoryWithTagPriority", "ExFreePool",
      "ExFreePoolWithTag",           "ExFreePool2",
      "MmUnmapIoSpace",              "NdisMDeregisterIoPortRange",
      "NdisMDeregisterScatterGatherDma", "NdisFreeNetBufferListPool",
      "NdisFreeNetBufferList",       "NdisFreeMdl",
      "NdisFreeSpinLock",            "NdisFreeIoWorkItem",
      "NdisFreeTimerObject",         "NdisMDeregisterDmaChannel"};
  if (!Callee || !Callee->getIdentifier())
    return false;
  llvm::StringRef Name = Callee->getName();
  for (const char *R : Releases)
    if (Name == R)
      return true;
  return false;
}

const Expr *zeroedObject(const CallExpr *Call, const FunctionDecl *Callee) {
  if (!Callee || !Callee->getIdentifier() || Call->getNumArgs() < 2)
    return nullptr;
  llvm::StringRef Name = Callee->getName();
  unsigned Builtin = Callee->getBuiltinID();
  if (Name == "RtlZeroMemory" || Name == "NdisZeroMemory" ||
      Name == "RtlSecureZeroMemory")
    return Call->getArg(0);
  bool IsMemset = Name == "memset" || Builtin == Builtin::BImemset ||
                  Builtin == Builtin::BI__builtin_memset;
  if (IsMemset && Call->getNumArgs() == 3) {
    std::optional<llvm::APSInt> Fill =
        integerConstant(Call->getArg(1), Callee->getASTContext());
    if (Fill && *Fill == 0)
      return Call->getArg(0);
  }
  return nullptr;
}

bool isStatusAllocator(llvm::StringRef Name) {
  return Name == "NdisAllocateMemoryWithTag" || Name == "NdisAllocateMemory" ||
         Name == "NdisMMapIoSpace";
}

} // namespace ndis
