//===- MiniportSource.h - small miniports parsed for the unit tests -------===//
//
// The unit tests parse little drivers written in the test itself. They need
// neither the WDK nor the stand-in headers: `NdisPrelude` declares just the
// NDIS names the snippets use, written from the public prototypes, and
// `AdapterContext` is the adapter context most snippets share.
//
// Functions declared here (in the main file, not a system header) whose
// names start with Ndis count as platform functions for the analysis;
// MpStartTimers and MpReadConfiguration are driver steps without a body
// that can fail and that do not see the adapter.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_TEST_UNIT_MINIPORTSOURCE_H
#define NDIS_TIDY_TEST_UNIT_MINIPORTSOURCE_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Lex/Lexer.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringRef.h"
#include "gtest/gtest.h"
#include <algorithm>
#include <memory>
#include <string>
#include <vector>

namespace ndis::test {

/// Just enough of <ndis.h> for the snippets.
inline const char NdisPrelude[] = R"c(
typedef int NDIS_STATUS;
typedef void VOID, *PVOID;
typedef void *NDIS_HANDLE, **PNDIS_HANDLE;
typedef unsigned char UCHAR, BOOLEAN;
typedef unsigned short USHORT;
typedef unsigned long ULONG;
#define NULL ((void *)0)
#define TRUE 1
#define FALSE 0
#define NDIS_STATUS_SUCCESS ((NDIS_STATUS)0x00000000L)
#define NDIS_STATUS_PENDING ((NDIS_STATUS)0x00000103L)
#define NDIS_STATUS_FAILURE ((NDIS_STATUS)0xC0000001L)
#define NDIS_STATUS_RESOURCES ((NDIS_STATUS)0xC000009AL)
#define NT_SUCCESS(Status) (((NDIS_STATUS)(Status)) >= 0)
#define UNREFERENCED_PARAMETER(P) ((void)(P))

typedef struct _NDIS_OBJECT_HEADER {
  UCHAR Type;
  UCHAR Revision;
  USHORT Size;
} NDIS_OBJECT_HEADER;

typedef struct _NDIS_MINIPORT_INIT_PARAMETERS {
  NDIS_OBJECT_HEADER Header;
  ULONG Flags;
} NDIS_MINIPORT_INIT_PARAMETERS, *PNDIS_MINIPORT_INIT_PARAMETERS;

typedef enum _NDIS_HALT_ACTION {
  NdisHaltDeviceDisabled,
  NdisHaltDeviceInstanceDeInitialized,
  NdisHaltDevicePoweredDown,
  NdisHaltDeviceSurpriseRemoved,
  NdisHaltDeviceFailed,
  NdisHaltDeviceInitializationFailed,
  NdisHaltDeviceStopped
} NDIS_HALT_ACTION;

typedef BOOLEAN (MINIPORT_ISR)(NDIS_HANDLE MiniportInterruptContext,
                               BOOLEAN *QueueDefaultInterruptDpc,
                               ULONG *TargetProcessors);
typedef MINIPORT_ISR (*MINIPORT_ISR_HANDLER);

typedef struct _NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS {
  NDIS_OBJECT_HEADER Header;
  MINIPORT_ISR_HANDLER InterruptHandler;
} NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS,
    *PNDIS_MINIPORT_INTERRUPT_CHARACTERISTICS;

typedef NDIS_STATUS (MINIPORT_INITIALIZE)(
    NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
    PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters);
typedef MINIPORT_INITIALIZE (*MINIPORT_INITIALIZE_HANDLER);
typedef VOID (MINIPORT_HALT)(NDIS_HANDLE MiniportAdapterContext,
                             NDIS_HALT_ACTION HaltAction);
typedef MINIPORT_HALT (*MINIPORT_HALT_HANDLER);
typedef NDIS_STATUS (SET_OPTIONS)(NDIS_HANDLE NdisDriverHandle,
                                  NDIS_HANDLE DriverContext);
typedef SET_OPTIONS (*SET_OPTIONS_HANDLER);
typedef VOID (MINIPORT_UNLOAD)(PVOID DriverObject);
typedef MINIPORT_UNLOAD (*MINIPORT_UNLOAD_HANDLER);

typedef struct _NDIS_MINIPORT_DRIVER_CHARACTERISTICS {
  NDIS_OBJECT_HEADER Header;
  UCHAR MajorNdisVersion;
  UCHAR MinorNdisVersion;
  UCHAR MajorDriverVersion;
  UCHAR MinorDriverVersion;
  ULONG Flags;
  SET_OPTIONS_HANDLER SetOptionsHandler;
  MINIPORT_INITIALIZE_HANDLER InitializeHandlerEx;
  MINIPORT_HALT_HANDLER HaltHandlerEx;
  MINIPORT_UNLOAD_HANDLER UnloadHandler;
} NDIS_MINIPORT_DRIVER_CHARACTERISTICS, *PNDIS_MINIPORT_DRIVER_CHARACTERISTICS;

NDIS_STATUS NdisMRegisterMiniportDriver(
    PVOID DriverObject, PVOID RegistryPath, NDIS_HANDLE MiniportDriverContext,
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS *MiniportDriverCharacteristics,
    PNDIS_HANDLE NdisMiniportDriverHandle);
NDIS_STATUS NdisMRegisterInterruptEx(
    NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportInterruptContext,
    PNDIS_MINIPORT_INTERRUPT_CHARACTERISTICS MiniportInterruptCharacteristics,
    PNDIS_HANDLE NdisInterruptHandle);
VOID NdisMDeregisterInterruptEx(NDIS_HANDLE NdisInterruptHandle);
BOOLEAN NdisMSynchronizeWithInterruptEx(NDIS_HANDLE NdisInterruptHandle,
                                        ULONG MessageId,
                                        BOOLEAN (*SynchronizeFunction)(PVOID),
                                        PVOID SynchronizeContext);
PVOID NdisAllocateMemoryWithTagPriority(NDIS_HANDLE NdisHandle,
                                        unsigned int Length, ULONG Tag,
                                        int Priority);
VOID NdisFreeMemory(PVOID VirtualAddress, unsigned int Length,
                    unsigned int MemoryFlags);
VOID NdisZeroMemory(PVOID Destination, __SIZE_TYPE__ Length);
void *memset(void *Destination, int Fill, __SIZE_TYPE__ Count);
)c";

