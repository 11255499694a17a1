//===- IntegerConstants.h - the constants drivers write, folded cheaply ---===//
//
// Drivers spell most integers through macros: a tag `'MPtg'`, a status
// `((NDIS_STATUS)0xC000009AL)`, a header size `sizeof(NDIS_TIMER_...)`, a
// register offset `(0x100 + (1) * 0x20 + 0x04)`, a size through a field
// built from `offsetof` and `sizeof`. Asking Clang's evaluator for each
// costs thousands of instructions; these shapes fold here in a few dozen.
//
// The result is exactly what `Expr::EvaluateAsInt` gives. Where that is not
// obvious (signed overflow, a division by zero, a shift past the width, a
// variable-length or incomplete type, a comma, a conditional, a read of a
// variable) this declines, and the caller asks Clang.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ANALYSIS_INTEGERCONSTANTS_H
#define NDIS_TIDY_ANALYSIS_INTEGERCONSTANTS_H

#include "llvm/ADT/APSInt.h"
#include <optional>

namespace clang {
class ASTContext;
class Expr;
} // namespace clang

namespace ndis {

/// The value of the integer constant expression `E`, with the width and
/// signedness of its type, or nothing when `E` is not one of the shapes
/// folded here (which says nothing about whether it is a constant).
std::optional<llvm::APSInt> foldIntegerConstant(const clang::Expr *E,
                                                const clang::ASTContext &Ctx);

/// The value of the integer constant expression `E`: folded here when it
/// can be, else by Clang's evaluator; nothing when `E` is not a constant.
std::optional<llvm::APSInt> integerConstant(const clang::Expr *E,
                                            const clang::ASTContext &Ctx);

} // namespace ndis

#endif
