//===- ReleaseRendering.h - write the release call into the source --------===//
//
// Produces the edits for "call the release here": one statement per line,
// indented like its neighbours, braces added when the statement it precedes
// is the unbraced body of an if or else, optionally guarded by the handle
// being non-NULL (and setting it back to NULL). Never edits inside a macro
// expansion: a statement that starts a macro expansion is preceded at the
// expansion site; anything else inside a macro is refused.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_FIXITS_RELEASERENDERING_H
#define NDIS_TIDY_FIXITS_RELEASERENDERING_H

#include "clang/Basic/Diagnostic.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include <optional>

namespace clang {
class ASTContext;
class FunctionDecl;
class ParentMap;
class Stmt;
} // namespace clang

namespace ndis {

struct ReleaseText {
  llvm::StringRef Function; ///< NdisMDeregisterInterruptEx
  std::string Handle;       ///< Adapter->InterruptHandle
  /// The condition the call runs under (empty: none), e.g.
  /// `Adapter->InterruptHandle != NULL` or `InterruptRegistered`.
  std::string Condition;
  /// Set the handle back to NULL after the call (with the NULL guard).
  bool ResetHandle = false;
};

/// Edits that put the release right before `Before`, or nothing when that
/// cannot be done without touching a macro expansion.
std::optional<llvm::SmallVector<clang::FixItHint, 3>>
renderReleaseBefore(clang::ASTContext &Ctx, const clang::FunctionDecl *Fn,
                    const clang::ParentMap &PM, const clang::Stmt *Before,
                    const ReleaseText &Release);

/// How the function's file is written: what one nesting level adds (tabs or
/// spaces, as the function's own body has it; four spaces by default) and
/// the line ending (CRLF in files that use it).
struct SourceStyle {
  std::string IndentUnit = "    ";
  std::string Newline = "\n";
};
SourceStyle sourceStyle(clang::ASTContext &Ctx, const clang::FunctionDecl *Fn);

/// Leading white space of the line holding `Loc`.
std::string lineIndent(clang::ASTContext &Ctx, clang::SourceLocation Loc);

} // namespace ndis

#endif
