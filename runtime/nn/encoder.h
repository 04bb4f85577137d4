// The transformer encoders the engine runs (internal to runtime/nn). Each architecture is one
// file with its forward pass written top to bottom: bert.cpp, gemma3.cpp.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "runtime/nn/model.h"
#include "runtime/nn/safetensors.h"

namespace ingot::rt::nn {

class Encoder {
 public:
  virtual ~Encoder() = default;
  // The last hidden state, (batch, length, hidden_size).
  virtual FloatArray forward(const TokenBatch& tokens) const = 0;
  virtual int64_t hidden_size() const = 0;
};

std::unique_ptr<Encoder> load_bert(const nlohmann::json& config, const WeightSet& weights);
std::unique_ptr<Encoder> load_gemma3(const nlohmann::json& config, const WeightSet& weights);

// config[key] as T; ValueError naming the key when it is missing or of another type.
template <typename T>
T config_value(const nlohmann::json& config, const std::string& key);
template <typename T>
T config_value(const nlohmann::json& config, const std::string& key, T fallback);

// The prefix before `suffix` of the one tensor name ending with it ("" or "bert." or
// "model."), so checkpoints saved from a task model (BertForMaskedLM) load too.
std::string weight_prefix(const WeightSet& weights, const std::string& suffix);

}  // namespace ingot::rt::nn
