//===- CleanupPoints.h - where a driver's cleanup code starts -------------===//
//
// Candidate statements to put a release in front of, in order of preference.
// For initialize: the cleanup the leaking paths share (the first statement of
// the label a failure goto jumps to, of the `if (Status != ...)` block after a
// `do { ... } while (FALSE)` or `for (;;)` a failure break leaves, of else
// branches), then each leaking exit on its own. For halt: the first statement
// that releases something the ISR may touch, else the start of the teardown.
// Candidates are only proposals: the planner proves each one by walking.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_FIXITS_CLEANUPPOINTS_H
#define NDIS_TIDY_FIXITS_CLEANUPPOINTS_H

#include <vector>

namespace clang {
class ASTContext;
class FunctionDecl;
class ParentMap;
class Stmt;
class SourceManager;
} // namespace clang

namespace ndis {

struct LeakingExit;

/// Shared cleanup points of initialize's failure paths, best first:
/// `Structural` where failure gotos and breaks lead, `Branches` the first
/// statements of if / else branches after the registration.
struct CleanupCandidates {
  std::vector<const clang::Stmt *> Structural;
  std::vector<const clang::Stmt *> Branches;
};

CleanupCandidates
sharedCleanupPoints(const clang::FunctionDecl *Handler,
                    const clang::ParentMap &PM,
                    const std::vector<const clang::Stmt *> &LeakStarts,
                    const clang::Stmt *AfterThis,
                    const clang::SourceManager &SM);

/// The statement of halt's body before which the release belongs.
const clang::Stmt *haltTeardownPoint(clang::ASTContext &Ctx,
                                     const clang::FunctionDecl *Halt);

/// For a return that skips halt's teardown: the first statement before it,
/// in the block it ends, that frees something the ISR may use (the release
/// must come before that); null when nothing there frees.
const clang::Stmt *teardownBeforeExit(const clang::Stmt *Exit,
                                      const clang::ParentMap &PM);

} // namespace ndis

#endif
