#include "runtime/text/pre_tokenizers/pre_tokenizers.h"

#include "runtime/text/normalizers/normalizers.h"
#include "runtime/text/unicode.h"

namespace ingot::text {

const char* const kGpt2Pattern =
    R"('s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+)";

namespace {

// Splits every untokenized piece on one pattern.
class PatternSplit : public PreTokenizer {
 public:
  PatternSplit(Pattern pattern, SplitBehavior behavior)
      : pattern_(std::move(pattern)), behavior_(behavior) {}
  void pre_tokenize(PreTokenizedString& text) const override {
    text.split([&](NormalizedString& s) { return s.split(pattern_, behavior_); });
  }

 private:
  Pattern pattern_;
  SplitBehavior behavior_;
};

class Sequence : public PreTokenizer {
 public:
  explicit Sequence(std::vector<std::unique_ptr<PreTokenizer>> parts) : parts_(std::move(parts)) {}
  void pre_tokenize(PreTokenizedString& text) const override {
    for (const auto& part : parts_) part->pre_tokenize(text);
  }

 private:
  std::vector<std::unique_ptr<PreTokenizer>> parts_;
};

class BertPreTokenizer : public PreTokenizer {
 public:
  void pre_tokenize(PreTokenizedString& text) const override {
    static const Pattern whitespace = Pattern::of_char(is_whitespace);
    static const Pattern punctuation = Pattern::of_char(is_punctuation);
    text.split([](NormalizedString& s) { return s.split(whitespace, SplitBehavior::Removed); });
    text.split([](NormalizedString& s) { return s.split(punctuation, SplitBehavior::Isolated); });
  }
};

class ByteLevel : public PreTokenizer {
 public:
  ByteLevel(bool add_prefix_space, bool use_regex)
      : add_prefix_space_(add_prefix_space), use_regex_(use_regex) {}
  void pre_tokenize(PreTokenizedString& text) const override {
    static const Pattern gpt2 = Pattern::of_regex(std::make_shared<const Regex>(kGpt2Pattern));
    text.split([&](NormalizedString& s) {
      if (add_prefix_space_ && s.get().rfind(' ', 0) != 0) s.prepend(" ");
      if (use_regex_) return s.split(gpt2, SplitBehavior::Isolated);
      return std::vector<NormalizedString>{s};
    });
    static const std::unique_ptr<Normalizer> to_bytes =
        make_normalizer(Json{{"type", "ByteLevel"}});
    text.normalize([](NormalizedString& s) { to_bytes->normalize(s); });
  }

 private:
  bool add_prefix_space_, use_regex_;
};

enum class PrependScheme { Always, First, Never };

class Metaspace : public PreTokenizer {
 public:
  Metaspace(char32_t replacement, PrependScheme scheme, bool split)
      : replacement_(replacement),
        replacement_str_(to_utf8(replacement)),
        scheme_(scheme),
        split_(split) {}
  void pre_tokenize(PreTokenizedString& text) const override {
    static const Pattern space = Pattern::of_string(" ");
    Pattern delimiter = Pattern::of_char([r = replacement_](char32_t c) { return c == r; });
    text.split([&](NormalizedString& s) {
      s.replace(space, replacement_str_);
      bool starts_with_replacement = s.get().rfind(replacement_str_, 0) == 0;
      if (scheme_ == PrependScheme::Always && !starts_with_replacement) s.prepend(replacement_str_);
      if (scheme_ == PrependScheme::First && !starts_with_replacement &&
          s.offsets_original().first == 0) {
        s.prepend(replacement_str_);
      }
      if (split_) return s.split(delimiter, SplitBehavior::MergedWithNext);
      return std::vector<NormalizedString>{s};
    });
  }

