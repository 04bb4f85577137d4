// Loading a checkpoint and the sentence-transformers pipeline around its encoder.
#include "runtime/nn/model.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <variant>

#include "runtime/core/errors.h"
#include "runtime/nn/encoder.h"
#include "runtime/nn/kernels.h"

namespace ingot::rt::nn {

template <typename T>
T config_value(const nlohmann::json& config, const std::string& key) {
  auto it = config.find(key);
  if (it == config.end() || it->is_null()) {
    raise(ExcKind::ValueError, "config.json has no '" + key + "'");
  }
  try {
    return it->get<T>();
  } catch (const nlohmann::json::exception&) {
    raise(ExcKind::ValueError, "config.json '" + key + "' has the wrong type: " + it->dump());
  }
}

template <typename T>
T config_value(const nlohmann::json& config, const std::string& key, T fallback) {
  auto it = config.find(key);
  if (it == config.end() || it->is_null()) return fallback;
  return config_value<T>(config, key);
}

template int64_t config_value<int64_t>(const nlohmann::json&, const std::string&);
template double config_value<double>(const nlohmann::json&, const std::string&);
template bool config_value<bool>(const nlohmann::json&, const std::string&);
template std::string config_value<std::string>(const nlohmann::json&, const std::string&);
template std::vector<std::string> config_value<std::vector<std::string>>(const nlohmann::json&,
                                                                         const std::string&);
template int64_t config_value<int64_t>(const nlohmann::json&, const std::string&, int64_t);
template double config_value<double>(const nlohmann::json&, const std::string&, double);
template bool config_value<bool>(const nlohmann::json&, const std::string&, bool);
template std::string config_value<std::string>(const nlohmann::json&, const std::string&,
                                               std::string);

std::string weight_prefix(const WeightSet& weights, const std::string& suffix) {
  for (const std::string& name : weights.names()) {
    if (name.size() >= suffix.size() && name.ends_with(suffix)) {
      return name.substr(0, name.size() - suffix.size());
    }
  }
  raise(ExcKind::ValueError, "checkpoint has no tensor '" + suffix + "'");
}

namespace {

nlohmann::json parse_json(const FileSet& files, const std::string& name) {
  try {
    return nlohmann::json::parse(files.text(name));
  } catch (const nlohmann::json::exception& error) {
    raise(ExcKind::ValueError, "invalid JSON in '" + name + "': " + error.what());
  }
}

// sentence-transformers' Pooling module: the modes it turns on, concatenated in its order
// (cls, max, mean, mean_sqrt_len_tokens).
struct Pooling {
  bool cls = false, max = false, mean = false, mean_sqrt_len = false;
  bool include_prompt = true;

  // Either format: "pooling_mode": "mean" (or a list), or the older pooling_mode_*_tokens flags.
  static Pooling from_config(const nlohmann::json& config) {
    Pooling pooling;
    std::vector<std::string> modes;
    if (auto it = config.find("pooling_mode"); it != config.end() && it->is_string()) {
      modes.push_back(it->get<std::string>());
    } else if (it != config.end() && it->is_array()) {
      modes = config_value<std::vector<std::string>>(config, "pooling_mode");
    } else {
      const std::pair<const char*, const char*> legacy[] = {
          {"pooling_mode_cls_token", "cls"},
          {"pooling_mode_max_tokens", "max"},
          {"pooling_mode_mean_tokens", "mean"},
          {"pooling_mode_mean_sqrt_len_tokens", "mean_sqrt_len_tokens"},
          {"pooling_mode_weightedmean_tokens", "weightedmean"},
          {"pooling_mode_lasttoken", "lasttoken"}};
      for (const auto& [key, mode] : legacy) {
        if (config_value<bool>(config, key, false)) modes.push_back(mode);
      }
    }
    for (const std::string& mode : modes) {
      if (mode == "cls") {
        pooling.cls = true;
      } else if (mode == "max") {
        pooling.max = true;
      } else if (mode == "mean") {
        pooling.mean = true;
      } else if (mode == "mean_sqrt_len_tokens") {
        pooling.mean_sqrt_len = true;
      } else {
        raise(ExcKind::ValueError, "Pooling mode '" + mode + "' is not supported");
      }
    }
    if (pooling.modes() == 0) raise(ExcKind::ValueError, "Pooling config turns on no pooling mode");
    pooling.include_prompt = config_value<bool>(config, "include_prompt", true);
    return pooling;
  }

