// Gemma 3 as a bidirectional encoder, as transformers' Gemma3TextModel computes it with
// use_bidirectional_attention (EmbeddingGemma): embeddings scaled by √hidden; layers of
// (RMSNorm, attention with q/k RMSNorm, RoPE and grouped-query heads, RMSNorm, add,
// RMSNorm, gelu-tanh gated MLP, RMSNorm, add); a final RMSNorm. Layers alternate between a
// bidirectional sliding window (local RoPE base) and full attention (global RoPE base).
#include <cmath>

#include "runtime/core/errors.h"
#include "runtime/nn/encoder.h"
#include "runtime/nn/kernels.h"

namespace ingot::rt::nn {

namespace {

struct GemmaLayer {
  bool sliding;
  Weight q_proj, k_proj, v_proj, o_proj, q_norm, k_norm;
  Weight input_norm, post_attention_norm, pre_feedforward_norm, post_feedforward_norm;
  Weight gate_proj, up_proj, down_proj;
};

// RoPE's inverse frequencies for one base, in float32 as transformers computes them:
// 1 / base^(2i / head_dim), divided by a linear scaling factor when there is one.
std::vector<float> inverse_frequencies(double base, int64_t head_dim, double linear_factor) {
  std::vector<float> inv(size_t(head_dim / 2));
  for (int64_t i = 0; i < head_dim / 2; ++i) {
    const float exponent = float(2 * i) / float(head_dim);
    inv[size_t(i)] = 1.0f / std::pow(float(base), exponent);
    if (linear_factor != 1.0) inv[size_t(i)] /= float(linear_factor);
  }
  return inv;
}

class Gemma3 final : public Encoder {
 public:
  Gemma3(const nlohmann::json& config, const WeightSet& weights);
  FloatArray forward(const TokenBatch& tokens) const override;
  int64_t hidden_size() const override { return hidden_; }

 private:
  void layer(const GemmaLayer& w, const PackedBatch& packed, float* x) const;
  void apply_rope(float* rows, int64_t stride, int64_t heads, const PackedBatch& packed,
                  const std::vector<float>& inv_freq) const;
  void read_rope(const nlohmann::json& config);
  std::vector<bool> read_layer_kinds(const nlohmann::json& config) const;

