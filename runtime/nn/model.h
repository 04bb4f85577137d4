// The model engine's API: a Hugging Face checkpoint loaded from in-memory file blobs (the
// weights embedded in an artifact) or from a folder, run natively in float32.
//
//   auto model = Model::load(FileSet::from_folder("all-MiniLM-L6-v2"));
//   FloatArray hidden = model.encode(tokens);     // transformers: model(**inputs)[0]
//   FloatArray vectors = model.embed(tokens);     // sentence-transformers: model.encode(...)
//
// Architectures: BERT ("bert") and Gemma 3 as a bidirectional encoder ("gemma3_text" with
// use_bidirectional_attention, as EmbeddingGemma). An unsupported model_type, a missing or
// mis-shaped tensor, or a bad file is a PyException (ValueError, FileNotFoundError) whose
// message names it. A Model is immutable once loaded; calls from several threads are safe.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "runtime/nn/files.h"

namespace ingot::rt::nn {

// A batch of tokenized sequences, padded to one length: row-major (batch, length).
struct TokenBatch {
  int64_t batch = 0;
  int64_t length = 0;
  std::vector<int64_t> ids;
  std::vector<int64_t> attention_mask;  // 1 for a token, 0 for padding
  std::vector<int64_t> token_type_ids;  // empty: all zeros (BERT only)
};

// A dense float32 result, row-major.
struct FloatArray {
  std::vector<int64_t> shape;
  std::vector<float> data;
};

class Model {
 public:
  // `files` are the checkpoint's files by relative path: config.json, model.safetensors (or
  // its shards), and, for a sentence-transformers model, modules.json and its module folders.
  static Model load(const FileSet& files);
  static Model load_folder(const std::string& folder);

  // The transformer's last hidden state, (batch, length, hidden_size).
  FloatArray encode(const TokenBatch& tokens) const;
  // The sentence-transformers pipeline after the transformer: pooling, Dense layers and
  // normalization as modules.json lists them, (batch, embedding_dim). `prompt_length` tokens
  // at the start of each sequence are left out of the pooling when the Pooling module says
  // include_prompt: false. A folder without modules.json pools by mean, as
  // sentence-transformers does for a plain transformers model.
  FloatArray embed(const TokenBatch& tokens, int64_t prompt_length = 0) const;

  std::string model_type() const;
  int64_t hidden_size() const;
  int64_t embedding_dim() const;
  // From sentence_bert_config.json, when there is one.
  std::optional<int64_t> max_seq_length() const;
  // From config_sentence_transformers.json: prompt name → prompt text.
  const std::map<std::string, std::string>& prompts() const;
  std::optional<std::string> default_prompt_name() const;

  struct Impl;

 private:
  explicit Model(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

}  // namespace ingot::rt::nn