  int64_t modes() const { return int64_t(cls) + max + mean + mean_sqrt_len; }

  // Which tokens of a sequence are pooled: those the attention mask keeps, less the
  // prompt's first `prompt_length` tokens (after any left padding) when include_prompt is off.
  std::vector<bool> pooled_tokens(const int64_t* mask, int64_t length,
                                  int64_t prompt_length) const {
    std::vector<bool> pooled(static_cast<size_t>(length));
    const int64_t first =
        int64_t(std::find_if(mask, mask + length, [](int64_t m) { return m != 0; }) - mask);
    const int64_t skip_below = include_prompt ? 0 : first + prompt_length;
    for (int64_t i = 0; i < length; ++i) pooled[size_t(i)] = mask[i] != 0 && i >= skip_below;
    return pooled;
  }

  // (batch, length, hidden) → (batch, modes · hidden).
  FloatArray apply(const FloatArray& hidden, const TokenBatch& tokens,
                   int64_t prompt_length) const {
    const int64_t batch = hidden.shape[0], length = hidden.shape[1], width = hidden.shape[2];
    FloatArray out{{batch, modes() * width}, std::vector<float>(size_t(batch * modes() * width))};
    for (int64_t b = 0; b < batch; ++b) {
      const float* rows = hidden.data.data() + b * length * width;
      float* result = out.data.data() + b * modes() * width;
      const std::vector<bool> pooled =
          pooled_tokens(tokens.attention_mask.data() + b * length, length, prompt_length);
      if (cls) {
        // The first pooled token (the first one when none is).
        const int64_t first =
            int64_t(std::find(pooled.begin(), pooled.end(), true) - pooled.begin());
        const float* row = rows + (first < length ? first : 0) * width;
        std::copy(row, row + width, result);
        result += width;
      }
      if (max) {
        std::fill(result, result + width, -std::numeric_limits<float>::infinity());
        for (int64_t i = 0; i < length; ++i) {
          if (!pooled[size_t(i)]) continue;
          for (int64_t d = 0; d < width; ++d) result[d] = std::max(result[d], rows[i * width + d]);
        }
        result += width;
      }
      if (mean || mean_sqrt_len) {
        std::vector<float> sum(static_cast<size_t>(width), 0.0f);
        float count = 0;
        for (int64_t i = 0; i < length; ++i) {
          if (!pooled[size_t(i)]) continue;
          count += 1;
          for (int64_t d = 0; d < width; ++d) sum[size_t(d)] += rows[i * width + d];
        }
        count = std::max(count, 1e-9f);
        if (mean) {
          for (int64_t d = 0; d < width; ++d) result[d] = sum[size_t(d)] / count;
          result += width;
        }
        if (mean_sqrt_len) {
          for (int64_t d = 0; d < width; ++d) result[d] = sum[size_t(d)] / std::sqrt(count);
          result += width;
        }
      }
    }
    return out;
  }
};

enum class Activation { Identity, Tanh, ReLU, GELU };

// sentence-transformers' Dense module: activation(x Wᵀ + b).
struct Dense {
  int64_t in_features = 0, out_features = 0;
  Weight weight, bias;  // bias is empty without one
  Activation activation = Activation::Identity;

