//===- PathState.cpp - the abstract state of one path ---------------------===//

#include "tidy-module/analysis/PathState.h"
#include "llvm/ADT/STLExtras.h"
#include <algorithm>

namespace ndis {

template <typename Vec, typename K> static auto findKey(Vec &V, K Key) {
  return std::lower_bound(
      V.begin(), V.end(), Key,
      [](const auto &Entry, K Want) { return Entry.first < Want; });
}

Value PathState::load(StorageKey Key) const {
  auto It = findKey(Memory, Key);
  if (It != Memory.end() && It->first == Key)
    return It->second;
  return Value::unknown();
}

void PathState::store(StorageKey Key, Value V) {
  MemoryHashValid = false;
  auto It = findKey(Memory, Key);
  if (It != Memory.end() && It->first == Key) {
    if (V.isUnknown())
      Memory.erase(It);
    else
      It->second = V;
    return;
  }
  if (!V.isUnknown())
    Memory.insert(It, {Key, V});
}

void PathState::forget(StorageKey Key) { store(Key, Value::unknown()); }

const Value *PathState::pending(const clang::Stmt *S) const {
  for (const auto &Entry : Pending)
    if (Entry.first == S)
      return &Entry.second;
  return nullptr;
}

void PathState::setPending(const clang::Stmt *S, Value V) {
  for (auto &Entry : Pending)
    if (Entry.first == S) {
      Entry.second = V;
      return;
    }
  Pending.push_back({S, V});
}

void PathState::erasePending(const clang::Stmt *S) {
  llvm::erase_if(Pending, [S](const auto &Entry) { return Entry.first == S; });
}

HandleFate PathState::fate(unsigned Registration) const {
  auto It = findKey(Fates, Registration);
  return It != Fates.end() && It->first == Registration ? It->second
                                                        : HandleFate::Released;
}

bool PathState::hasRegistration(unsigned Registration) const {
  auto It = findKey(Fates, Registration);
  return It != Fates.end() && It->first == Registration;
}

void PathState::setFate(unsigned Registration, HandleFate F) {
  auto It = findKey(Fates, Registration);
  if (It != Fates.end() && It->first == Registration)
    It->second = F;
  else
    Fates.insert(It, {Registration, F});
}

bool PathState::anyRegistered() const {
  return llvm::any_of(Fates, [](const auto &Entry) {
    return Entry.second == HandleFate::Registered;
  });
}

llvm::hash_code PathState::hash() const {
  uint64_t H = mixHash(static_cast<uint64_t>(LeakStart != nullptr) |
                           static_cast<uint64_t>(PlannedReleaseRan) << 1 |
                           static_cast<uint64_t>(FreedWhileRegistered) << 2,
                       reinterpret_cast<uintptr_t>(Exit));
  H = Returned.hashWord(H);
  if (!MemoryHashValid) {
    uint64_t M = Memory.size();
    for (const auto &Entry : Memory)
      M = Entry.second.hashWord(
          mixHash(M, reinterpret_cast<uintptr_t>(Entry.first)));
    MemoryHash = M;
    MemoryHashValid = true;
  }
  H = mixHash(H, MemoryHash);
  for (const auto &Entry : Pending)
    H = Entry.second.hashWord(
        mixHash(H, reinterpret_cast<uintptr_t>(Entry.first)));
  for (const auto &Entry : Fates)
    H = mixHash(H, static_cast<uint64_t>(Entry.first) << 8 |
                       static_cast<uint64_t>(Entry.second));
  return static_cast<size_t>(H);
}

bool PathState::sameOutcome(const PathState &Other) const {
  return LeakStart == Other.LeakStart && Exit == Other.Exit &&
         PlannedReleaseRan == Other.PlannedReleaseRan &&
         FreedWhileRegistered == Other.FreedWhileRegistered &&
         Returned == Other.Returned && Pending == Other.Pending &&
         Fates == Other.Fates;
}

void PathState::joinMemory(const PathState &Other) {
  MemoryHashValid = false;
  for (auto &Entry : Memory) {
    auto It = findKey(Other.Memory, Entry.first);
    Entry.second = It == Other.Memory.end() || It->first != Entry.first
                       ? Value::unknown()
                       : Value::join(Entry.second, It->second);
  }
  llvm::erase_if(Memory, [](const std::pair<StorageKey, Value> &Entry) {
    return Entry.second.isUnknown();
  });
}

} // namespace ndis
