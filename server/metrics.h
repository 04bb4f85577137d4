// What the server has done, for GET /metrics in Prometheus' text format.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>

namespace ingot::server {

class Metrics {
 public:
  // One answered HTTP request: its status and how long it took, in seconds.
  void record_request(const std::string& endpoint, int status, double seconds);
  // One call into an artifact: how many requests it served at once and their tokens.
  void record_batch(size_t requests, size_t inputs, uint64_t tokens);

  // The exposition text; `queue_depth` is sampled by the caller at scrape time.
  std::string prometheus(size_t queue_depth) const;

 private:
  static constexpr std::array<double, 12> kLatencyBounds = {
      0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0};
  static constexpr std::array<double, 8> kBatchBounds = {1, 2, 4, 8, 16, 32, 64, 128};

  mutable std::mutex mutex_;
  std::map<std::pair<std::string, int>, uint64_t> requests_;  // (endpoint, status) -> count
  std::array<uint64_t, kLatencyBounds.size()> latency_buckets_{};
  uint64_t latency_count_ = 0;
  double latency_sum_ = 0;
  std::array<uint64_t, kBatchBounds.size()> batch_buckets_{};
  uint64_t batch_count_ = 0;
  uint64_t batch_requests_sum_ = 0;
  uint64_t inputs_ = 0;
  uint64_t tokens_ = 0;
};

}  // namespace ingot::server
