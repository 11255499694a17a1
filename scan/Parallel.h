//===- Parallel.h - run N independent jobs on a few threads ---------------===//

#ifndef NDIS_TIDY_SCAN_PARALLEL_H
#define NDIS_TIDY_SCAN_PARALLEL_H

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace ndis::scan {

/// Calls Job(0) ... Job(Count - 1), at most Jobs at a time, and returns when
/// all are done. Jobs take their indices in order, so results stored by
/// index come out in the order of the input.
template <typename Fn>
void forEachParallel(size_t Count, unsigned Jobs, Fn Job) {
  std::atomic<size_t> Next{0};
  auto Worker = [&] {
    for (size_t I = Next++; I < Count; I = Next++)
      Job(I);
  };
  unsigned Threads =
      static_cast<unsigned>(std::min<size_t>(std::max(1u, Jobs), Count));
  if (Threads <= 1) {
    Worker();
    return;
  }
  std::vector<std::thread> Pool;
  for (unsigned T = 0; T < Threads; ++T)
    Pool.emplace_back(Worker);
  for (std::thread &T : Pool)
    T.join();
}

} // namespace ndis::scan

#endif
