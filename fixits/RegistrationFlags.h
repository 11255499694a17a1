//===- RegistrationFlags.h - flags a driver sets when it registers --------===//
//
// Drivers often remember a successful registration: `InterruptRegistered =
// TRUE;`, `Adapter->InterruptRegistered = TRUE;`, `MP_SET_FLAG(Adapter,
// fMP_INTERRUPT_REGISTERED)`. A release guarded by such a flag is the fix the
// driver writer would write. This finds the candidates (assignments of a
// nonzero constant, or a bit OR-ed in, after the registration, in the handler
// or the functions it calls) and writes their test in the handler's terms.
// Whether a flag really tells registered from not is for the planner's walk
// to prove.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_FIXITS_REGISTRATIONFLAGS_H
#define NDIS_TIDY_FIXITS_REGISTRATIONFLAGS_H

#include "tidy-module/analysis/PathWalker.h"
#include <string>
#include <vector>

namespace ndis {

struct RegistrationFlag {
  ReleaseGuard Guard;
  std::string Condition; ///< `InterruptRegistered`, `Adapter->Flags & fMP_X`
};

std::vector<RegistrationFlag>
registrationFlags(clang::ASTContext &Ctx, const clang::FunctionDecl *Handler,
                  const RegistrationSite &Site,
                  const clang::FunctionDecl *RenderIn = nullptr);

} // namespace ndis

#endif
