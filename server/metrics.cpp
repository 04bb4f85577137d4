#include "server/metrics.h"

#include <sstream>

namespace ingot::server {
namespace {

// Adds one observation to cumulative-at-print-time buckets (each bucket counts only the
// observations whose smallest bound it is).
template <size_t N>
void observe(const std::array<double, N>& bounds, std::array<uint64_t, N>& buckets, double value) {
  for (size_t i = 0; i < N; ++i) {
    if (value <= bounds[i]) {
      ++buckets[i];
      return;
    }
  }
}

template <size_t N>
void print_histogram(std::ostringstream& out, const std::string& name,
                     const std::array<double, N>& bounds, const std::array<uint64_t, N>& buckets,
                     uint64_t count, double sum) {
  uint64_t cumulative = 0;
  for (size_t i = 0; i < N; ++i) {
    cumulative += buckets[i];
    out << name << "_bucket{le=\"" << bounds[i] << "\"} " << cumulative << "\n";
  }
  out << name << "_bucket{le=\"+Inf\"} " << count << "\n";
  out << name << "_sum " << sum << "\n";
  out << name << "_count " << count << "\n";
}

}  // namespace

void Metrics::record_request(const std::string& endpoint, int status, double seconds) {
  std::lock_guard lock(mutex_);
  ++requests_[{endpoint, status}];
  observe(kLatencyBounds, latency_buckets_, seconds);
  ++latency_count_;
  latency_sum_ += seconds;
}

void Metrics::record_batch(size_t requests, size_t inputs, uint64_t tokens) {
  std::lock_guard lock(mutex_);
  observe(kBatchBounds, batch_buckets_, static_cast<double>(requests));
  ++batch_count_;
  batch_requests_sum_ += requests;
  inputs_ += inputs;
  tokens_ += tokens;
}

std::string Metrics::prometheus(size_t queue_depth) const {
  std::lock_guard lock(mutex_);
  std::ostringstream out;
  out << "# HELP ingot_requests_total HTTP requests answered, by endpoint and status.\n"
         "# TYPE ingot_requests_total counter\n";
  for (const auto& [key, count] : requests_) {
    out << "ingot_requests_total{endpoint=\"" << key.first << "\",status=\"" << key.second << "\"} "
        << count << "\n";
  }
  out << "# HELP ingot_request_duration_seconds Time from a request's arrival to its answer.\n"
         "# TYPE ingot_request_duration_seconds histogram\n";
  print_histogram(out, "ingot_request_duration_seconds", kLatencyBounds, latency_buckets_,
                  latency_count_, latency_sum_);
  out << "# HELP ingot_batch_requests Requests served by one call into an artifact.\n"
         "# TYPE ingot_batch_requests histogram\n";
  print_histogram(out, "ingot_batch_requests", kBatchBounds, batch_buckets_, batch_count_,
                  static_cast<double>(batch_requests_sum_));
  out << "# HELP ingot_inputs_total Texts embedded.\n"
         "# TYPE ingot_inputs_total counter\n"
         "ingot_inputs_total "
      << inputs_ << "\n";
  out << "# HELP ingot_tokens_total Tokens the artifacts' tokenizers produced.\n"
         "# TYPE ingot_tokens_total counter\n"
         "ingot_tokens_total "
      << tokens_ << "\n";
  out << "# HELP ingot_queue_depth Requests waiting for a worker.\n"
         "# TYPE ingot_queue_depth gauge\n"
         "ingot_queue_depth "
      << queue_depth << "\n";
  return out.str();
}

}  // namespace ingot::server
