// BERT as transformers' BertModel computes it: word + absolute position + token type
// embeddings, LayerNorm, then layers of (self-attention, add, LayerNorm, GELU MLP, add,
// LayerNorm) — normalization after each residual ("post-LN").
#include <cmath>

#include "runtime/core/errors.h"
#include "runtime/nn/encoder.h"
#include "runtime/nn/kernels.h"

namespace ingot::rt::nn {

namespace {

struct BertLayer {
  Weight query_w, query_b, key_w, key_b, value_w, value_b;
  Weight attn_out_w, attn_out_b, attn_norm_w, attn_norm_b;
  Weight intermediate_w, intermediate_b, output_w, output_b, output_norm_w, output_norm_b;
};

class Bert final : public Encoder {
 public:
  Bert(const nlohmann::json& config, const WeightSet& weights);
  FloatArray forward(const TokenBatch& tokens) const override;
  int64_t hidden_size() const override { return hidden_; }

 private:
  void embed(const TokenBatch& tokens, const PackedBatch& packed, float* x) const;
  void layer(const BertLayer& w, const PackedBatch& packed, float* x) const;

  int64_t vocab_, hidden_, layers_, heads_, intermediate_, max_positions_, type_vocab_;
  float eps_;
  Weight word_embeddings_, position_embeddings_, type_embeddings_, embed_norm_w_, embed_norm_b_;
  std::vector<BertLayer> layer_weights_;
};

Bert::Bert(const nlohmann::json& config, const WeightSet& weights)
    : vocab_(config_value<int64_t>(config, "vocab_size")),
      hidden_(config_value<int64_t>(config, "hidden_size")),
      layers_(config_value<int64_t>(config, "num_hidden_layers")),
      heads_(config_value<int64_t>(config, "num_attention_heads")),
      intermediate_(config_value<int64_t>(config, "intermediate_size")),
      max_positions_(config_value<int64_t>(config, "max_position_embeddings")),
      type_vocab_(config_value<int64_t>(config, "type_vocab_size", 2)),
      eps_(float(config_value<double>(config, "layer_norm_eps", 1e-12))) {
  const auto act = config_value<std::string>(config, "hidden_act", "gelu");
  if (act != "gelu") raise(ExcKind::ValueError, "BERT hidden_act '" + act + "' is not supported");
  const auto positions = config_value<std::string>(config, "position_embedding_type", "absolute");
  if (positions != "absolute") {
    raise(ExcKind::ValueError, "BERT position_embedding_type '" + positions + "' is not supported");
  }
  if (hidden_ % heads_ != 0) {
    raise(ExcKind::ValueError, "hidden_size is not a multiple of num_attention_heads");
  }
  const std::string p = weight_prefix(weights, "embeddings.word_embeddings.weight");
  word_embeddings_ = weights.get(p + "embeddings.word_embeddings.weight", {vocab_, hidden_});
  position_embeddings_ =
      weights.get(p + "embeddings.position_embeddings.weight", {max_positions_, hidden_});
  type_embeddings_ =
      weights.get(p + "embeddings.token_type_embeddings.weight", {type_vocab_, hidden_});
  embed_norm_w_ = weights.get(p + "embeddings.LayerNorm.weight", {hidden_});
  embed_norm_b_ = weights.get(p + "embeddings.LayerNorm.bias", {hidden_});
  for (int64_t l = 0; l < layers_; ++l) {
    const std::string n = p + "encoder.layer." + std::to_string(l) + ".";
    const auto matrix = [&](const std::string& name, int64_t rows, int64_t cols) {
      return weights.get(n + name, {rows, cols});
    };
    const auto vector = [&](const std::string& name, int64_t size) {
      return weights.get(n + name, {size});
    };
    layer_weights_.push_back(BertLayer{
        matrix("attention.self.query.weight", hidden_, hidden_),
        vector("attention.self.query.bias", hidden_),
        matrix("attention.self.key.weight", hidden_, hidden_),
        vector("attention.self.key.bias", hidden_),
        matrix("attention.self.value.weight", hidden_, hidden_),
        vector("attention.self.value.bias", hidden_),
        matrix("attention.output.dense.weight", hidden_, hidden_),
        vector("attention.output.dense.bias", hidden_),
        vector("attention.output.LayerNorm.weight", hidden_),
        vector("attention.output.LayerNorm.bias", hidden_),
        matrix("intermediate.dense.weight", intermediate_, hidden_),
        vector("intermediate.dense.bias", intermediate_),
        matrix("output.dense.weight", hidden_, intermediate_),
        vector("output.dense.bias", hidden_),
        vector("output.LayerNorm.weight", hidden_),
        vector("output.LayerNorm.bias", hidden_),
    });
  }
}

FloatArray Bert::forward(const TokenBatch& tokens) const {
  if (tokens.length > max_positions_) {
    raise(ExcKind::ValueError, "sequence length " + std::to_string(tokens.length) +
                                   " exceeds BERT's max_position_embeddings " +
                                   std::to_string(max_positions_));
  }
  const PackedBatch packed = pack(tokens.attention_mask, tokens.batch, tokens.length);
  std::vector<float> x(static_cast<size_t>(packed.rows() * hidden_));
  embed(tokens, packed, x.data());
  for (const BertLayer& w : layer_weights_) layer(w, packed, x.data());
  return {{tokens.batch, tokens.length, hidden_}, unpack(packed, x, hidden_)};
}

// x = LayerNorm(word[id] + position[i] + token_type[type]) for every token.
void Bert::embed(const TokenBatch& tokens, const PackedBatch& packed, float* x) const {
  for (int64_t r = 0; r < packed.rows(); ++r) {
    const auto t = size_t(packed.source[size_t(r)]);
    const int64_t id = tokens.ids[t];
    const int64_t type = tokens.token_type_ids.empty() ? 0 : tokens.token_type_ids[t];
    if (id < 0 || id >= vocab_) {
      raise(ExcKind::IndexError, "token id " + std::to_string(id) + " is out of the vocabulary");
    }
    if (type < 0 || type >= type_vocab_) {
      raise(ExcKind::IndexError, "token type id " + std::to_string(type) + " is out of range");
    }
    const float* word = word_embeddings_.data() + id * hidden_;
    const float* position = position_embeddings_.data() + packed.position[size_t(r)] * hidden_;
    const float* token_type = type_embeddings_.data() + type * hidden_;
    float* row = x + r * hidden_;
    for (int64_t d = 0; d < hidden_; ++d) row[d] = (word[d] + token_type[d]) + position[d];
  }
  layer_norm(x, packed.rows(), hidden_, embed_norm_w_.data(), embed_norm_b_.data(), eps_);
}

void Bert::layer(const BertLayer& w, const PackedBatch& packed, float* x) const {
  const int64_t rows = packed.rows();
  const int64_t head_dim = hidden_ / heads_;
  std::vector<float> q(static_cast<size_t>(rows * hidden_)), k(q.size()), v(q.size()),
      context(q.size());
  linear(x, rows, hidden_, w.query_w, w.query_b.data(), hidden_, q.data());
  linear(x, rows, hidden_, w.key_w, w.key_b.data(), hidden_, k.data());
  linear(x, rows, hidden_, w.value_w, w.value_b.data(), hidden_, v.data());
  attention(q.data(), hidden_, k.data(), v.data(), hidden_, packed, {heads_, heads_, head_dim},
            1.0f / std::sqrt(float(head_dim)), -1, context.data(), hidden_);
  // x = LayerNorm(x + context Wₒ)
  std::vector<float> projected(q.size());
  linear(context.data(), rows, hidden_, w.attn_out_w, w.attn_out_b.data(), hidden_,
         projected.data());
  add_in_place(projected, {x, size_t(rows * hidden_)});
  layer_norm(projected.data(), rows, hidden_, w.attn_norm_w.data(), w.attn_norm_b.data(), eps_);
  // x = LayerNorm(x + GELU(x W₁) W₂)
  std::vector<float> inner(static_cast<size_t>(rows * intermediate_));
  linear(projected.data(), rows, hidden_, w.intermediate_w, w.intermediate_b.data(), intermediate_,
         inner.data());
  gelu_erf(inner);
  linear(inner.data(), rows, intermediate_, w.output_w, w.output_b.data(), hidden_, x);
  add_in_place({x, size_t(rows * hidden_)}, projected);
  layer_norm(x, rows, hidden_, w.output_norm_w.data(), w.output_norm_b.data(), eps_);
}

}  // namespace

std::unique_ptr<Encoder> load_bert(const nlohmann::json& config, const WeightSet& weights) {
  return std::make_unique<Bert>(config, weights);
}

}  // namespace ingot::rt::nn
