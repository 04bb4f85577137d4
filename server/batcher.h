// The bounded queue of embedding work and the worker threads that drain it, joining
// concurrent requests for the same model into one call (dynamic batching).
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "server/embeddings.h"
#include "server/metrics.h"
#include "server/models.h"

namespace ingot::server {

// What a request gets back from the workers: one vector per input, or an error.
struct EmbeddingResult {
  std::vector<std::vector<double>> vectors;
  uint64_t tokens = 0;
  // Each input's own tokens, when the artifact reports one count per input text (see
  // ingot_call_counted); otherwise empty, and only `tokens`, the call's total, is known.
  std::vector<uint64_t> input_tokens;
  std::optional<ApiError> error;
};

// One request's work.
struct EmbeddingJob {
  const Model* model = nullptr;
  std::vector<std::string> inputs;
  // The function's other arguments as a JSON object (keys sorted), compared as text to
  // decide which requests may share a call.
  std::string extra_arguments;
  std::promise<EmbeddingResult> done;

  // What the job counts against --max-batch-tokens before any tokenizer has run: one token
  // per 4 bytes of UTF-8, at least one per text.
  size_t estimated_tokens() const;
};

struct BatcherOptions {
  size_t threads = 1;
  size_t max_queue = 256;
  size_t max_batch_tokens = 8192;
};

class Batcher {
 public:
  Batcher(BatcherOptions options, Metrics& metrics);
  // Lets the workers finish what is queued, then joins them.
  ~Batcher();
  Batcher(const Batcher&) = delete;
  Batcher& operator=(const Batcher&) = delete;

  // Queues `job`; false (and the job untouched) when the queue is full.
  bool submit(const std::shared_ptr<EmbeddingJob>& job);
  size_t depth() const;

 private:
  using Batch = std::vector<std::shared_ptr<EmbeddingJob>>;

  void work();
  // Waits for work; the oldest job and the queued ones that can share its call. Empty when
  // stopping with nothing left.
  Batch next_batch();
  void run(const Batch& batch);
  // Calls the model once per batch (list[str]) or once per text (str).
  EmbeddingResult call(const Model& model, const std::vector<std::string>& inputs,
                       const std::string& extra_arguments);

  const BatcherOptions options_;
  Metrics& metrics_;
  mutable std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<std::shared_ptr<EmbeddingJob>> queue_;
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace ingot::server
