// A Hugging Face tokenizer.json, natively: normalizer -> pre-tokenizer -> model ->
// post-processor, with added tokens, truncation and padding, giving the same ids, type ids,
// masks and offsets as the `tokenizers` library, and decoding back to text.
//
//   auto tok = ingot::text::Tokenizer::from_json(json_text);
//   ingot::text::EncodeOptions options = tok.default_options();
//   options.padding = ingot::text::PaddingOptions{};          // pad to the longest
//   auto encodings = tok.encode_batch({"hello", "world!"}, options);
//   std::string text = tok.decode(encodings[0].ids, /*skip_special_tokens=*/true);
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/text/added_vocabulary.h"
#include "runtime/text/decoders/decoders.h"
#include "runtime/text/encoding.h"
#include "runtime/text/error.h"
#include "runtime/text/models/models.h"
#include "runtime/text/normalizers/normalizers.h"
#include "runtime/text/pre_tokenizers/pre_tokenizers.h"
#include "runtime/text/processors/processors.h"

namespace ingot::text {

enum class TruncationStrategy { LongestFirst, OnlyFirst, OnlySecond };

struct TruncationOptions {
  size_t max_length = 512;
  size_t stride = 0;
  TruncationStrategy strategy = TruncationStrategy::LongestFirst;
  Direction direction = Direction::Right;
};

struct PaddingOptions {
  std::optional<size_t> length;  // none: pad to the longest of the batch
  std::optional<size_t> pad_to_multiple_of;
  Direction direction = Direction::Right;
  uint32_t pad_id = 0;
  uint32_t pad_type_id = 0;
  std::string pad_token = "[PAD]";
};

struct EncodeOptions {
  bool add_special_tokens = true;
  std::optional<TruncationOptions> truncation;
  std::optional<PaddingOptions> padding;
  // A setting that lives outside tokenizer.json (transformers' model_max_length): when set
  // and no truncation is asked for, a longer encoding is an error rather than a silent
  // overlong input to the model.
  std::optional<size_t> model_max_length;
};

// One input: a text, or a pair of texts.
struct TextInput {
  std::string_view text;
  std::optional<std::string_view> pair;
};

// One input given as words (`is_pretokenized=True`): each word goes through the pipeline
// on its own (the pre-tokenizer still splits within it), its offsets within the word.
using Words = std::vector<std::string_view>;
struct WordsInput {
  Words words;
  std::optional<Words> pair;
};

class Tokenizer {
 public:
  // Throws TokenizerError for malformed JSON or an unsupported component (named).
  static Tokenizer from_json(std::string_view json);

  Encoding encode(std::string_view text, std::optional<std::string_view> pair,
                  const EncodeOptions& options) const;
  std::vector<Encoding> encode_batch(const std::vector<TextInput>& inputs,
                                     const EncodeOptions& options) const;
  Encoding encode_words(const Words& words, const std::optional<Words>& pair,
                        const EncodeOptions& options) const;
  std::vector<Encoding> encode_batch_words(const std::vector<WordsInput>& inputs,
                                           const EncodeOptions& options) const;
  std::string decode(const std::vector<uint32_t>& ids, bool skip_special_tokens) const;

  std::optional<std::string> id_to_token(uint32_t id) const;
  std::optional<uint32_t> token_to_id(const std::string& token) const;
  // The special tokens the post-processor adds to one text or a pair.
  size_t added_tokens(bool pair) const {
    return post_processor_ ? post_processor_->added_tokens(pair) : 0;
  }
  // Truncation and padding as tokenizer.json sets them, special tokens added.
  const EncodeOptions& default_options() const { return defaults_; }

 private:
  Tokenizer() = default;
  Encoding encode_sequence(std::string_view text, uint32_t type_id) const;
  Encoding encode_word_sequence(const Words& words, uint32_t type_id) const;
  Encoding post_process(Encoding encoding, std::optional<Encoding> pair,
                        const EncodeOptions& options) const;
  void truncate(Encoding& encoding, std::optional<Encoding>& pair,
                const TruncationOptions& options) const;

  std::unique_ptr<Normalizer> normalizer_;
  std::unique_ptr<PreTokenizer> pre_tokenizer_;
  std::unique_ptr<Model> model_;
  std::unique_ptr<PostProcessor> post_processor_;
  std::unique_ptr<Decoder> decoder_;
  std::unique_ptr<AddedVocabulary> added_;
  EncodeOptions defaults_;
};

// Pads every encoding of a batch as `options` says.
void pad_encodings(std::vector<Encoding>& encodings, const PaddingOptions& options);

}  // namespace ingot::text
