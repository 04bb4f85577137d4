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
#include "runtime/tensor/index.h"
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
  Bool normalize_embeddings = false;
};

// (len(sentences), embedding_dim) float32.
numpy::ndarray encode_batch(const SentenceTransformer& self, const List<Str>& sentences,
                            const EncodeOptions& options);
// One sentence: (embedding_dim,).
numpy::ndarray encode_one(const SentenceTransformer& self, const Str& sentence,
                          const EncodeOptions& options);

// The embeddings as one array: a numpy array, or with convert_to_tensor=True a torch.Tensor
// (the same storage in compiled code).
template <class S, class PN, class P>
numpy::ndarray encode(const SentenceTransformer& self, const S& sentences, const PN& prompt_name,
                      const P& prompt, Int batch_size, Bool normalize_embeddings) {
  EncodeOptions options{Optional<Str>(prompt_name), Optional<Str>(prompt), batch_size,
                        normalize_embeddings};
  if constexpr (std::is_same_v<S, Str>) {
    return encode_one(self, sentences, options);
  } else {
    return encode_batch(self, sentences, options);
  }
}

// convert_to_numpy=False with a list of sentences: one 1-d tensor per sentence.
template <class PN, class P>
List<numpy::ndarray> encode_rows(const SentenceTransformer& self, const List<Str>& sentences,
                                 const PN& prompt_name, const P& prompt, Int batch_size,
                                 Bool normalize_embeddings) {
  numpy::ndarray all =
      encode(self, sentences, prompt_name, prompt, batch_size, normalize_embeddings);
  List<numpy::ndarray> rows;
  for (Int i = 0; i < sentences.size(); ++i) {
    rows.items().push_back(tensor::getitem(all, {tensor::IndexItem(int64_t(i))}));
  }
  return rows;
}

Int get_sentence_embedding_dimension(const SentenceTransformer& self);
Int max_seq_length(const SentenceTransformer& self);
Dict<Str, Str> prompts(const SentenceTransformer& self);

}  // namespace ingot::rt::sentence_transformers

namespace ingot::rt::transformers {

// A transformers model (AutoModel.from_pretrained, BertModel, Gemma3TextModel, ...) rebuilt
// from the checkpoint the materializer saved with save_pretrained: its encoder, called as
// `model(**inputs)` or `model(input_ids=..., attention_mask=...)`.
class PreTrainedModel {
 public:
  // From the embedded NAME/checkpoint.json (the checkpoint's files) and those files.
  static PreTrainedModel load(Resources resources, const Str& name);
  const nn::Model& model() const { return *model_; }

 private:
  std::shared_ptr<const nn::Model> model_;
};

// What calling the model returns (transformers' BaseModelOutput): the last hidden state,
// float32 (batch, length, hidden_size). Padded positions hold zeros (transformers computes
// values there that the attention mask then leaves out).
class BaseModelOutput {
 public:
  BaseModelOutput() = default;
  explicit BaseModelOutput(tensor::Array last_hidden_state)
      : last_hidden_state_(std::move(last_hidden_state)) {}
  const tensor::Array& last_hidden_state() const { return last_hidden_state_; }

 private:
  tensor::Array last_hidden_state_;
};

// model(input_ids=..., attention_mask=..., token_type_ids=...): integer arrays of shape
// (batch, length); a missing mask is all ones, missing token types all zeros.
BaseModelOutput forward(const PreTrainedModel& self, const tensor::Array& input_ids,
                        const Optional<tensor::Array>& attention_mask,
                        const Optional<tensor::Array>& token_type_ids);

// model(**inputs) with the BatchEncoding a tokenizer call returned: the op library passes
// each `**` argument after its keyword, "**" for a spread mapping.
template <class... Rest>
BaseModelOutput forward_spread(const PreTrainedModel& self, const Str& keyword,
                               const BatchEncoding<tensor::Array>& inputs, const Rest&...) {
  if (keyword.view() != "**" || sizeof...(Rest) != 0) {
    raise(ExcKind::TypeError,
          "the model takes its inputs as model(**inputs) or by name "
          "(input_ids=, attention_mask=, token_type_ids=)");
  }
  auto field = [&](const char* name) -> Optional<tensor::Array> {
    if (!rt::contains(inputs.data(), Str(name))) return None;
    return rt::getitem(inputs.data(), Str(name));
  };
  Optional<tensor::Array> input_ids = field("input_ids");
  if (!input_ids)
    raise(ExcKind::ValueError, "You have to specify either input_ids or inputs_embeds");
  return forward(self, *input_ids, field("attention_mask"), field("token_type_ids"));
}

// out[0] (ModelOutput's tuple view holds only the last hidden state here).
tensor::Array output_item(const BaseModelOutput& self, Int index);
// out["last_hidden_state"].
tensor::Array output_field(const BaseModelOutput& self, const Str& key);

}  // namespace ingot::rt::transformers
