#include "runtime/text/tokenizer.h"

#include "runtime/text/unicode.h"

namespace ingot::text {

namespace {

Direction direction_from_json(const Json& j, const char* field) {
  std::string name = get_or<std::string>(j, field, "Right");
  if (name == "Right") return Direction::Right;
  if (name == "Left") return Direction::Left;
  throw TokenizerError(std::string("unknown ") + field + " '" + name + "'");
}

std::optional<TruncationOptions> truncation_from_json(const Json& j) {
  if (j.is_null()) return std::nullopt;
  TruncationOptions t;
  t.max_length = get_required<size_t>(j, "max_length", "truncation");
  t.stride = get_or<size_t>(j, "stride", 0);
  t.direction = direction_from_json(j, "direction");
  std::string strategy = get_or<std::string>(j, "strategy", "LongestFirst");
  if (strategy == "LongestFirst")
    t.strategy = TruncationStrategy::LongestFirst;
  else if (strategy == "OnlyFirst")
    t.strategy = TruncationStrategy::OnlyFirst;
  else if (strategy == "OnlySecond")
    t.strategy = TruncationStrategy::OnlySecond;
  else
    throw TokenizerError("unknown truncation strategy '" + strategy + "'");
  return t;
}

std::optional<PaddingOptions> padding_from_json(const Json& j) {
  if (j.is_null()) return std::nullopt;
  PaddingOptions p;
  const Json& strategy = require(j, "strategy", "padding");
  if (strategy.is_object() && strategy.contains("Fixed")) {
    p.length = strategy["Fixed"].get<size_t>();
  } else if (strategy != "BatchLongest") {
    throw TokenizerError("unknown padding strategy " + strategy.dump());
  }
  p.direction = direction_from_json(j, "direction");
  p.pad_to_multiple_of = get_optional<size_t>(j, "pad_to_multiple_of");
  p.pad_id = get_or<uint32_t>(j, "pad_id", 0);
  p.pad_type_id = get_or<uint32_t>(j, "pad_type_id", 0);
  p.pad_token = get_or<std::string>(j, "pad_token", "[PAD]");
  return p;
}

template <typename T, typename Make>
std::unique_ptr<T> optional_component(const Json& root, const char* field, Make make) {
  auto it = root.find(field);
  if (it == root.end() || it->is_null()) return nullptr;
  return make(*it);
}

// Byte offsets of the input to character offsets, as `tokenizers` reports them in Python.
class CharOffsets {
 public:
  explicit CharOffsets(std::string_view text) : size_(text.size()) {
    for (size_t pos = 0, len, index = 0; pos < text.size(); pos += len, ++index) {
      decode_at(text, pos, &len);
      char_of_byte_.insert(char_of_byte_.end(), len, index);
    }
  }
  Offsets convert(Offsets bytes) const {
    auto [start, end] = bytes;
    if (start >= size_) return bytes;
    if (end < size_) return {char_of_byte_[start], char_of_byte_[end]};
    size_t last = end >= 1 && end - 1 < size_ ? char_of_byte_[end - 1] : char_of_byte_[start] + 1;
    return {char_of_byte_[start], last + 1};
  }

