#include "server/batcher.h"

#include <nlohmann/json.hpp>

namespace ingot::server {
namespace {

using nlohmann::json;

ApiError server_error(std::string message) {
  return ApiError{500, std::move(message), "server_error", "", ""};
}

// A JSON array of numbers as doubles; false when it is anything else.
bool read_vector(const json& value, std::vector<double>& out) {
  if (!value.is_array()) return false;
  out.reserve(value.size());
  for (const auto& x : value) {
    if (!x.is_number()) return false;
    out.push_back(x.get<double>());
  }
  return true;
}

}  // namespace

size_t EmbeddingJob::estimated_tokens() const {
  size_t total = 0;
  for (const auto& text : inputs) total += std::max<size_t>(1, (text.size() + 3) / 4);
  return total;
}

Batcher::Batcher(BatcherOptions options, Metrics& metrics) : options_(options), metrics_(metrics) {
  for (size_t i = 0; i < std::max<size_t>(1, options_.threads); ++i) {
    workers_.emplace_back([this] { work(); });
  }
}

Batcher::~Batcher() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  ready_.notify_all();
  for (auto& worker : workers_) worker.join();
}

bool Batcher::submit(const std::shared_ptr<EmbeddingJob>& job) {
  {
    std::lock_guard lock(mutex_);
    if (queue_.size() >= options_.max_queue) return false;
    queue_.push_back(job);
  }
  ready_.notify_one();
  return true;
}

size_t Batcher::depth() const {
  std::lock_guard lock(mutex_);
  return queue_.size();
}

void Batcher::work() {
  while (true) {
    Batch batch = next_batch();
    if (batch.empty()) return;
    run(batch);
  }
}

Batcher::Batch Batcher::next_batch() {
  std::unique_lock lock(mutex_);
  ready_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
  if (queue_.empty()) return {};
  Batch batch{std::move(queue_.front())};
  queue_.pop_front();
  const EmbeddingJob& first = *batch.front();
  if (!first.model->takes_list) return batch;
  // Later jobs for the same model and the same other arguments join the call while the
  // budget allows; the rest keep their places in the queue.
  size_t budget_used = first.estimated_tokens();
  for (auto it = queue_.begin(); it != queue_.end();) {
    const EmbeddingJob& job = **it;
    const size_t cost = job.estimated_tokens();
    if (job.model == first.model && job.extra_arguments == first.extra_arguments &&
        budget_used + cost <= options_.max_batch_tokens) {
      budget_used += cost;
      batch.push_back(std::move(*it));
      it = queue_.erase(it);
    } else {
      ++it;
    }
  }
  return batch;
}

void Batcher::run(const Batch& batch) {
  std::vector<std::string> inputs;
  for (const auto& job : batch) inputs.insert(inputs.end(), job->inputs.begin(), job->inputs.end());
  EmbeddingResult joint = call(*batch.front()->model, inputs, batch.front()->extra_arguments);
  metrics_.record_batch(batch.size(), inputs.size(), joint.tokens);
  const bool split_usage = joint.input_tokens.size() == inputs.size();
  if (batch.size() > 1 && (joint.error || !split_usage)) {
    // One request's bad text must not fail the others, and a request's usage is its own
    // texts' tokens: when the call cannot say which tokens were whose, each runs alone.
    for (const auto& job : batch) run({job});
    return;
  }
  if (batch.size() == 1) {
    batch.front()->done.set_value(std::move(joint));
    return;
  }
  // Split the rows back, each request with its own texts' tokens.
  size_t row = 0;
  for (const auto& job : batch) {
    EmbeddingResult result;
    for (size_t j = 0; j < job->inputs.size(); ++j, ++row) {
      result.vectors.push_back(std::move(joint.vectors[row]));
      result.tokens += joint.input_tokens[row];
    }
    job->done.set_value(std::move(result));
  }
}

EmbeddingResult Batcher::call(const Model& model, const std::vector<std::string>& inputs,
                              const std::string& extra_arguments) {
  EmbeddingResult result;
  json arguments = json::parse(extra_arguments);
  if (arguments.contains(model.input_parameter)) {
    result.error = ApiError{400, "'" + model.input_parameter + "' is given by 'input'",
                            "invalid_request_error", model.input_parameter, ""};
    return result;
  }
  // One call for list[str]; one per text for str.
  const size_t calls = model.takes_list ? 1 : inputs.size();
  for (size_t c = 0; c < calls; ++c) {
    arguments[model.input_parameter] = model.takes_list ? json(inputs) : json(inputs[c]);
    const auto outcome = model.artifact->call_json(
        arguments.dump(-1, ' ', false, json::error_handler_t::strict), {});
    result.tokens += outcome.stats.tokens;
    // Joined requests share list[str] calls only: there, a call with no tokens has none
    // for any input.
    if (model.takes_list) {
      result.input_tokens =
          outcome.stats.tokens == 0 ? std::vector<uint64_t>(inputs.size(), 0) : outcome.text_tokens;
    }
    if (!outcome.ok) {
      result.error = ApiError{400, outcome.error_line(), "invalid_request_error", "", ""};
      return result;
    }
    const json value = json::parse(outcome.result_json, nullptr, false);
    const std::string shape_error =
        "the function returned something that is not " +
        std::string(model.takes_list ? "one list of floats per input" : "a list of floats");
    if (model.takes_list) {
      if (!value.is_array() || value.size() != inputs.size()) {
        result.error = server_error(shape_error);
        return result;
      }
      for (const auto& row : value) {
        if (!read_vector(row, result.vectors.emplace_back())) {
          result.error = server_error(shape_error);
          return result;
        }
      }
    } else if (!read_vector(value, result.vectors.emplace_back())) {
      result.error = server_error(shape_error);
      return result;
    }
  }
  return result;
}

}  // namespace ingot::server