 private:
  char32_t replacement_;
  std::string replacement_str_;
  PrependScheme scheme_;
  bool split_;
};

SplitBehavior behavior_from_json(const Json& j, const std::string& component) {
  std::string name = j.is_string() ? j.get<std::string>() : "";
  if (name == "Removed") return SplitBehavior::Removed;
  if (name == "Isolated") return SplitBehavior::Isolated;
  if (name == "MergedWithPrevious") return SplitBehavior::MergedWithPrevious;
  if (name == "MergedWithNext") return SplitBehavior::MergedWithNext;
  if (name == "Contiguous") return SplitBehavior::Contiguous;
  throw TokenizerError(component + ": unknown split behavior '" + name + "'");
}

char32_t single_char(const std::string& s, const std::string& component) {
  size_t len = 0;
  if (s.empty() || decode_at(s, 0, &len) == 0 || len != s.size()) {
    throw TokenizerError(component + ": expected a single character, got '" + s + "'");
  }
  return decode_at(s, 0, &len);
}

}  // namespace

std::unique_ptr<PreTokenizer> make_pre_tokenizer(const Json& j) {
  std::string type = component_type(j, "pre_tokenizer");
  if (type == "Sequence") {
    std::vector<std::unique_ptr<PreTokenizer>> parts;
    for (const Json& part : require(j, "pretokenizers", type))
      parts.push_back(make_pre_tokenizer(part));
    return std::make_unique<Sequence>(std::move(parts));
  }
  if (type == "BertPreTokenizer") return std::make_unique<BertPreTokenizer>();
  if (type == "Whitespace") {
    // Keeps the runs of \w+ and [^\w\s]+, drops the rest. `tokenizers` matches these with
    // the Rust regex crate, whose \w (Unicode's: Alphabetic, marks, decimal digits, Pc,
    // Join_Control) is not Oniguruma's: spelt out.
    auto words =
        std::make_shared<const Regex>(R"([\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\x{200C}\x{200D}]+|)"
                                      R"([^\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\x{200C}\x{200D}\s]+)");
    return std::make_unique<PatternSplit>(Pattern::of_regex(words).inverted(),
                                          SplitBehavior::Removed);
  }
  if (type == "WhitespaceSplit") {
    return std::make_unique<PatternSplit>(Pattern::of_char(is_whitespace), SplitBehavior::Removed);
  }
  if (type == "Punctuation") {
    return std::make_unique<PatternSplit>(
        Pattern::of_char(is_punctuation),
        behavior_from_json(j.value("behavior", Json("Isolated")), type));
  }
  if (type == "Digits") {
    bool individual = get_or(j, "individual_digits", false);
    return std::make_unique<PatternSplit>(
        Pattern::of_char(is_numeric),
        individual ? SplitBehavior::Isolated : SplitBehavior::Contiguous);
  }
  if (type == "CharDelimiterSplit") {
    char32_t delimiter = single_char(get_required<std::string>(j, "delimiter", type), type);
    return std::make_unique<PatternSplit>(
        Pattern::of_char([delimiter](char32_t c) { return c == delimiter; }),
        SplitBehavior::Removed);
  }
  if (type == "Split") {
    Pattern pattern = pattern_from_json(require(j, "pattern", type), type);
    if (get_or(j, "invert", false)) pattern = pattern.inverted();
    return std::make_unique<PatternSplit>(pattern,
                                          behavior_from_json(require(j, "behavior", type), type));
  }
  if (type == "ByteLevel") {
    return std::make_unique<ByteLevel>(get_or(j, "add_prefix_space", true),
                                       get_or(j, "use_regex", true));
  }
  if (type == "Metaspace") {
    char32_t replacement = single_char(get_or<std::string>(j, "replacement", "\u2581"), type);
    PrependScheme scheme =
        get_or(j, "add_prefix_space", true) ? PrependScheme::Always : PrependScheme::Never;
    if (j.contains("prepend_scheme") && !j["prepend_scheme"].is_null()) {
      std::string name = j["prepend_scheme"].get<std::string>();
      if (name == "always")
        scheme = PrependScheme::Always;
      else if (name == "first")
        scheme = PrependScheme::First;
      else if (name == "never")
        scheme = PrependScheme::Never;
      else
        throw TokenizerError("Metaspace: unknown prepend_scheme '" + name + "'");
    }
    return std::make_unique<Metaspace>(replacement, scheme, get_or(j, "split", true));
  }
  unsupported("pre_tokenizer", type);
}

}  // namespace ingot::text
