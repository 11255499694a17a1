//===- ExternalDefinitions.h - functions defined in other files ----------===//
//
// One translation unit rarely holds a whole driver: the handlers, the
// hardware helpers and the cleanup routines live in different files. The
// analysis asks this interface for what its own translation unit lacks:
//  - the definition of a function it only sees declared, brought into this
//    translation unit's ASTContext so it is walked like a local helper;
//  - handlers the driver names in another file (DriverEntry in driver.c
//    storing MpInitializeEx, defined in init.c), with their definitions.
// Without it (plain per-file runs) those calls are code without a body.
// The implementation lives in tidy-module/summaries/ (DefinitionImporter).
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ANALYSIS_EXTERNALDEFINITIONS_H
#define NDIS_TIDY_ANALYSIS_EXTERNALDEFINITIONS_H

#include "tidy-module/analysis/HandlerDiscovery.h"
#include <string>
#include <vector>

namespace clang {
class FunctionDecl;
}

namespace ndis {

class ExternalDefinitions {
public:
  virtual ~ExternalDefinitions() = default;

  /// A definition of `FD` from another file of the driver, in FD's own
  /// ASTContext, or null when there is none that can be used.
  virtual const clang::FunctionDecl *
  definitionOf(const clang::FunctionDecl *FD) = 0;

  /// Adds the handlers that other files of the driver name. When this
  /// translation unit defines a handler, the handlers it lacks are given as
  /// definitions imported into its ASTContext; otherwise nothing is
  /// imported (the analysis of this file has no handler to start from).
  virtual void addDriverHandlers(DriverHandlers &Handlers) = 0;

  /// Why some functions the walk needed could not be used ("stats.c does
  /// not parse: ..."); findings of this run may be incomplete because of it.
  virtual std::vector<std::string> gaps() const = 0;
};

} // namespace ndis

#endif