 private:
  size_t size_;
  std::vector<size_t> char_of_byte_;
};

}  // namespace

Tokenizer Tokenizer::from_json(std::string_view json) {
  Json root;
  try {
    root = Json::parse(json.begin(), json.end());
  } catch (const Json::parse_error& e) {
    throw TokenizerError(std::string("malformed tokenizer.json: ") + e.what());
  }
  if (!root.is_object())
    throw TokenizerError("malformed tokenizer.json: the top level is not an object");
  try {
    Tokenizer t;
    t.normalizer_ = optional_component<Normalizer>(root, "normalizer", make_normalizer);
    t.pre_tokenizer_ = optional_component<PreTokenizer>(root, "pre_tokenizer", make_pre_tokenizer);
    t.model_ = make_model(require(root, "model", "tokenizer.json"));
    t.post_processor_ =
        optional_component<PostProcessor>(root, "post_processor", make_post_processor);
    t.decoder_ = optional_component<Decoder>(root, "decoder", make_decoder);
    t.added_ = std::make_unique<AddedVocabulary>(root.value("added_tokens", Json::array()),
                                                 t.normalizer_.get());
    t.defaults_.truncation = truncation_from_json(root.value("truncation", Json()));
    t.defaults_.padding = padding_from_json(root.value("padding", Json()));
    return t;
  } catch (const Json::exception& e) {
    throw TokenizerError(std::string("malformed tokenizer.json: ") + e.what());
  }
}

Encoding Tokenizer::encode_sequence(std::string_view text, uint32_t type_id) const {
  size_t bad_byte;
  if (!is_valid_utf8(text, &bad_byte)) {
    throw TokenizerError("input text is not valid UTF-8 (at byte " + std::to_string(bad_byte) +
                         ")");
  }
  PreTokenizedString pre = added_->extract_and_normalize(text, normalizer_.get());
  if (pre_tokenizer_) pre_tokenizer_->pre_tokenize(pre);
  pre.tokenize([&](const std::string& piece) { return model_->tokenize(piece); });

  CharOffsets chars(text);
  Encoding encoding;
  for (Split& split : pre.splits()) {
    size_t shift = split.normalized.offsets_original().first;
    for (Token& token : *split.tokens) {
      Offsets offsets = token.offsets;
      if (auto original =
              split.normalized.normalized_to_original(token.offsets.first, token.offsets.second)) {
        offsets = {shift + original->first, shift + original->second};
      }
      encoding.push(token.id, type_id, std::move(token.value), chars.convert(offsets), false);
    }
  }
  return encoding;
}

void Tokenizer::truncate(Encoding& encoding, std::optional<Encoding>& pair,
                         const TruncationOptions& t) const {
  if (t.max_length == 0) {
    encoding.truncate(0, t.stride, t.direction);
    if (pair) pair->truncate(0, t.stride, t.direction);
    return;
  }
  size_t total = encoding.size() + (pair ? pair->size() : 0);
  if (total <= t.max_length) return;
  size_t to_remove = total - t.max_length;
  if (t.strategy == TruncationStrategy::LongestFirst) {
    if (!pair) {
      encoding.truncate(total - to_remove, t.stride, t.direction);
      return;
    }
    size_t n1 = encoding.size(), n2 = pair->size();
    bool swapped = n1 > n2;
    if (swapped) std::swap(n1, n2);
    n2 = n1 > t.max_length ? n1 : std::max(n1, t.max_length - n1);
    if (n1 + n2 > t.max_length) {
      n1 = t.max_length / 2;
      n2 = n1 + t.max_length % 2;
    }
    if (swapped) std::swap(n1, n2);
    encoding.truncate(n1, t.stride, t.direction);
    pair->truncate(n2, t.stride, t.direction);
    return;
  }
  Encoding* target = &encoding;
  if (t.strategy == TruncationStrategy::OnlySecond) {
    if (!pair) throw TokenizerError("truncation strategy only_second needs a pair of texts");
    target = &*pair;
  }
  if (target->size() <= to_remove) {
    throw TokenizerError(
        "truncation error: the sequence to truncate is too short to respect max_length");
  }
  target->truncate(target->size() - to_remove, t.stride, t.direction);
}

Encoding Tokenizer::post_process(Encoding encoding, std::optional<Encoding> pair,
                                 const EncodeOptions& options) const {
  if (options.truncation) {
    TruncationOptions t = *options.truncation;
    size_t added = post_processor_ ? post_processor_->added_tokens(pair.has_value()) : 0;
    if (options.add_special_tokens && added > 0) {
      if (added > t.max_length) {
        throw TokenizerError("max_length " + std::to_string(t.max_length) +
                             " is shorter than the " + std::to_string(added) +
                             " special tokens added");
      }
      t.max_length -= added;
    }
    truncate(encoding, pair, t);
  }
  std::vector<Encoding> parts;
  parts.push_back(std::move(encoding));
  if (pair) parts.push_back(std::move(*pair));
  if (post_processor_)
    parts = post_processor_->process(std::move(parts), options.add_special_tokens);
  std::vector<Encoding> result{Encoding::merge(parts)};
  if (options.padding) pad_encodings(result, *options.padding);
  if (!options.truncation && options.model_max_length &&
      result[0].size() > *options.model_max_length) {
    throw TokenizerError("the input is " + std::to_string(result[0].size()) +
                         " tokens long, more than the model's maximum of " +
                         std::to_string(*options.model_max_length) + "; ask for truncation");
  }
  return std::move(result[0]);
}

Encoding Tokenizer::encode(std::string_view text, std::optional<std::string_view> pair,
                           const EncodeOptions& options) const {
  Encoding first = encode_sequence(text, 0);
  std::optional<Encoding> second;
  if (pair) second = encode_sequence(*pair, 1);
  return post_process(std::move(first), std::move(second), options);
}

std::vector<Encoding> Tokenizer::encode_batch(const std::vector<TextInput>& inputs,
                                              const EncodeOptions& options) const {
  std::vector<Encoding> out;
  out.reserve(inputs.size());
  for (const TextInput& input : inputs) out.push_back(encode(input.text, input.pair, options));
  if (options.padding) pad_encodings(out, *options.padding);
  return out;
}

Encoding Tokenizer::encode_word_sequence(const Words& words, uint32_t type_id) const {
  std::vector<Encoding> parts;
  parts.reserve(words.size());
  for (std::string_view word : words) parts.push_back(encode_sequence(word, type_id));
  return Encoding::merge(parts);
}

Encoding Tokenizer::encode_words(const Words& words, const std::optional<Words>& pair,
                                 const EncodeOptions& options) const {
  Encoding first = encode_word_sequence(words, 0);
  std::optional<Encoding> second;
  if (pair) second = encode_word_sequence(*pair, 1);
  return post_process(std::move(first), std::move(second), options);
}

std::vector<Encoding> Tokenizer::encode_batch_words(const std::vector<WordsInput>& inputs,
                                                    const EncodeOptions& options) const {
  std::vector<Encoding> out;
  out.reserve(inputs.size());
  for (const WordsInput& input : inputs)
    out.push_back(encode_words(input.words, input.pair, options));
  if (options.padding) pad_encodings(out, *options.padding);
  return out;
}

std::string Tokenizer::decode(const std::vector<uint32_t>& ids, bool skip_special_tokens) const {
  std::vector<std::string> tokens;
  for (uint32_t id : ids) {
    std::optional<std::string> token = id_to_token(id);
    if (!token) continue;
    if (skip_special_tokens && added_->is_special(*token)) continue;
    tokens.push_back(std::move(*token));
  }
  std::string out;
  if (decoder_) {
    for (const std::string& piece : decoder_->decode_chain(std::move(tokens))) out += piece;
    return out;
  }
  for (size_t i = 0; i < tokens.size(); ++i) out += (i ? " " : "") + tokens[i];
  return out;
}

std::optional<std::string> Tokenizer::id_to_token(uint32_t id) const {
  if (auto token = added_->id_to_token(id)) return token;
  return model_->id_to_token(id);
}

std::optional<uint32_t> Tokenizer::token_to_id(const std::string& token) const {
  if (auto id = added_->token_to_id(token)) return id;
  return model_->token_to_id(token);
}

void pad_encodings(std::vector<Encoding>& encodings, const PaddingOptions& options) {
  if (encodings.empty()) return;
  size_t length = 0;
  if (options.length) {
    length = *options.length;
  } else {
    for (const Encoding& e : encodings) length = std::max(length, e.size());
  }
  if (options.pad_to_multiple_of && *options.pad_to_multiple_of > 0 &&
      length % *options.pad_to_multiple_of) {
    length += *options.pad_to_multiple_of - length % *options.pad_to_multiple_of;
  }
  for (Encoding& e : encodings)
    e.pad(length, options.pad_id, options.pad_type_id, options.pad_token, options.direction);
}

}  // namespace ingot::text