  static Dense load(const FileSet& files, const std::string& folder) {
    const auto config = parse_json(files, folder + "/config.json");
    Dense dense;
    dense.in_features = config_value<int64_t>(config, "in_features");
    dense.out_features = config_value<int64_t>(config, "out_features");
    const auto name = config_value<std::string>(config, "activation_function",
                                                "torch.nn.modules.activation.Tanh");
    if (name.ends_with(".Identity")) {
      dense.activation = Activation::Identity;
    } else if (name.ends_with(".Tanh")) {
      dense.activation = Activation::Tanh;
    } else if (name.ends_with(".ReLU")) {
      dense.activation = Activation::ReLU;
    } else if (name.ends_with(".GELU")) {
      dense.activation = Activation::GELU;
    } else {
      raise(ExcKind::ValueError, "Dense activation '" + name + "' is not supported");
    }
    const WeightSet weights(files, folder);
    dense.weight = weights.get("linear.weight", {dense.out_features, dense.in_features});
    if (config_value<bool>(config, "use_residual", false)) {
      raise(ExcKind::ValueError, "Dense with use_residual is not supported");
    }
    if (config_value<bool>(config, "bias", true)) {
      dense.bias = weights.get("linear.bias", {dense.out_features});
    }
    return dense;
  }

  FloatArray apply(const FloatArray& x) const {
    const int64_t rows = x.shape[0];
    if (x.shape[1] != in_features) {
      raise(ExcKind::ValueError, "Dense expects " + std::to_string(in_features) +
                                     " features, the pipeline gives it " +
                                     std::to_string(x.shape[1]));
    }
    FloatArray out{{rows, out_features}, std::vector<float>(size_t(rows * out_features))};
    linear(x.data.data(), rows, in_features, weight, bias.data(), out_features, out.data.data());
    switch (activation) {
      case Activation::Identity:
        break;
      case Activation::Tanh:
        tanh_in_place(out.data);
        break;
      case Activation::ReLU:
        relu(out.data);
        break;
      case Activation::GELU:
        gelu_erf(out.data);
        break;
    }
    return out;
  }
};

// Each row scaled to unit L2 norm (torch.nn.functional.normalize: divided by max(‖x‖, 1e-12)).
void normalize_rows(FloatArray& x) {
  const int64_t rows = x.shape[0], width = x.shape[1];
  for (int64_t r = 0; r < rows; ++r) {
    float* row = x.data.data() + r * width;
    const float norm = std::max(std::sqrt(dot(row, row, width)), 1e-12f);
    for (int64_t d = 0; d < width; ++d) row[d] /= norm;
  }
}

using Step = std::variant<Pooling, Dense, std::monostate>;  // monostate: Normalize

}  // namespace

struct Model::Impl {
  FileSet files;  // keeps the memory-mapped files the weights point into
  std::string model_type;
  std::unique_ptr<Encoder> encoder;
  std::vector<Step> steps;  // after the transformer, in modules.json's order
  std::optional<int64_t> max_seq_length;
  std::map<std::string, std::string> prompts;
  std::optional<std::string> default_prompt_name;
};

namespace {

std::unique_ptr<Encoder> load_encoder(const FileSet& files, const std::string& folder,
                                      std::string& model_type) {
  const std::string prefix = folder.empty() ? "" : folder + "/";
  const auto config = parse_json(files, prefix + "config.json");
  model_type = config_value<std::string>(config, "model_type");
  const WeightSet weights(files, folder);
  if (model_type == "bert") return load_bert(config, weights);
  if (model_type == "gemma3_text") return load_gemma3(config, weights);
  raise(ExcKind::ValueError,
        "model_type '" + model_type + "' is not supported (supported: bert, gemma3_text)");
}

void load_sentence_transformer(const FileSet& files, Model::Impl& impl) {
  const auto modules = parse_json(files, "modules.json");
  if (!modules.is_array()) raise(ExcKind::ValueError, "modules.json is not a list");
  bool has_transformer = false;
  for (const auto& module : modules) {
    const auto type = config_value<std::string>(module, "type");
    std::string path = config_value<std::string>(module, "path", "");
    while (path.ends_with('/')) path.pop_back();
    const std::string prefix = path.empty() ? "" : path + "/";
    if (type.ends_with(".Transformer")) {
      if (has_transformer) raise(ExcKind::ValueError, "modules.json lists two Transformers");
      has_transformer = true;
      impl.encoder = load_encoder(files, path, impl.model_type);
      if (files.contains(prefix + "sentence_bert_config.json")) {
        const auto st_config = parse_json(files, prefix + "sentence_bert_config.json");
        if (auto it = st_config.find("max_seq_length"); it != st_config.end() && !it->is_null()) {
          impl.max_seq_length = config_value<int64_t>(st_config, "max_seq_length");
        }
      }
    } else if (type.ends_with(".Pooling")) {
      impl.steps.emplace_back(Pooling::from_config(parse_json(files, prefix + "config.json")));
    } else if (type.ends_with(".Dense")) {
      impl.steps.emplace_back(Dense::load(files, path));
    } else if (type.ends_with(".Normalize")) {
      impl.steps.emplace_back(std::monostate{});
    } else {
      raise(ExcKind::ValueError, "sentence-transformers module '" + type + "' is not supported");
    }
  }
  if (!has_transformer) raise(ExcKind::ValueError, "modules.json lists no Transformer");
  if (impl.steps.empty() || !std::holds_alternative<Pooling>(impl.steps.front())) {
    raise(ExcKind::ValueError, "modules.json must list a Pooling module after the Transformer");
  }
  if (files.contains("config_sentence_transformers.json")) {
    const auto config = parse_json(files, "config_sentence_transformers.json");
    if (auto it = config.find("prompts"); it != config.end() && it->is_object()) {
      for (const auto& [name, text] : it->items()) {
        impl.prompts[name] = config_value<std::string>(*it, name);
      }
    }
    if (auto it = config.find("default_prompt_name"); it != config.end() && it->is_string()) {
      impl.default_prompt_name = it->get<std::string>();
    }
  }
}

}  // namespace

Model Model::load(const FileSet& files) {
  auto impl = std::make_shared<Impl>();
  impl->files = files;
  if (files.contains("modules.json")) {
    load_sentence_transformer(files, *impl);
  } else {
    impl->encoder = load_encoder(files, "", impl->model_type);
    Pooling mean;
    mean.mean = true;
    impl->steps.emplace_back(mean);
  }
  return Model(std::move(impl));
}

Model Model::load_folder(const std::string& folder) { return load(FileSet::from_folder(folder)); }

namespace {

void check_tokens(const TokenBatch& tokens) {
  const auto size = size_t(tokens.batch * tokens.length);
  if (tokens.batch < 0 || tokens.length < 0 || tokens.ids.size() != size ||
      tokens.attention_mask.size() != size ||
      (!tokens.token_type_ids.empty() && tokens.token_type_ids.size() != size)) {
    raise(ExcKind::ValueError, "token ids, attention mask and token types must all be (batch, " +
                                   std::string("length)"));
  }
}

}  // namespace

FloatArray Model::encode(const TokenBatch& tokens) const {
  check_tokens(tokens);
  return impl_->encoder->forward(tokens);
}

FloatArray Model::embed(const TokenBatch& tokens, int64_t prompt_length) const {
  FloatArray x = encode(tokens);
  // Loading checked that Pooling comes first, so every later step sees (batch, features).
  for (const Step& step : impl_->steps) {
    if (const auto* pooling = std::get_if<Pooling>(&step)) {
      x = pooling->apply(x, tokens, prompt_length);
    } else if (const auto* dense = std::get_if<Dense>(&step)) {
      x = dense->apply(x);
    } else {
      normalize_rows(x);
    }
  }
  return x;
}

std::string Model::model_type() const { return impl_->model_type; }
int64_t Model::hidden_size() const { return impl_->encoder->hidden_size(); }

int64_t Model::embedding_dim() const {
  int64_t dim = hidden_size();
  for (const Step& step : impl_->steps) {
    if (const auto* pooling = std::get_if<Pooling>(&step)) dim *= pooling->modes();
    if (const auto* dense = std::get_if<Dense>(&step)) dim = dense->out_features;
  }
  return dim;
}

std::optional<int64_t> Model::max_seq_length() const { return impl_->max_seq_length; }
const std::map<std::string, std::string>& Model::prompts() const { return impl_->prompts; }
std::optional<std::string> Model::default_prompt_name() const { return impl_->default_prompt_name; }

}  // namespace ingot::rt::nn
