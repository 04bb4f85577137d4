// A small pool of worker threads for the forward pass. parallel_for splits [0, count) into
// items that the workers and the calling thread take one at a time; each item is computed
// the same way whichever thread runs it, so results never depend on the thread count.
#pragma once

#include <cstdint>
#include <functional>

namespace ingot::rt::nn {

// Threads used by the forward pass: $INGOT_NUM_THREADS when set, else the hardware's.
int thread_count();

// Calls body(i) for every i in [0, count), spread over the pool. A call made while the pool
// is busy (another model call on another thread) runs on its own thread instead.
void parallel_for(int64_t count, const std::function<void(int64_t)>& body);

}  // namespace ingot::rt::nn
