//===- ResourcePair.cpp - the table of acquire/release pairs ---------------===//

#include "tidy-module/analysis/ResourcePair.h"

namespace ndis {

static const ResourcePair Pairs[] = {
    {"interrupt", "NdisMRegisterInterruptEx", /*AcquireHandleArg=*/3,
     AcquireSuccess::ReturnsSuccessStatus, "NdisMDeregisterInterruptEx",
     /*ReleaseHandleArg=*/0, "Init_RegisterInterrupt"},
};

const ResourcePair &interruptPair() { return Pairs[0]; }

llvm::ArrayRef<ResourcePair> knownPairs() { return Pairs; }

} // namespace ndis