/// The adapter context and the driver's own steps most snippets share.
inline const char AdapterContext[] = R"c(
#define MP_TAG 'PMtN'
#define fMP_INTERRUPT_REGISTERED 0x00000010
#define fMP_RESET_IN_PROGRESS 0x00000020
#define MP_SET_FLAG(A, F) ((A)->Flags |= (F))
#define MP_CLEAR_FLAG(A, F) ((A)->Flags &= ~(F))
#define MP_TEST_FLAG(A, F) (((A)->Flags & (F)) != 0)

typedef struct _MP_ADAPTER {
  NDIS_HANDLE AdapterHandle;
  NDIS_HANDLE InterruptHandle;
  PVOID RxBuffer;
  ULONG Flags;
} MP_ADAPTER, *PMP_ADAPTER;

MINIPORT_INITIALIZE MPInitializeEx;
MINIPORT_HALT MPHaltEx;

NDIS_STATUS MpReadConfiguration(NDIS_HANDLE MiniportAdapterHandle);
NDIS_STATUS MpStartTimers(ULONG Period);
VOID MpStopTimers(void);
NDIS_STATUS MpWaitForIdle(ULONG Milliseconds);
)c";

/// A parsed snippet and the look-ups the tests need. The AST owns every
/// declaration and statement the analysis results point to: keep the
/// ParsedDriver alive while using them.
class ParsedDriver {
public:
  std::unique_ptr<clang::ASTUnit> Unit;
  /// The whole main file as parsed (prelude included).
  std::string Source;

  clang::ASTContext &ctx() const { return Unit->getASTContext(); }
  const clang::SourceManager &sm() const { return ctx().getSourceManager(); }
  bool hasErrors() const {
    return Unit->getDiagnostics().hasErrorOccurred();
  }

  /// The function named `Name`: its definition when there is one.
  const clang::FunctionDecl *function(llvm::StringRef Name) const {
    const clang::FunctionDecl *Found = nullptr;
    for (const clang::Decl *D : ctx().getTranslationUnitDecl()->decls())
      if (const auto *FD = llvm::dyn_cast<clang::FunctionDecl>(D))
        if (FD->getIdentifier() && FD->getName() == Name) {
          if (const clang::FunctionDecl *Def = FD->getDefinition())
            return Def;
          if (!Found)
            Found = FD->getFirstDecl();
        }
    return Found;
  }

  /// Field `Name` of the struct typedef'd or tagged `Record`.
  const clang::FieldDecl *field(llvm::StringRef Record,
                                llvm::StringRef Name) const {
    for (const clang::Decl *D : ctx().getTranslationUnitDecl()->decls())
      if (const auto *RD = llvm::dyn_cast<clang::RecordDecl>(D))
        if (RD->getName() == Record && RD->getDefinition())
          for (const clang::FieldDecl *F : RD->getDefinition()->fields())
            if (F->getName() == Name)
              return F;
    return nullptr;
  }

  /// 1-based line of the first line of the source containing `Needle`
  /// (a test failure when there is none).
  unsigned lineContaining(llvm::StringRef Needle) const {
    size_t At = llvm::StringRef(Source).find(Needle);
    if (At == llvm::StringRef::npos) {
      ADD_FAILURE() << "no line of the snippet contains '" << Needle.str()
                    << "'";
      return ~0u;
    }
    return 1 + llvm::StringRef(Source).take_front(At).count('\n');
  }

  /// Line of a statement (0 for none: "the end of the function body").
  unsigned lineOf(const clang::Stmt *S) const {
    if (!S)
      return 0;
    return sm().getExpansionLineNumber(S->getBeginLoc());
  }

