//===- ApiKnowledge.h - what the walk knows about calls without a body ----===//
//
// A call whose body the translation unit lacks is either part of the
// platform (NDIS, the kernel, the C runtime: it cannot release a driver's
// handle) or driver code we cannot see (it might). A handful of platform
// calls also change memory in ways the walk must model: zeroing an object.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ANALYSIS_APIKNOWLEDGE_H
#define NDIS_TIDY_ANALYSIS_APIKNOWLEDGE_H

#include "llvm/ADT/StringRef.h"

namespace clang {
class CallExpr;
class Expr;
class FunctionDecl;
} // namespace clang

namespace ndis {

class PlatformHeaders;

/// True for functions of the platform: declared in the platform's headers
/// (the WDK, our stand-in headers: see PlatformHeaders.h), compiler
/// builtins, or named with a prefix reserved to the kernel and NDIS (Ndis,
/// Nt, Zw, Ke, Ex, Io, Mm, Ob, Ps, Rtl, Wdf, ...).
bool isPlatformFunction(const clang::FunctionDecl *FD,
                        const PlatformHeaders &Platform);

/// Platform calls that free what an ISR or DPC may still use (mapped
/// registers, shared memory, the adapter context): the interrupt must be
/// released before any of them.
bool isResourceRelease(const clang::FunctionDecl *Callee);

/// Whether an NDIS function returns a status and allocates or maps memory
/// through its first argument (NdisAllocateMemoryWithTag, NdisMMapIoSpace):
/// the pointer is set when the status is success, NULL otherwise.
bool isStatusAllocator(llvm::StringRef Name);

/// A virtual method a derived class may override: the walk does not follow
/// calls to it, whatever body it has here.
bool isOverridable(const clang::FunctionDecl *Callee);

/// For NdisZeroMemory / RtlZeroMemory / memset(p, 0, n): the pointer whose
/// object becomes zero; null for any other call.
const clang::Expr *zeroedObject(const clang::CallExpr *Call,
                                const clang::FunctionDecl *Callee);

} // namespace ndis

#endif
