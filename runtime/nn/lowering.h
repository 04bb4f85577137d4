// What compiled code calls for the models it uses (compiler/types/op_table_models.cpp): a
// sentence_transformers.SentenceTransformer rebuilt from the checkpoint the materializer
// embedded in the artifact (its weights read in place, never copied) with its tokenizer,
// and `encode` as sentence-transformers runs it: prompt prepended, tokenized with padding
// and truncation at max_seq_length (the tokens counted in the ABI call's stats), the model
// and its pooling, Dense and Normalize modules, a float32 numpy array out.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "runtime/core/core.h"
#include "runtime/nn/model.h"
#include "runtime/text/lowering.h"

namespace ingot::rt::sentence_transformers {

class SentenceTransformer {
 public:
  // From the embedded NAME/checkpoint.json (the checkpoint's files), those files, and
  // NAME/tokenizer.json with NAME/settings.json.
  static SentenceTransformer load(Resources resources, const Str& name);

  const nn::Model& model() const { return *model_; }
  const transformers::PreTrainedTokenizerFast& tokenizer() const { return tokenizer_; }
  // The prompts' names in config_sentence_transformers.json's order (Python's dict order).
  const std::vector<std::string>& prompt_names() const { return *prompt_names_; }

 private:
  std::shared_ptr<const nn::Model> model_;
  transformers::PreTrainedTokenizerFast tokenizer_;
  std::shared_ptr<const std::vector<std::string>> prompt_names_;
};

struct EncodeOptions {
  Optional<Str> prompt_name;
  Optional<Str> prompt;
  Int batch_size = 32;
  Bool convert_to_numpy = true;
  Bool normalize_embeddings = false;
};

// (len(sentences), embedding_dim) float32.
numpy::ndarray encode_batch(const SentenceTransformer& self, const List<Str>& sentences,
                            const EncodeOptions& options);
// One sentence: (embedding_dim,).
numpy::ndarray encode_one(const SentenceTransformer& self, const Str& sentence,
                          const EncodeOptions& options);

template <class S, class PN, class P>
numpy::ndarray encode(const SentenceTransformer& self, const S& sentences, const PN& prompt_name,
                      const P& prompt, Int batch_size, Bool convert_to_numpy,
                      Bool normalize_embeddings) {
  EncodeOptions options{Optional<Str>(prompt_name), Optional<Str>(prompt), batch_size,
                        convert_to_numpy, normalize_embeddings};
  if constexpr (std::is_same_v<S, Str>) {
    return encode_one(self, sentences, options);
  } else {
    return encode_batch(self, sentences, options);
  }
}

Int get_sentence_embedding_dimension(const SentenceTransformer& self);
Int max_seq_length(const SentenceTransformer& self);
Dict<Str, Str> prompts(const SentenceTransformer& self);

}  // namespace ingot::rt::sentence_transformers
