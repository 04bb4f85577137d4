// What compiled code calls for the tokenizers it uses (compiler/types/op_table_tokenizers.cpp):
// `tokenizers.Tokenizer` and `transformers.PreTrainedTokenizerFast` objects rebuilt from the
// files the materializer embedded in the artifact, and their Python methods over runtime
// values. Every call adds the tokens it produced (padding excluded) to the current ABI
// call's count (ingot_call_stats.tokens).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "runtime/core/core.h"
#include "runtime/tensor/array.h"
#include "runtime/tensor/convert.h"
#include "runtime/text/tokenizer.h"

namespace ingot::rt {

namespace tokenizers {

// A tokenizers.Tokenizer: tokenizer.json's own truncation and padding apply.
class Tokenizer {
 public:
  // From the embedded NAME/tokenizer.json and NAME/settings.json.
  static Tokenizer load(Resources resources, const Str& name);
  const text::Tokenizer& impl() const { return *impl_; }
  Int vocab_size(bool with_added_tokens) const {
    return with_added_tokens ? vocab_size_with_added_ : vocab_size_;
  }

 private:
  std::shared_ptr<const text::Tokenizer> impl_;
  Int vocab_size_ = 0;
  Int vocab_size_with_added_ = 0;
};

// A tokenizers.Encoding, immutable. (Default-constructible, as every value of compiled code
// is: a local is declared before it is assigned.)
class Encoding {
 public:
  Encoding() : impl_(std::make_shared<const text::Encoding>()) {}
  explicit Encoding(text::Encoding encoding)
      : impl_(std::make_shared<const text::Encoding>(std::move(encoding))) {}
  const text::Encoding& impl() const { return *impl_; }

 private:
  std::shared_ptr<const text::Encoding> impl_;
};

Encoding encode(const Tokenizer& self, const Str& sequence, const Optional<Str>& pair,
                Bool is_pretokenized, Bool add_special_tokens);
List<Encoding> encode_batch(const Tokenizer& self, const List<Str>& input, Bool is_pretokenized,
                            Bool add_special_tokens);
// Words (is_pretokenized=True): each word through the pipeline on its own, offsets within it;
// without is_pretokenized a batch's lists of two texts are pairs, as `tokenizers` reads them.
Encoding encode(const Tokenizer& self, const List<Str>& words, const Optional<List<Str>>& pair,
                Bool is_pretokenized, Bool add_special_tokens);
List<Encoding> encode_batch(const Tokenizer& self, const List<List<Str>>& input,
                            Bool is_pretokenized, Bool add_special_tokens);
Str decode(const Tokenizer& self, const List<Int>& ids, Bool skip_special_tokens);
List<Str> decode_batch(const Tokenizer& self, const List<List<Int>>& sequences,
                       Bool skip_special_tokens);
Optional<Int> token_to_id(const Tokenizer& self, const Str& token);
Optional<Str> id_to_token(const Tokenizer& self, Int id);

List<Int> ids(const Encoding& e);
List<Int> type_ids(const Encoding& e);
List<Int> attention_mask(const Encoding& e);
List<Int> special_tokens_mask(const Encoding& e);
List<Str> tokens(const Encoding& e);
List<Tuple<Int, Int>> offsets(const Encoding& e);
inline Int len(const Encoding& e) { return static_cast<Int>(e.impl().size()); }

}  // namespace tokenizers

namespace transformers {

// transformers' PreTrainedTokenizerFast: tokenizer.json plus the settings transformers keeps
// on the Python object (model_max_length, padding side, pad token, model input names).
class PreTrainedTokenizerFast {
 public:
  struct Settings {
    std::optional<size_t> model_max_length;  // none: no limit
    text::Direction padding_side = text::Direction::Right;
    text::Direction truncation_side = text::Direction::Right;
    std::optional<std::string> pad_token;
    std::optional<uint32_t> pad_token_id;
    uint32_t pad_token_type_id = 0;
    bool return_token_type_ids = true;
    bool return_attention_mask = true;
    bool clean_up_tokenization_spaces = false;
    Int vocab_size = 0;
    Int len = 0;
  };
  static PreTrainedTokenizerFast load(Resources resources, const Str& name);
  const text::Tokenizer& impl() const { return *impl_; }
  const Settings& settings() const { return *settings_; }