  /// The statements of type T in `Root`, in source order.
  template <typename T>
  static std::vector<const T *> statements(const clang::Stmt *Root) {
    std::vector<const T *> Out;
    collect<T>(Root, Out);
    return Out;
  }

  /// The parameter or local variable `Name` of `Fn`.
  static const clang::VarDecl *local(const clang::FunctionDecl *Fn,
                                     llvm::StringRef Name) {
    for (const clang::DeclStmt *DS : statements<clang::DeclStmt>(Fn->getBody()))
      for (const clang::Decl *D : DS->decls())
        if (const auto *VD = llvm::dyn_cast<clang::VarDecl>(D))
          if (VD->getName() == Name)
            return VD;
    for (const clang::ParmVarDecl *P : Fn->parameters())
      if (P->getName() == Name)
        return P;
    return nullptr;
  }

  /// Calls of `Callee` inside `Fn`, in source order.
  static std::vector<const clang::CallExpr *>
  callsOf(const clang::FunctionDecl *Fn, llvm::StringRef Callee) {
    std::vector<const clang::CallExpr *> Out;
    for (const clang::CallExpr *CE :
         statements<clang::CallExpr>(Fn->getBody()))
      if (const clang::FunctionDecl *FD = CE->getDirectCallee())
        if (FD->getIdentifier() && FD->getName() == Callee)
          Out.push_back(CE);
    return Out;
  }

  /// The source with the fix-its applied, as `clang-tidy --fix` would.
  std::string withFixes(llvm::ArrayRef<clang::FixItHint> Hints) const {
    struct Edit {
      unsigned Begin, End;
      std::string Text;
    };
    std::vector<Edit> Edits;
    for (const clang::FixItHint &H : Hints) {
      clang::SourceLocation B = H.RemoveRange.getBegin();
      clang::SourceLocation E = H.RemoveRange.getEnd();
      unsigned BeginOffset = sm().getFileOffset(B);
      unsigned EndOffset = sm().getFileOffset(E);
      if (H.RemoveRange.isTokenRange())
        EndOffset += clang::Lexer::MeasureTokenLength(E, sm(),
                                                      ctx().getLangOpts());
      Edits.push_back({BeginOffset, EndOffset, H.CodeToInsert});
    }
    // Back to front, so earlier offsets stay valid; insertions at one
    // offset keep their order.
    std::stable_sort(Edits.begin(), Edits.end(),
                     [](const Edit &A, const Edit &B) {
                       return A.Begin > B.Begin;
                     });
    std::string Fixed = Source;
    for (const Edit &E : Edits)
      Fixed.replace(E.Begin, E.End - E.Begin, E.Text);
    return Fixed;
  }

private:
  template <typename T>
  static void collect(const clang::Stmt *S, std::vector<const T *> &Out) {
    if (!S)
      return;
    if (const auto *X = llvm::dyn_cast<T>(S))
      Out.push_back(X);
    for (const clang::Stmt *Child : S->children())
      collect<T>(Child, Out);
  }
};

struct ParseOptions {
  /// "input.c" or "input.cpp": the language the driver is written in.
  std::string FileName = "input.c";
  /// Files the snippet can #include, by name.
  std::vector<std::pair<std::string, std::string>> Headers;
};

/// Parses `Code` as the main file, exactly as given.
inline ParsedDriver parseSource(std::string Code, ParseOptions Options = {}) {
  ParsedDriver Driver;
  Driver.Source = std::move(Code);
  // An absolute directory for the snippet and its headers, so that
  // `#include "x.h"` finds the mapped files next to the main file.
  const std::string Dir = "/ndis-unit-test/";
  clang::tooling::FileContentMappings Mapped;
  for (const auto &[Name, Text] : Options.Headers)
    Mapped.push_back({Dir + Name, Text});
  std::vector<std::string> Args = {"-w", "-fms-extensions"};
  if (llvm::StringRef(Options.FileName).ends_with(".cpp"))
    Args.push_back("-std=c++17");
  Driver.Unit = clang::tooling::buildASTFromCodeWithArgs(
      Driver.Source, Args, Dir + Options.FileName, "ndis-unit-tests",
      std::make_shared<clang::PCHContainerOperations>(),
      clang::tooling::getClangStripDependencyFileAdjuster(), Mapped);
  return Driver;
}

/// Parses an NDIS 6 miniport snippet: the prelude, then `Code`.
inline ParsedDriver parseDriver(llvm::StringRef Code) {
  return parseSource(std::string(NdisPrelude) + Code.str());
}

/// Parses a miniport that uses the shared adapter context.
inline ParsedDriver parseMiniport(llvm::StringRef Code) {
  return parseSource(std::string(NdisPrelude) + AdapterContext + Code.str());
}

inline bool contains(llvm::StringRef Haystack, llvm::StringRef Needle) {
  return Haystack.contains(Needle);
}

} // namespace ndis::test

#endif
