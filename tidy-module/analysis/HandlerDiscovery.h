//===- HandlerDiscovery.h - find MiniportInitializeEx / MiniportHaltEx -----===//
//
// A function is a handler when the driver says so, never because of its name:
//  - it is declared with the role type (`MINIPORT_INITIALIZE MPInitializeEx;`);
//  - it is stored into InitializeHandlerEx / HaltHandlerEx of an
//    NDIS_MINIPORT_DRIVER_CHARACTERISTICS, by assignment or initializer;
//  - the user names it in the check's options.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ANALYSIS_HANDLERDISCOVERY_H
#define NDIS_TIDY_ANALYSIS_HANDLERDISCOVERY_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class FunctionDecl;
} // namespace clang

namespace ndis {

enum class HandlerRole { Initialize, Halt };

/// Names the user adds to what the driver itself declares.
struct HandlerNames {
  std::vector<std::string> Initialize;
  std::vector<std::string> Halt;
};

/// The handlers of one translation unit, each given by its definition when
/// the translation unit has one, otherwise by its first declaration.
struct DriverHandlers {
  llvm::SmallVector<const clang::FunctionDecl *, 2> Initialize;
  llvm::SmallVector<const clang::FunctionDecl *, 2> Halt;

  llvm::ArrayRef<const clang::FunctionDecl *> of(HandlerRole Role) const {
    return Role == HandlerRole::Initialize ? Initialize : Halt;
  }
};

/// Splits a semicolon-separated option value into names.
std::vector<std::string> splitHandlerNames(llvm::StringRef Option);

DriverHandlers findDriverHandlers(clang::ASTContext &Ctx,
                                  const HandlerNames &Extra);

} // namespace ndis

#endif
