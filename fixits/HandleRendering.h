//===- HandleRendering.h - name the handle where the fix goes -------------===//
//
// The handle was stored in a location (a field, a global, a local); the fix
// needs an expression for it in the function it edits: the handler's own
// adapter variable (`Adapter->InterruptHandle`), the member itself inside a
// member function (`m_InterruptHandle`), a global as written.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_FIXITS_HANDLERENDERING_H
#define NDIS_TIDY_FIXITS_HANDLERENDERING_H

#include "tidy-module/analysis/PathWalker.h"
#include <optional>
#include <string>

namespace clang {
class ASTContext;
class FieldDecl;
class FunctionDecl;
class RecordDecl;
class VarDecl;
} // namespace clang

namespace ndis {

/// An expression naming the handle inside `Where`, or nothing when no
/// variable of `Where` leads to it. `WhereRegisters`: `Where` is the handler
/// whose body holds the registration.
std::optional<std::string> renderHandle(clang::ASTContext &Ctx,
                                        const RegistrationSite &Site,
                                        const clang::FunctionDecl *Where,
                                        bool WhereRegisters);

/// An expression for a location (a field through one of `Where`'s variables,
/// a member of `Where`'s class, a global, or a local of `Where`).
std::optional<std::string> renderLocation(clang::ASTContext &Ctx,
                                          StorageKey Key,
                                          const clang::FunctionDecl *Where);

/// The record (adapter context type) whose field holds the handle, if any.
const clang::RecordDecl *handleOwner(const RegistrationSite &Site);

/// Whether code in `Where` may name `Field`: public (or C), or `Where` is a
/// member function of its class (of a derived class when protected) or a
/// friend of it. A fix never names a member the compiler would refuse.
bool accessibleFrom(const clang::FieldDecl *Field,
                    const clang::FunctionDecl *Where);

/// Why no fix names the handle in `Where`, for the "no fix-it offered" note.
std::string unnamedHandleReason(const RegistrationSite &Site,
                                const clang::FunctionDecl *Where);

/// A variable of `Where` (parameter or local) pointing to `Owner`.
const clang::VarDecl *adapterVariable(const clang::FunctionDecl *Where,
                                      const clang::RecordDecl *Owner);

} // namespace ndis

#endif
