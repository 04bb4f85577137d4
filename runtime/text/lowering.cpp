#include "runtime/text/lowering.h"

#include <nlohmann/json.hpp>

#include "runtime/abi/entry.h"

namespace ingot::rt {

namespace {

using Json = nlohmann::json;

// Runs a runtime/text call, its errors as Python's ValueError.
template <class F>
auto tokenizing(F&& f) {
  try {
    return f();
  } catch (const text::TokenizerError& e) {
    raise(ExcKind::ValueError, e.what());
  }
}

std::string_view embedded(Resources resources, const Str& name, const char* file) {
  std::string key = name.to_std() + "/" + file;
  std::string_view bytes = resources(key);
  if (bytes.empty()) raise(ExcKind::RuntimeError, "the artifact has no embedded " + key);
  return bytes;
}

std::shared_ptr<const text::Tokenizer> load_pipeline(Resources resources, const Str& name) {
  std::string_view json = embedded(resources, name, "tokenizer.json");
  return tokenizing(
      [&] { return std::make_shared<const text::Tokenizer>(text::Tokenizer::from_json(json)); });
}

Json load_settings(Resources resources, const Str& name) {
  return Json::parse(embedded(resources, name, "settings.json"));
}

uint32_t to_id(Int id) {
  if (id < 0 || id > UINT32_MAX)
    raise(ExcKind::OverflowError, "out of range integral type conversion attempted");
  return static_cast<uint32_t>(id);
}

std::vector<uint32_t> to_ids(const List<Int>& ids) {
  std::vector<uint32_t> out;
  out.reserve(static_cast<size_t>(ids.size()));
  for (Int id : ids.items()) out.push_back(to_id(id));
  return out;
}

template <class T>
List<Int> int_list(const std::vector<T>& values) {
  List<Int> out;
  out.items().reserve(values.size());
  for (T v : values) out.items().push_back(static_cast<Int>(v));
  return out;
}

// The tokens a call produced, text by text: each encoding's real tokens, padding left out.
void count(const std::vector<text::Encoding>& encodings) {
  for (const text::Encoding& e : encodings) {
    uint64_t n = 0;
    for (uint32_t m : e.attention_mask) n += m;
    abi::count_tokens(n);
  }
}

std::vector<text::TextInput> inputs_of(const List<Str>& texts) {
  std::vector<text::TextInput> inputs;
  inputs.reserve(static_cast<size_t>(texts.size()));
  for (const Str& t : texts.items()) inputs.push_back({t.view(), std::nullopt});
  return inputs;
}

std::vector<std::string_view> words_of(const List<Str>& words) {
  std::vector<std::string_view> out;
  out.reserve(static_cast<size_t>(words.size()));
  for (const Str& w : words.items()) out.push_back(w.view());
  return out;
}

// `tokenizers`' TypeError for a str where is_pretokenized=True wants a list of words.
constexpr const char* kNotWords = "PreTokenizedInputSequence must be Union[List[str], Tuple[str]]";

// transformers' clean_up_tokenization: no space before punctuation and English contractions.
std::string clean_up_tokenization(std::string text) {
  static const std::pair<std::string_view, std::string_view> kReplacements[] = {
      {" .", "."},     {" ?", "?"},   {" !", "!"},   {" ,", ","},     {" ' ", "'"},
      {" n't", "n't"}, {" 'm", "'m"}, {" 's", "'s"}, {" 've", "'ve"}, {" 're", "'re"}};
  for (const auto& [from, to] : kReplacements) {
    std::string out;
    size_t pos = 0;
    for (size_t hit; (hit = text.find(from, pos)) != std::string::npos; pos = hit + from.size()) {
      out.append(text, pos, hit - pos);
      out += to;
    }
    out.append(text, pos);
    text = std::move(out);
  }
  return text;
}

}  // namespace

namespace tokenizers {

Tokenizer Tokenizer::load(Resources resources, const Str& name) {
  Tokenizer t;
  t.impl_ = load_pipeline(resources, name);
  Json settings = load_settings(resources, name);
  t.vocab_size_ = settings.value("vocab_size", Int{0});
  t.vocab_size_with_added_ = settings.value("vocab_size_with_added", Int{0});
  return t;
}

Encoding encode(const Tokenizer& self, const Str& sequence, const Optional<Str>& pair,
                Bool is_pretokenized, Bool add_special_tokens) {
  if (is_pretokenized) raise(ExcKind::TypeError, kNotWords);
  text::EncodeOptions options = self.impl().default_options();
  options.add_special_tokens = add_special_tokens;
  std::optional<std::string_view> second;
  if (pair) second = pair->view();
  text::Encoding e = tokenizing([&] {
    std::vector<text::Encoding> one;
    one.push_back(self.impl().encode(sequence.view(), second, options));
    if (options.padding) text::pad_encodings(one, *options.padding);
    return std::move(one.front());
  });
  count({e});
  return Encoding(std::move(e));
}

Encoding encode(const Tokenizer& self, const List<Str>& words, const Optional<List<Str>>& pair,
                Bool is_pretokenized, Bool add_special_tokens) {
  if (!is_pretokenized) raise(ExcKind::TypeError, "TextInputSequence must be str");
  text::EncodeOptions options = self.impl().default_options();
  options.add_special_tokens = add_special_tokens;
  std::optional<text::Words> second;
  if (pair) second = words_of(*pair);
  text::Encoding e = tokenizing([&] {
    std::vector<text::Encoding> one;
    one.push_back(self.impl().encode_words(words_of(words), second, options));
    if (options.padding) text::pad_encodings(one, *options.padding);
    return std::move(one.front());
  });
  count({e});
  return Encoding(std::move(e));
}

List<Encoding> encode_batch(const Tokenizer& self, const List<List<Str>>& input,
                            Bool is_pretokenized, Bool add_special_tokens) {
  text::EncodeOptions options = self.impl().default_options();
  options.add_special_tokens = add_special_tokens;
  std::vector<text::Encoding> encodings;
  if (is_pretokenized) {
    std::vector<text::WordsInput> inputs;
    for (const List<Str>& words : input.items()) inputs.push_back({words_of(words), std::nullopt});
    encodings = tokenizing([&] { return self.impl().encode_batch_words(inputs, options); });
  } else {
    // Without is_pretokenized a list of two texts is a pair, as `tokenizers` reads it.
    std::vector<text::TextInput> inputs;
    for (const List<Str>& pair : input.items()) {
      if (pair.size() != 2) {
        raise(ExcKind::TypeError,
              "TextEncodeInput must be Union[TextInputSequence, Tuple[InputSequence, "
              "InputSequence]]");
      }
      inputs.push_back({pair.items()[0].view(), pair.items()[1].view()});
    }
    encodings = tokenizing([&] { return self.impl().encode_batch(inputs, options); });
  }
  count(encodings);
  List<Encoding> out;
  for (text::Encoding& e : encodings) out.items().emplace_back(std::move(e));
  return out;
}

List<Encoding> encode_batch(const Tokenizer& self, const List<Str>& input, Bool is_pretokenized,
                            Bool add_special_tokens) {
  if (is_pretokenized) {
    raise(ExcKind::TypeError,
          "PreTokenizedEncodeInput must be Union[PreTokenizedInputSequence, "
          "Tuple[PreTokenizedInputSequence, PreTokenizedInputSequence]]");
  }
  text::EncodeOptions options = self.impl().default_options();
  options.add_special_tokens = add_special_tokens;
  std::vector<text::Encoding> encodings =
      tokenizing([&] { return self.impl().encode_batch(inputs_of(input), options); });
  count(encodings);
  List<Encoding> out;
  for (text::Encoding& e : encodings) out.items().emplace_back(std::move(e));
  return out;
}

Str decode(const Tokenizer& self, const List<Int>& ids, Bool skip_special_tokens) {
  return Str(tokenizing([&] { return self.impl().decode(to_ids(ids), skip_special_tokens); }));
}

List<Str> decode_batch(const Tokenizer& self, const List<List<Int>>& sequences,
                       Bool skip_special_tokens) {
  List<Str> out;
  for (const List<Int>& ids : sequences.items()) {
    out.items().push_back(decode(self, ids, skip_special_tokens));
  }
  return out;
}

Optional<Int> token_to_id(const Tokenizer& self, const Str& token) {
  if (auto id = self.impl().token_to_id(token.to_std())) return static_cast<Int>(*id);
  return None;
}

Optional<Str> id_to_token(const Tokenizer& self, Int id) {
  if (id < 0 || id > UINT32_MAX) return None;
  if (auto token = self.impl().id_to_token(static_cast<uint32_t>(id))) return Str(*token);
  return None;
}

List<Int> ids(const Encoding& e) { return int_list(e.impl().ids); }
List<Int> type_ids(const Encoding& e) { return int_list(e.impl().type_ids); }
List<Int> attention_mask(const Encoding& e) { return int_list(e.impl().attention_mask); }
List<Int> special_tokens_mask(const Encoding& e) { return int_list(e.impl().special_tokens_mask); }
List<Str> tokens(const Encoding& e) {
  List<Str> out;
  for (const std::string& t : e.impl().tokens) out.items().push_back(Str(t));
  return out;
}
List<Tuple<Int, Int>> offsets(const Encoding& e) {
  List<Tuple<Int, Int>> out;
  for (const auto& [begin, end] : e.impl().offsets) {
    out.items().push_back(Tuple<Int, Int>(static_cast<Int>(begin), static_cast<Int>(end)));
  }
  return out;
}

}  // namespace tokenizers

namespace transformers {

namespace {

text::Direction side(const Json& settings, const char* key) {
  return settings.value(key, std::string("right")) == "left" ? text::Direction::Left
                                                             : text::Direction::Right;
}

bool is_false(const Strategy& s) {
  if (std::holds_alternative<NoneType>(s)) return true;
  if (const Bool* b = std::get_if<Bool>(&s)) return !*b;
  return false;
}

std::string strategy_name(const Strategy& s, const char* if_true) {
  if (const Str* name = std::get_if<Str>(&s)) return name->to_std();
  return is_false(s) ? "" : if_true;
}

// `tokenizers`' check when transformers sets the backend's truncation (a stride equal to
// the effective length passes it, and is refused when an encoding is truncated).
void check_stride(const text::Tokenizer& tokenizer, const text::TruncationOptions& t) {
  size_t added = tokenizer.added_tokens(false);
  size_t effective = t.max_length > added ? t.max_length - added : 0;
  if (t.stride > effective) {
    raise(ExcKind::ValueError,
          "tokenizer stride set to " + std::to_string(t.stride) +
              ", which is greater than or equal to its effective max "
              "length of " +
              std::to_string(effective) + " (= " + std::to_string(t.max_length) +
              " original max length - " + std::to_string(added) + " added special tokens), ");
  }
}

text::Direction padding_direction(const PreTrainedTokenizerFast::Settings& settings,
                                  const Optional<Str>& padding_side) {
  if (!padding_side) return settings.padding_side;
  if (padding_side->view() == "left") return text::Direction::Left;
  if (padding_side->view() == "right") return text::Direction::Right;
  raise(ExcKind::ValueError,
        "Unknown `direction`: `" + padding_side->to_std() + "`. Use one of `left` or `right`");
}

// transformers' _get_padding_truncation_strategies for a fast tokenizer, then the
// backend's truncation and padding as set_truncation_and_padding would set them.
text::EncodeOptions encode_options(const PreTrainedTokenizerFast& self, const CallOptions& call) {
  const auto& settings = self.settings();
  Strategy truncation = call.truncation;
  const Keywords& k = call.keywords;
  if (k.max_length && is_false(call.padding) && std::holds_alternative<NoneType>(truncation)) {
    truncation = Str("longest_first");
  }
  std::string padding_name = strategy_name(call.padding, "longest");
  std::string truncation_name = strategy_name(truncation, "longest_first");
  if (padding_name == "do_not_pad") padding_name.clear();
  if (truncation_name == "do_not_truncate") truncation_name.clear();

  text::EncodeOptions options;
  options.add_special_tokens = k.add_special_tokens;
  std::optional<size_t> max_length = settings.model_max_length;
  if (k.max_length) {
    if (*k.max_length < 0) raise(ExcKind::ValueError, "max_length must be non-negative");
    max_length = static_cast<size_t>(*k.max_length);
  }
  if (k.stride < 0) raise(ExcKind::OverflowError, "can't convert negative int to unsigned");
  if (!truncation_name.empty() && max_length) {
    text::TruncationOptions t;
    t.max_length = *max_length;
    t.direction = settings.truncation_side;
    t.stride = static_cast<size_t>(k.stride);
    check_stride(self.impl(), t);
    if (truncation_name == "longest_first") {
      t.strategy = text::TruncationStrategy::LongestFirst;
    } else if (truncation_name == "only_first") {
      t.strategy = text::TruncationStrategy::OnlyFirst;
    } else if (truncation_name == "only_second") {
      t.strategy = text::TruncationStrategy::OnlySecond;
    } else {
      raise(ExcKind::ValueError, "'" + truncation_name +
                                     "' is not a valid TruncationStrategy, please select one of "
                                     "['only_first', 'only_second', 'longest_first', "
                                     "'do_not_truncate']");
    }
    options.truncation = t;
  }
  // padding="max_length" with no length known (no max_length, no model_max_length) pads
  // nothing, as transformers does.
  if (padding_name == "max_length" && !max_length) padding_name.clear();
  if (!padding_name.empty()) {
    if (padding_name != "longest" && padding_name != "max_length") {
      raise(ExcKind::ValueError, "'" + padding_name +
                                     "' is not a valid PaddingStrategy, please select one of "
                                     "['longest', 'max_length', 'do_not_pad']");
    }
    if (!settings.pad_token || !settings.pad_token_id) {
      raise(ExcKind::ValueError,
            "Asking to pad but the tokenizer does not have a padding token. Please select a "
            "token to use as `pad_token` `(tokenizer.pad_token = tokenizer.eos_token e.g.)` or "
            "add a new pad token via `tokenizer.add_special_tokens({'pad_token': '[PAD]'})`.");
    }
    text::PaddingOptions p;
    if (padding_name == "max_length" && max_length) p.length = *max_length;
    p.direction = padding_direction(settings, k.padding_side);
    if (k.pad_to_multiple_of) {
      if (*k.pad_to_multiple_of < 0) {
        raise(ExcKind::OverflowError, "can't convert negative int to unsigned");
      }
      p.pad_to_multiple_of = static_cast<size_t>(*k.pad_to_multiple_of);
      if (options.truncation && *p.pad_to_multiple_of &&
          options.truncation->max_length % *p.pad_to_multiple_of) {
        raise(ExcKind::ValueError,
              "Truncation and padding are both activated but truncation length (" +
                  std::to_string(options.truncation->max_length) +
                  ") is not a multiple of pad_to_multiple_of (" +
                  std::to_string(*p.pad_to_multiple_of) + ").");
      }
    }
    p.pad_id = *settings.pad_token_id;
    p.pad_type_id = settings.pad_token_type_id;
    p.pad_token = *settings.pad_token;
    options.padding = p;
  }
  return options;
}

// The fields a call returns, in transformers' order; T is a batch's or one text's field.
template <class T>
BatchEncoding<T> batch_encoding(const PreTrainedTokenizerFast& self, const Keywords& k,
                                const std::vector<text::Encoding>& encodings) {
  auto field = [&](auto member) {
    if constexpr (std::is_same_v<T, List<Int>>) {
      return int_list(encodings.front().*member);
    } else {
      T rows;
      for (const text::Encoding& e : encodings) rows.items().push_back(int_list(e.*member));
      return rows;
    }
  };
  Dict<Str, T> data;
  setitem(data, Str("input_ids"), field(&text::Encoding::ids));
  if (k.return_token_type_ids.value_or(self.settings().return_token_type_ids)) {
    setitem(data, Str("token_type_ids"), field(&text::Encoding::type_ids));
  }
  if (k.return_attention_mask.value_or(self.settings().return_attention_mask)) {
    setitem(data, Str("attention_mask"), field(&text::Encoding::attention_mask));
  }
  if (k.return_special_tokens_mask) {
    setitem(data, Str("special_tokens_mask"), field(&text::Encoding::special_tokens_mask));
  }
  return BatchEncoding<T>(std::move(data));
}

}  // namespace

PreTrainedTokenizerFast PreTrainedTokenizerFast::load(Resources resources, const Str& name) {
  PreTrainedTokenizerFast t;
  t.impl_ = load_pipeline(resources, name);
  Json json = load_settings(resources, name);
  Settings s;
  if (json.contains("model_max_length") && json["model_max_length"].is_number_unsigned()) {
    s.model_max_length = json["model_max_length"].get<size_t>();
  }
  s.padding_side = side(json, "padding_side");
  s.truncation_side = side(json, "truncation_side");
  if (json.value("pad_token", Json()).is_string()) s.pad_token = json["pad_token"];
  if (json.value("pad_token_id", Json()).is_number_unsigned())
    s.pad_token_id = json["pad_token_id"];
  s.pad_token_type_id = json.value("pad_token_type_id", 0u);
  std::vector<std::string> names = json.value("model_input_names", std::vector<std::string>{});
  s.return_token_type_ids = std::find(names.begin(), names.end(), "token_type_ids") != names.end();
  s.return_attention_mask = std::find(names.begin(), names.end(), "attention_mask") != names.end();
  s.clean_up_tokenization_spaces = json.value("clean_up_tokenization_spaces", false);
  s.vocab_size = json.value("vocab_size", Int{0});
  s.len = json.value("len", Int{0});
  t.settings_ = std::make_shared<const Settings>(std::move(s));
  return t;
}

BatchEncoding<List<List<Int>>> call_batch(const PreTrainedTokenizerFast& self,
                                          const List<Str>& texts, const Optional<List<Str>>& pairs,
                                          const CallOptions& call) {
  std::vector<text::TextInput> inputs = inputs_of(texts);
  if (pairs) {
    if (pairs->size() != texts.size()) {
      raise(ExcKind::ValueError, "batch length of `text`: " + std::to_string(texts.size()) +
                                     " does not match batch length of `text_pair`: " +
                                     std::to_string(pairs->size()) + ".");
    }
    for (size_t i = 0; i < inputs.size(); ++i) inputs[i].pair = pairs->items()[i].view();
  }
  text::EncodeOptions options = encode_options(self, call);
  std::vector<text::Encoding> encodings =
      tokenizing([&] { return self.impl().encode_batch(inputs, options); });
  count(encodings);
  return batch_encoding<List<List<Int>>>(self, call.keywords, encodings);
}

BatchEncoding<List<Int>> call_one(const PreTrainedTokenizerFast& self, const Str& text,
                                  const Optional<Str>& pair, const CallOptions& call) {
  text::EncodeOptions options = encode_options(self, call);
  std::optional<std::string_view> second;
  if (pair) second = pair->view();
  std::vector<text::Encoding> encodings = tokenizing([&] {
    return self.impl().encode_batch({{text.view(), second}}, options);
  });
  count(encodings);
  return batch_encoding<List<Int>>(self, call.keywords, encodings);
}

BatchEncoding<tensor::Array> to_arrays(const BatchEncoding<List<List<Int>>>& batch,
                                       const Str& return_tensors, std::string_view typed_as) {
  std::string kind = return_tensors.to_std();
  if (kind == "mlx") {
    raise(ExcKind::ValueError,
          "return_tensors='mlx' is not supported in compiled code: use "
          "return_tensors='np' or return_tensors='pt'");
  }
  if (kind != "np" && kind != "pt") {
    raise(ExcKind::ValueError,
          kind + " is not a valid TensorType, please select one of ['pt', 'np', 'mlx']");
  }
  if (kind != typed_as) {
    raise(ExcKind::TypeError, "return_tensors='" + kind +
                                  "' given at run time, where the result is typed for '" +
                                  std::string(typed_as) + "': write the literal return_tensors=\"" +
                                  kind + "\" in the call");
  }
  Dict<Str, tensor::Array> arrays;
  for (const char* name :
       {"input_ids", "token_type_ids", "attention_mask", "special_tokens_mask"}) {
    Str key(name);
    if (!contains(batch.data(), key)) continue;
    const auto& items = rt::getitem(batch.data(), key).items();
    int64_t width = items.empty() ? 0 : items.front().size();
    for (const List<Int>& row : items) {
      if (row.size() != width) {
        // transformers' ValueError for "pt" (with "np", transformers 5 makes an object array
        // of rows instead, which compiled code has no type for: the same error here).
        raise(ExcKind::ValueError,
              "Unable to create tensor, you should probably activate truncation and/or "
              "padding with 'padding=True' 'truncation=True' to have batched tensors with the "
              "same length. Perhaps your features (`" +
                  key.to_std() +
                  "` in this case) have excessive nesting (inputs type `list` where type `int` "
                  "is expected).");
      }
    }
    tensor::Array array = tensor::empty(tensor::Shape{static_cast<int64_t>(items.size()), width},
                                        tensor::DType::Int64);
    int64_t* out = array.data<int64_t>();
    for (const List<Int>& row : items) {
      for (Int v : row.items()) *out++ = v;
    }
    setitem(arrays, key, array);
  }
  return BatchEncoding<tensor::Array>(std::move(arrays));
}

Str decode(const PreTrainedTokenizerFast& self, const List<Int>& ids, Bool skip_special_tokens) {
  std::string text =
      tokenizing([&] { return self.impl().decode(to_ids(ids), skip_special_tokens); });
  if (self.settings().clean_up_tokenization_spaces) text = clean_up_tokenization(std::move(text));
  return Str(std::move(text));
}

List<Str> batch_decode(const PreTrainedTokenizerFast& self, const List<List<Int>>& sequences,
                       Bool skip_special_tokens) {
  List<Str> out;
  for (const List<Int>& ids : sequences.items()) {
    out.items().push_back(decode(self, ids, skip_special_tokens));
  }
  return out;
}

List<Optional<Str>> convert_ids_to_tokens(const PreTrainedTokenizerFast& self,
                                          const List<Int>& ids) {
  List<Optional<Str>> out;
  for (Int id : ids.items()) out.items().push_back(convert_id_to_token(self, id));
  return out;
}

Optional<Str> convert_id_to_token(const PreTrainedTokenizerFast& self, Int id) {
  if (id < 0 || id > UINT32_MAX) return None;
  if (auto token = self.impl().id_to_token(static_cast<uint32_t>(id))) return Str(*token);
  return None;
}

}  // namespace transformers

}  // namespace ingot::rt
