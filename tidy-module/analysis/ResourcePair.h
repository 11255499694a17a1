//===- ResourcePair.h - acquire/release pairs the analysis checks ---------===//
//
// Each NDIS rule of the shape "what initialize acquires it must release when
// it fails, and halt must release" is one row of data. The engine reads the
// row; it has no knowledge of any particular API. The interrupt pair is the
// first row; Init_RegisterSG, Init_NdisAllocateIoWorkItem and their kin are
// one row each.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ANALYSIS_RESOURCEPAIR_H
#define NDIS_TIDY_ANALYSIS_RESOURCEPAIR_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

namespace ndis {

/// How the acquiring call tells its caller it succeeded.
enum class AcquireSuccess {
  /// It returns an NDIS_STATUS; NDIS_STATUS_SUCCESS (0) means success and
  /// the handle was written through the out-parameter.
  ReturnsSuccessStatus,
  /// It returns the handle itself; NULL means failure.
  ReturnsNonNullHandle,
};

/// One rule: the acquire call, where the handle comes out, and its release.
struct ResourcePair {
  llvm::StringRef Noun;            ///< "interrupt": used in messages.
  llvm::StringRef AcquireFunction; ///< NdisMRegisterInterruptEx
  /// Index of the out-parameter receiving the handle; ignored when the
  /// handle is the return value.
  unsigned AcquireHandleArg;
  AcquireSuccess Success;
  llvm::StringRef ReleaseFunction; ///< NdisMDeregisterInterruptEx
  unsigned ReleaseHandleArg;
  llvm::StringRef VerifierRule;    ///< Static Driver Verifier's name.
};

/// NdisMRegisterInterruptEx / NdisMDeregisterInterruptEx (Init_RegisterInterrupt).
const ResourcePair &interruptPair();

/// Every row the engine knows.
llvm::ArrayRef<ResourcePair> knownPairs();

} // namespace ndis

#endif