  int64_t vocab_, hidden_, layers_, heads_, kv_heads_, head_dim_, intermediate_;
  int64_t max_distance_;  // of a key from its query in a sliding layer
  float eps_, attention_scale_;
  std::vector<float> local_inv_freq_, global_inv_freq_;
  Weight embed_tokens_, final_norm_;
  std::vector<GemmaLayer> layer_weights_;
};

Gemma3::Gemma3(const nlohmann::json& config, const WeightSet& weights)
    : vocab_(config_value<int64_t>(config, "vocab_size")),
      hidden_(config_value<int64_t>(config, "hidden_size")),
      layers_(config_value<int64_t>(config, "num_hidden_layers")),
      heads_(config_value<int64_t>(config, "num_attention_heads")),
      kv_heads_(config_value<int64_t>(config, "num_key_value_heads")),
      head_dim_(config_value<int64_t>(config, "head_dim")),
      intermediate_(config_value<int64_t>(config, "intermediate_size")),
      // transformers' Gemma3TextConfig turns config.json's sliding_window W into W / 2 + 1
      // for a bidirectional model, and its mask lets a query see keys less than that many
      // positions away on either side: at most W / 2.
      max_distance_(config_value<int64_t>(config, "sliding_window") / 2),
      eps_(float(config_value<double>(config, "rms_norm_eps", 1e-6))),
      attention_scale_(float(std::pow(
          config_value<double>(config, "query_pre_attn_scalar", double(head_dim_)), -0.5))) {
  if (!config_value<bool>(config, "use_bidirectional_attention", false)) {
    raise(ExcKind::ValueError,
          "gemma3_text is supported as a bidirectional encoder only "
          "(use_bidirectional_attention: true, as EmbeddingGemma)");
  }
  const auto act = config_value<std::string>(config, "hidden_activation", "gelu_pytorch_tanh");
  if (act != "gelu_pytorch_tanh") {
    raise(ExcKind::ValueError, "Gemma 3 hidden_activation '" + act + "' is not supported");
  }
  if (!config.value("attn_logit_softcapping", nlohmann::json()).is_null()) {
    raise(ExcKind::ValueError, "Gemma 3 attn_logit_softcapping is not supported");
  }
  if (heads_ % kv_heads_ != 0 || head_dim_ % 2 != 0) {
    raise(ExcKind::ValueError, "Gemma 3 heads do not divide into key/value heads");
  }
  read_rope(config);
  const std::vector<bool> sliding = read_layer_kinds(config);
  const std::string p = weight_prefix(weights, "embed_tokens.weight");
  embed_tokens_ = weights.get(p + "embed_tokens.weight", {vocab_, hidden_});
  final_norm_ = weights.get(p + "norm.weight", {hidden_});
  for (int64_t l = 0; l < layers_; ++l) {
    const std::string n = p + "layers." + std::to_string(l) + ".";
    const auto get = [&](const std::string& name, const std::vector<int64_t>& shape) {
      return weights.get(n + name, shape);
    };
    layer_weights_.push_back(GemmaLayer{
        sliding[size_t(l)],
        get("self_attn.q_proj.weight", {heads_ * head_dim_, hidden_}),
        get("self_attn.k_proj.weight", {kv_heads_ * head_dim_, hidden_}),
        get("self_attn.v_proj.weight", {kv_heads_ * head_dim_, hidden_}),
        get("self_attn.o_proj.weight", {hidden_, heads_ * head_dim_}),
        get("self_attn.q_norm.weight", {head_dim_}),
        get("self_attn.k_norm.weight", {head_dim_}),
        get("input_layernorm.weight", {hidden_}),
        get("post_attention_layernorm.weight", {hidden_}),
        get("pre_feedforward_layernorm.weight", {hidden_}),
        get("post_feedforward_layernorm.weight", {hidden_}),
        get("mlp.gate_proj.weight", {intermediate_, hidden_}),
        get("mlp.up_proj.weight", {intermediate_, hidden_}),
        get("mlp.down_proj.weight", {hidden_, intermediate_}),
    });
  }
}

// The two RoPE bases: rope_theta (global layers) and rope_local_base_freq (sliding layers),
// or, in newer configs, rope_parameters keyed by layer kind.
void Gemma3::read_rope(const nlohmann::json& config) {
  double global_base = 0, local_base = 0, global_factor = 1, local_factor = 1;
  const auto linear_factor = [](const nlohmann::json& scaling) {
    if (scaling.is_null()) return 1.0;
    const auto type = config_value<std::string>(
        scaling, "rope_type", config_value<std::string>(scaling, "type", "default"));
    if (type == "default") return 1.0;
    if (type == "linear") return config_value<double>(scaling, "factor");
    raise(ExcKind::ValueError, "Gemma 3 RoPE scaling '" + type + "' is not supported");
  };
  if (auto it = config.find("rope_parameters");
      it != config.end() && it->is_object() && it->contains("full_attention")) {
    const auto& global = it->at("full_attention");
    const auto& local = it->at("sliding_attention");
    global_base = config_value<double>(global, "rope_theta");
    local_base = config_value<double>(local, "rope_theta");
    global_factor = linear_factor(global);
    local_factor = linear_factor(local);
  } else {
    global_base = config_value<double>(config, "rope_theta");
    local_base = config_value<double>(config, "rope_local_base_freq");
    global_factor = linear_factor(config.value("rope_scaling", nlohmann::json()));
  }
  global_inv_freq_ = inverse_frequencies(global_base, head_dim_, global_factor);
  local_inv_freq_ = inverse_frequencies(local_base, head_dim_, local_factor);
}

// Which layers use the sliding window: layer_types when the config lists them, else every
// layer but each sliding_window_pattern-th.
std::vector<bool> Gemma3::read_layer_kinds(const nlohmann::json& config) const {
  std::vector<bool> sliding(static_cast<size_t>(layers_));
  if (auto it = config.find("layer_types"); it != config.end() && it->is_array()) {
    if (int64_t(it->size()) != layers_) {
      raise(ExcKind::ValueError, "config.json layer_types does not list every layer");
    }
    for (int64_t l = 0; l < layers_; ++l) {
      const auto kind = (*it)[size_t(l)].get<std::string>();
      if (kind != "sliding_attention" && kind != "full_attention") {
        raise(ExcKind::ValueError, "Gemma 3 layer type '" + kind + "' is not supported");
      }
      sliding[size_t(l)] = kind == "sliding_attention";
    }
    return sliding;
  }
  const int64_t pattern = config_value<int64_t>(config, "sliding_window_pattern", 6);
  for (int64_t l = 0; l < layers_; ++l) sliding[size_t(l)] = (l + 1) % pattern != 0;
  return sliding;
}

FloatArray Gemma3::forward(const TokenBatch& tokens) const {
  const PackedBatch packed = pack(tokens.attention_mask, tokens.batch, tokens.length);
  const int64_t rows = packed.rows();
  std::vector<float> x(static_cast<size_t>(rows * hidden_));
  // Gemma3TextScaledWordEmbedding: the embedding times √hidden_size (float32 here).
  const float scale = std::sqrt(float(hidden_));
  for (int64_t r = 0; r < rows; ++r) {
    const int64_t id = tokens.ids[size_t(packed.source[size_t(r)])];
    if (id < 0 || id >= vocab_) {
      raise(ExcKind::IndexError, "token id " + std::to_string(id) + " is out of the vocabulary");
    }
    const float* embedding = embed_tokens_.data() + id * hidden_;
    for (int64_t d = 0; d < hidden_; ++d) x[size_t(r * hidden_ + d)] = embedding[d] * scale;
  }
  for (const GemmaLayer& w : layer_weights_) layer(w, packed, x.data());
  rms_norm_one_plus(x.data(), rows, hidden_, final_norm_.data(), eps_);
  return {{tokens.batch, tokens.length, hidden_}, unpack(packed, x, hidden_)};
}

void Gemma3::layer(const GemmaLayer& w, const PackedBatch& packed, float* x) const {
  const int64_t rows = packed.rows();
  const int64_t q_width = heads_ * head_dim_, kv_width = kv_heads_ * head_dim_;
  std::span<float> residual(x, size_t(rows * hidden_));

  // Attention block: h = PostNorm(Attention(InputNorm(x))); x += h.
  std::vector<float> normed(residual.begin(), residual.end());
  rms_norm_one_plus(normed.data(), rows, hidden_, w.input_norm.data(), eps_);
  std::vector<float> q(static_cast<size_t>(rows * q_width)),
      k(static_cast<size_t>(rows * kv_width)), v(k.size());
  linear(normed.data(), rows, hidden_, w.q_proj, nullptr, q_width, q.data());
  linear(normed.data(), rows, hidden_, w.k_proj, nullptr, kv_width, k.data());
  linear(normed.data(), rows, hidden_, w.v_proj, nullptr, kv_width, v.data());
  rms_norm_one_plus(q.data(), rows * heads_, head_dim_, w.q_norm.data(), eps_);
  rms_norm_one_plus(k.data(), rows * kv_heads_, head_dim_, w.k_norm.data(), eps_);
  const auto& inv_freq = w.sliding ? local_inv_freq_ : global_inv_freq_;
  apply_rope(q.data(), q_width, heads_, packed, inv_freq);
  apply_rope(k.data(), kv_width, kv_heads_, packed, inv_freq);
  std::vector<float> context(q.size());
  attention(q.data(), q_width, k.data(), v.data(), kv_width, packed, {heads_, kv_heads_, head_dim_},
            attention_scale_, w.sliding ? max_distance_ : -1, context.data(), q_width);
  std::vector<float> h(static_cast<size_t>(rows * hidden_));
  linear(context.data(), rows, q_width, w.o_proj, nullptr, hidden_, h.data());
  rms_norm_one_plus(h.data(), rows, hidden_, w.post_attention_norm.data(), eps_);
  add_in_place(residual, h);

  // MLP block: h = PostNorm(down(gelu_tanh(gate(PreNorm(x))) · up(PreNorm(x)))); x += h.
  normed.assign(residual.begin(), residual.end());
  rms_norm_one_plus(normed.data(), rows, hidden_, w.pre_feedforward_norm.data(), eps_);
  std::vector<float> gate(static_cast<size_t>(rows * intermediate_)), up(gate.size());
  linear(normed.data(), rows, hidden_, w.gate_proj, nullptr, intermediate_, gate.data());
  linear(normed.data(), rows, hidden_, w.up_proj, nullptr, intermediate_, up.data());
  gelu_tanh(gate);
  for (size_t i = 0; i < gate.size(); ++i) gate[i] *= up[i];
  linear(gate.data(), rows, intermediate_, w.down_proj, nullptr, hidden_, h.data());
  rms_norm_one_plus(h.data(), rows, hidden_, w.post_feedforward_norm.data(), eps_);
  add_in_place(residual, h);
}

// Rotary position embedding, rotate-half form: for i < head_dim/2 the pair
// (x[i], x[i + head_dim/2]) turns by position · inv_freq[i], the angle's cosine and sine
// taken in float32 as transformers takes them.
void Gemma3::apply_rope(float* rows, int64_t stride, int64_t heads, const PackedBatch& packed,
                        const std::vector<float>& inv_freq) const {
  const int64_t half = head_dim_ / 2;
  std::vector<float> cos(static_cast<size_t>(half)), sin(static_cast<size_t>(half));
  for (int64_t r = 0; r < packed.rows(); ++r) {
    const auto position = float(packed.position[size_t(r)]);
    for (int64_t i = 0; i < half; ++i) {
      const float angle = position * inv_freq[size_t(i)];
      cos[size_t(i)] = std::cos(angle);
      sin[size_t(i)] = std::sin(angle);
    }
    for (int64_t h = 0; h < heads; ++h) {
      float* head = rows + r * stride + h * head_dim_;
      for (int64_t i = 0; i < half; ++i) {
        const float x1 = head[i], x2 = head[i + half];
        head[i] = x1 * cos[size_t(i)] - x2 * sin[size_t(i)];
        head[i + half] = x2 * cos[size_t(i)] + x1 * sin[size_t(i)];
      }
    }
  }
}

}  // namespace

std::unique_ptr<Encoder> load_gemma3(const nlohmann::json& config, const WeightSet& weights) {
  return std::make_unique<Gemma3>(config, weights);
}

}  // namespace ingot::rt::nn
