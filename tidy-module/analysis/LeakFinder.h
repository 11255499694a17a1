//===- LeakFinder.h - registrations that outlive initialize or halt -------===//
//
// Runs the PathWalker over each MiniportInitializeEx handler and classifies
// its exits. A path leaks when a registration is still live where initialize
// returns a status that is, or may be, a failure (a status the walk cannot
// decide came from a call that can fail). Halt handlers are walked from the
// states in which initialize returns success with a live registration, so
// everything initialize recorded (flags, handles in the adapter context)
// is known there; a halt exit with a live registration leaks.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ANALYSIS_LEAKFINDER_H
#define NDIS_TIDY_ANALYSIS_LEAKFINDER_H

#include "tidy-module/analysis/HandlerDiscovery.h"
#include "tidy-module/analysis/PathWalker.h"
#include "llvm/ADT/SmallVector.h"
#include <memory>
#include <string>
#include <vector>

namespace ndis {

/// Where one leaking path leaves initialize.
struct LeakingExit {
  /// The goto or break that starts the failure path, or the return itself.
  const clang::Stmt *Where = nullptr;
  /// The return statement reached (null when the function falls off its end).
  const clang::Stmt *Return = nullptr;
  /// The status returned on this path.
  Value Returned;
  /// The walk's state at the exit; the fix planner reads it.
  PathState State;
};

struct InitializeLeak {
  const clang::FunctionDecl *Handler = nullptr;
  unsigned Registration = 0;
  llvm::SmallVector<LeakingExit, 2> Exits;
};

struct HaltLeak {
  const clang::FunctionDecl *Halt = nullptr;
  const clang::FunctionDecl *Initialize = nullptr;
  unsigned Registration = 0;
  /// Returns of halt reached with the registration live (null: end of body).
  llvm::SmallVector<const clang::Stmt *, 2> Exits;
};

struct SkippedHandler {
  const clang::FunctionDecl *Handler = nullptr;
  std::string Reason;
};

struct LeakFinderOptions {
  HandlerNames ExtraHandlers;
  WalkLimits Limits;
  /// Definitions and handlers from the driver's other files; null when the
  /// run sees this translation unit alone.
  ExternalDefinitions *External = nullptr;
};

/// Everything one translation unit yields; the walker is kept so callers can
/// look up registration sites and plan fixes with the same state.
struct LeakReport {
  DriverHandlers Handlers;
  std::vector<InitializeLeak> InitializeLeaks;
  std::vector<HaltLeak> HaltLeaks;
  std::vector<SkippedHandler> Skipped;
  /// Functions from other files the walk needed but could not use; every
  /// finding of this report may be incomplete because of them.
  std::vector<std::string> Gaps;
  /// The states halt handlers were entered with.
  std::vector<PathState> HaltEntries;
  /// The states an initialize that succeeded without a live registration
  /// leaves (an optional interrupt not registered): halt runs after those
  /// too, and a fix there must release nothing.
  std::vector<PathState> HaltEntriesUnregistered;
  std::unique_ptr<PathWalker> Walker;
};

/// The state initialize starts in.
PathState initializeEntry(const clang::FunctionDecl *Init);

/// The states `Halt` starts in, one per entry in `Entries` (what successful
/// initializes left, LeakReport::HaltEntries), with its first parameter as
/// NDIS passes it: the adapter context initialize registered, never NULL.
std::vector<PathState> haltEntries(const clang::FunctionDecl *Halt,
                                   llvm::ArrayRef<PathState> Entries);

LeakReport findLeaks(clang::ASTContext &Ctx, const LeakFinderOptions &Options);

/// Whether initialize may return success / failure with this value.
bool mayBeFailure(const Value &Status);
bool mayBeSuccess(const Value &Status);

} // namespace ndis

#endif
