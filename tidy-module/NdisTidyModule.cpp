//===- NdisTidyModule.cpp - the ndis clang-tidy module --------------------===//
//
// Registers the ndis-* checks. Nothing else lives here.
//
//===----------------------------------------------------------------------===//

#include "tidy-module/InitRegisterInterruptCheck.h"
#include "clang-tidy/ClangTidyModule.h"
#include "llvm/Config/llvm-config.h"
#if LLVM_VERSION_MAJOR < 22 // merged into ClangTidyModule.h in LLVM 22
#include "clang-tidy/ClangTidyModuleRegistry.h"
#endif

namespace clang::tidy::ndis {

class NdisModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
    Factories.registerCheck<InitRegisterInterruptCheck>(
        "ndis-init-register-interrupt");
  }
};

} // namespace clang::tidy::ndis

namespace clang::tidy {

static ClangTidyModuleRegistry::Add<ndis::NdisModule>
    NdisModuleRegistration("ndis-module",
                           "Checks for Windows NDIS miniport drivers.");

// Referenced by nothing; lets a static link keep this object file.
volatile int NdisModuleAnchorSource = 0;

} // namespace clang::tidy