 private:
  std::shared_ptr<const text::Tokenizer> impl_;
  std::shared_ptr<const Settings> settings_;
};

// The dict a tokenizer call returns; T is list[list[int]] for a batch, list[int] for one text.
template <class T>
class BatchEncoding {
 public:
  BatchEncoding() = default;
  explicit BatchEncoding(Dict<Str, T> data) : data_(std::move(data)) {}
  const Dict<Str, T>& data() const { return data_; }

 private:
  Dict<Str, T> data_;
};

template <class T>
T getitem(const BatchEncoding<T>& self, const Str& key) {
  return rt::getitem(self.data(), key);
}
template <class T>
T field(const BatchEncoding<T>& self, const char* name) {
  Str key(name);
  if (!rt::contains(self.data(), key)) {
    raise(ExcKind::AttributeError,
          std::string("'BatchEncoding' object has no attribute '") + name + "'");
  }
  return rt::getitem(self.data(), key);
}

// `padding` and `truncation` as Python gives them: a bool, a str strategy or None.
using Strategy = std::variant<NoneType, Bool, Str>;
template <class V>
Strategy strategy(const V& value) {
  if constexpr (std::is_same_v<V, Bool> || std::is_same_v<V, NoneType> || std::is_same_v<V, Str>) {
    return value;
  } else {
    raise(ExcKind::TypeError, "padding and truncation take a bool, a str or None");
  }
}

// A call's keywords beyond padding and truncation (None: the tokenizer's own setting).
struct Keywords {
  Optional<Int> max_length;
  Bool add_special_tokens = true;
  Int stride = 0;
  Optional<Int> pad_to_multiple_of;
  Optional<Str> padding_side;
  Optional<Bool> return_token_type_ids;
  Optional<Bool> return_attention_mask;
  Bool return_special_tokens_mask = false;
};
inline Keywords keywords(const Optional<Int>& max_length, Bool add_special_tokens, Int stride,
                         const Optional<Int>& pad_to_multiple_of, const Optional<Str>& padding_side,
                         const Optional<Bool>& return_token_type_ids,
                         const Optional<Bool>& return_attention_mask,
                         Bool return_special_tokens_mask) {
  return {max_length,
          add_special_tokens,
          stride,
          pad_to_multiple_of,
          padding_side,
          return_token_type_ids,
          return_attention_mask,
          return_special_tokens_mask};
}

struct CallOptions {
  Strategy padding;
  Strategy truncation;
  Keywords keywords;
};

// `text_pair` as Python gives it: None, or the second texts (a list for a batch, else a str;
// transformers takes an empty str as no pair).
template <class V>
Optional<List<Str>> batch_pairs(const V& pairs) {
  if constexpr (std::is_same_v<V, NoneType>) {
    return None;
  } else if constexpr (std::is_same_v<V, List<Str>> || std::is_same_v<V, Optional<List<Str>>>) {
    return pairs;
  } else {
    raise(ExcKind::TypeError,
          "when tokenizing batches of text, `text_pair` must be a list or tuple with the same "
          "length as `text`.");
  }
}
template <class V>
Optional<Str> single_pair(const V& pair) {
  if constexpr (std::is_same_v<V, NoneType>) {
    return None;
  } else if constexpr (std::is_same_v<V, Str> || std::is_same_v<V, Optional<Str>>) {
    if (Optional<Str>(pair) && Optional<Str>(pair)->view().empty()) return None;
    return pair;
  } else {
    raise(ExcKind::TypeError, "text_pair of one text must be a str or None");
  }
}

BatchEncoding<List<List<Int>>> call_batch(const PreTrainedTokenizerFast& self,
                                          const List<Str>& texts, const Optional<List<Str>>& pairs,
                                          const CallOptions& options);
BatchEncoding<List<Int>> call_one(const PreTrainedTokenizerFast& self, const Str& text,
                                  const Optional<Str>& pair, const CallOptions& options);

template <class Pair, class P, class T>
BatchEncoding<List<List<Int>>> call(const PreTrainedTokenizerFast& self, const List<Str>& texts,
                                    const Pair& text_pair, const P& padding, const T& truncation,
                                    const Keywords& k) {
  return call_batch(self, texts, batch_pairs(text_pair),
                    {strategy(padding), strategy(truncation), k});
}
template <class Pair, class P, class T>
BatchEncoding<List<Int>> call(const PreTrainedTokenizerFast& self, const Str& text,
                              const Pair& text_pair, const P& padding, const T& truncation,
                              const Keywords& k) {
  return call_one(self, text, single_pair(text_pair), {strategy(padding), strategy(truncation), k});
}
template <class Pair, class P, class T>
List<Int> encode(const PreTrainedTokenizerFast& self, const Str& text, const Pair& text_pair,
                 Bool add_special_tokens, const P& padding, const T& truncation,
                 const Optional<Int>& max_length) {
  Keywords k;
  k.max_length = max_length;
  k.add_special_tokens = add_special_tokens;
  return getitem(call(self, text, text_pair, padding, truncation, k), Str("input_ids"));
}

// A batch's fields as 2-d int64 arrays (return_tensors="np", or "pt" where the compiler saw
// that literal and typed the result torch.Tensor: `typed_as`). Encodings of different
// lengths raise transformers' ValueError; a kind other than `typed_as` raises too.
BatchEncoding<tensor::Array> to_arrays(const BatchEncoding<List<List<Int>>>& batch,
                                       const Str& return_tensors, std::string_view typed_as);

template <class Pair, class P, class T>
BatchEncoding<tensor::Array> call_tensors(const PreTrainedTokenizerFast& self,
                                          const List<Str>& texts, const Pair& text_pair,
                                          const P& padding, const T& truncation, const Keywords& k,
                                          const Str& return_tensors, std::string_view typed_as) {
  return to_arrays(call(self, texts, text_pair, padding, truncation, k), return_tensors, typed_as);
}
// One text with return_tensors: a batch of one, as transformers adds the batch axis.
template <class Pair, class P, class T>
BatchEncoding<tensor::Array> call_tensors(const PreTrainedTokenizerFast& self, const Str& text,
                                          const Pair& text_pair, const P& padding,
                                          const T& truncation, const Keywords& k,
                                          const Str& return_tensors, std::string_view typed_as) {
  Optional<Str> pair = single_pair(text_pair);
  Optional<List<Str>> pairs;
  if (pair) pairs = List<Str>{*pair};
  return to_arrays(
      call_batch(self, List<Str>{text}, pairs, {strategy(padding), strategy(truncation), k}),
      return_tensors, typed_as);
}
template <class Texts, class Pair, class P, class T>
BatchEncoding<numpy::ndarray> call(const PreTrainedTokenizerFast& self, const Texts& text,
                                   const Pair& text_pair, const P& padding, const T& truncation,
                                   const Keywords& k, const Str& return_tensors) {
  return call_tensors(self, text, text_pair, padding, truncation, k, return_tensors, "np");
}
template <class Texts, class Pair, class P, class T>
BatchEncoding<torch::Tensor> call_pt(const PreTrainedTokenizerFast& self, const Texts& text,
                                     const Pair& text_pair, const P& padding, const T& truncation,
                                     const Keywords& k, const Str& return_tensors) {
  return call_tensors(self, text, text_pair, padding, truncation, k, return_tensors, "pt");
}

Str decode(const PreTrainedTokenizerFast& self, const List<Int>& ids, Bool skip_special_tokens);
List<Str> batch_decode(const PreTrainedTokenizerFast& self, const List<List<Int>>& sequences,
                       Bool skip_special_tokens);
List<Optional<Str>> convert_ids_to_tokens(const PreTrainedTokenizerFast& self,
                                          const List<Int>& ids);
Optional<Str> convert_id_to_token(const PreTrainedTokenizerFast& self, Int id);

}  // namespace transformers

}  // namespace ingot::rt
