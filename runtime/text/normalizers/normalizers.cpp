#include "runtime/text/normalizers/normalizers.h"

#include <utf8proc.h>

#include <array>
#include <cstring>

#include "runtime/text/unicode.h"

namespace ingot::text {

namespace {

class Sequence : public Normalizer {
 public:
  explicit Sequence(std::vector<std::unique_ptr<Normalizer>> parts) : parts_(std::move(parts)) {}
  void normalize(NormalizedString& text) const override {
    for (const auto& part : parts_) part->normalize(text);
  }

 private:
  std::vector<std::unique_ptr<Normalizer>> parts_;
};

enum class Form { NFC, NFD, NFKC, NFKD };

class UnicodeForm : public Normalizer {
 public:
  explicit UnicodeForm(Form form) : form_(form) {}
  void normalize(NormalizedString& text) const override {
    switch (form_) {
      case Form::NFC:
        text.nfc();
        break;
      case Form::NFD:
        text.nfd();
        break;
      case Form::NFKC:
        text.nfkc();
        break;
      case Form::NFKD:
        text.nfkd();
        break;
    }
  }

 private:
  Form form_;
};

class Lowercase : public Normalizer {
 public:
  void normalize(NormalizedString& text) const override { text.lowercase(); }
};

class StripAccents : public Normalizer {
 public:
  void normalize(NormalizedString& text) const override {
    text.filter([](char32_t c) { return !is_combining_mark(c); });
  }
};

class Strip : public Normalizer {
 public:
  Strip(bool left, bool right) : left_(left), right_(right) {}
  void normalize(NormalizedString& text) const override { text.strip(left_, right_); }

 private:
  bool left_, right_;
};

class Prepend : public Normalizer {
 public:
  explicit Prepend(std::string prefix) : prefix_(std::move(prefix)) {}
  void normalize(NormalizedString& text) const override {
    if (!text.empty()) text.prepend(prefix_);
  }

 private:
  std::string prefix_;
};

class Append : public Normalizer {
 public:
  explicit Append(std::string suffix) : suffix_(std::move(suffix)) {}
  void normalize(NormalizedString& text) const override {
    if (!text.empty()) text.append(suffix_);
  }

 private:
  std::string suffix_;
};

class Replace : public Normalizer {
 public:
  Replace(Pattern pattern, std::string content)
      : pattern_(std::move(pattern)), content_(std::move(content)) {}
  void normalize(NormalizedString& text) const override { text.replace(pattern_, content_); }

 private:
  Pattern pattern_;
  std::string content_;
};

class BertNormalizer : public Normalizer {
 public:
  BertNormalizer(bool clean_text, bool chinese_chars, bool strip_accents, bool lowercase)
      : clean_text_(clean_text),
        chinese_chars_(chinese_chars),
        strip_accents_(strip_accents),
        lowercase_(lowercase) {}
  void normalize(NormalizedString& text) const override {
    if (clean_text_) {
      text.filter([](char32_t c) { return !(c == 0 || c == 0xFFFD || is_bert_control(c)); });
      text.map([](char32_t c) { return is_whitespace(c) ? U' ' : c; });
    }
    if (chinese_chars_) space_chinese_chars(text);
    if (strip_accents_) {
      text.nfd();
      text.filter([](char32_t c) { return !is_nonspacing_mark(c); });
    }
    if (lowercase_) text.lowercase();
  }

 private:
  static void space_chinese_chars(NormalizedString& text) {
    std::vector<CharChange> chars;
    const std::string& s = text.get();
    for (size_t pos = 0, len; pos < s.size(); pos += len) {
      char32_t c = decode_at(s, pos, &len);
      if (is_chinese_char(c)) {
        chars.push_back({U' ', 0});
        chars.push_back({c, 1});
        chars.push_back({U' ', 1});
      } else {
        chars.push_back({c, 0});
      }
    }
    text.transform(chars, 0);
  }

  bool clean_text_, chinese_chars_, strip_accents_, lowercase_;
};

// Maps each byte to the printable character GPT-2's byte-level alphabet gives it.
class ByteLevelNormalizer : public Normalizer {
 public:
  void normalize(NormalizedString& text) const override;
};

std::string base64_decode(const std::string& in) {
  auto value = [](char c) -> int {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
  };
  std::string out;
  int buffer = 0, bits = 0;
  for (char c : in) {
    if (c == '=') break;
    int v = value(c);
    if (v < 0) throw TokenizerError("Precompiled: precompiled_charsmap is not valid base64");
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> bits) & 0xFF);
    }
  }
  return out;
}

// SentencePiece's normalization rules: a double-array trie (darts-clone layout) from UTF-8
// sequences to offsets of NUL-terminated replacements, applied per grapheme cluster with
// the same (odd) change bookkeeping as `tokenizers`.
class Precompiled : public Normalizer {
 public:
  explicit Precompiled(const std::string& charsmap) {
    if (charsmap.size() < 4) throw TokenizerError("Precompiled: precompiled_charsmap is too short");
    uint32_t trie_bytes;
    std::memcpy(&trie_bytes, charsmap.data(), 4);
    if (trie_bytes % 4 != 0 || 4 + static_cast<size_t>(trie_bytes) > charsmap.size()) {
      throw TokenizerError("Precompiled: precompiled_charsmap has a bad trie size");
    }
    units_.resize(trie_bytes / 4);
    std::memcpy(units_.data(), charsmap.data() + 4, trie_bytes);
    replacements_ = charsmap.substr(4 + trie_bytes);
  }

  void normalize(NormalizedString& text) const override {
    const std::string& s = text.get();
    std::vector<CharChange> chars;
    bool modified = false;
    for (size_t start = 0; start < s.size();) {
      size_t end = grapheme_end(s, start);
      std::string_view grapheme(s.data() + start, end - start);
      const char* norm = nullptr;
      if (grapheme.size() < 6 && (norm = lookup(grapheme)) != nullptr) {
        modified = true;
        push_replacement(chars, grapheme, norm);
      } else {
        for (size_t pos = 0, len; pos < grapheme.size(); pos += len) {
          char32_t c = decode_at(grapheme, pos, &len);
          std::string_view part = grapheme.substr(pos, len);
          if ((norm = lookup(part)) != nullptr) {
            modified = true;
            push_replacement(chars, part, norm);
          } else {
            chars.push_back({c, 0});
          }
        }
      }
      start = end;
    }
    if (modified) text.transform(chars, 0);
  }

 private:
  static size_t grapheme_end(const std::string& s, size_t start) {
    size_t len;
    char32_t prev = decode_at(s, start, &len);
    size_t pos = start + len;
    utf8proc_int32_t state = 0;
    while (pos < s.size()) {
      char32_t next = decode_at(s, pos, &len);
      if (utf8proc_grapheme_break_stateful(static_cast<utf8proc_int32_t>(prev),
                                           static_cast<utf8proc_int32_t>(next), &state)) {
        break;
      }
      prev = next;
      pos += len;
    }
    return pos;
  }

  static void push_replacement(std::vector<CharChange>& chars, std::string_view old_part,
                               const char* norm) {
    std::string_view replacement(norm);
    const auto growth = static_cast<int64_t>(count_code_points(replacement)) -
                        static_cast<int64_t>(count_code_points(old_part));
    for (size_t pos = 0, len; pos < replacement.size(); pos += len) {
      chars.push_back({decode_at(replacement, pos, &len), 0});
    }
    // As `tokenizers` records it: a longer replacement inserts its last `growth` characters
    // (each aligned with the one before); a shorter one removes characters after the last
    // one pushed, which for an empty replacement is the previous part's.
    if (growth > 0) {
      for (auto it = chars.rbegin(); it != chars.rbegin() + growth; ++it) it->change = 1;
    } else if (growth < 0 && !chars.empty()) {
      chars.back().change += growth;
    }
  }

  // The replacement of the shortest key that prefixes `chunk`, as spm_precompiled does.
  const char* lookup(std::string_view chunk) const {
    if (units_.empty()) return nullptr;
    auto offset = [](uint32_t unit) { return (unit >> 10) << ((unit & (1u << 9)) >> 6); };
    auto label = [](uint32_t unit) { return unit & ((1u << 31) | 0xFFu); };
    auto has_leaf = [](uint32_t unit) { return ((unit >> 8) & 1u) == 1u; };
    auto value = [](uint32_t unit) { return unit & ((1u << 31) - 1); };
    size_t node = offset(units_[0]);
    for (char ch : chunk) {
      auto c = static_cast<unsigned char>(ch);
      if (c == 0) break;
      node ^= c;
      if (node >= units_.size()) return nullptr;
      uint32_t unit = units_[node];
      if (label(unit) != c) return nullptr;
      node ^= offset(unit);
      if (node >= units_.size()) return nullptr;
      if (has_leaf(unit)) {
        uint32_t index = value(units_[node]);
        if (index >= replacements_.size()) return nullptr;
        return replacements_.c_str() + index;
      }
    }
    return nullptr;
  }

  std::vector<uint32_t> units_;
  std::string replacements_;
};

}  // namespace

// The 256 characters of GPT-2's byte-to-unicode table.
char32_t byte_to_char(unsigned char byte) {
  static const auto table = [] {
    std::array<char32_t, 256> t{};
    char32_t next = 256;
    for (int b = 0; b < 256; ++b) {
      bool printable =
          (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
      t[static_cast<size_t>(b)] = printable ? static_cast<char32_t>(b) : next++;
    }
    return t;
  }();
  return table[byte];
}

void ByteLevelNormalizer::normalize(NormalizedString& text) const {
  const std::string& s = text.get();
  std::vector<CharChange> chars;
  for (size_t pos = 0, len; pos < s.size(); pos += len) {
    decode_at(s, pos, &len);
    for (size_t i = 0; i < len; ++i)
      chars.push_back({byte_to_char(static_cast<unsigned char>(s[pos + i])), i > 0 ? 1 : 0});
  }
  text.transform(chars, 0);
}

Pattern pattern_from_json(const Json& j, const std::string& component) {
  if (!j.is_object()) throw TokenizerError(component + ": pattern must be an object");
  if (j.contains("String")) return Pattern::of_string(j["String"].get<std::string>());
  if (j.contains("Regex")) {
    return Pattern::of_regex(std::make_shared<const Regex>(j["Regex"].get<std::string>()));
  }
  throw TokenizerError(component + ": pattern must be {\"String\": ...} or {\"Regex\": ...}");
}

std::unique_ptr<Normalizer> make_normalizer(const Json& j) {
  std::string type = component_type(j, "normalizer");
  if (type == "Sequence") {
    std::vector<std::unique_ptr<Normalizer>> parts;
    for (const Json& part : require(j, "normalizers", type)) parts.push_back(make_normalizer(part));
    return std::make_unique<Sequence>(std::move(parts));
  }
  if (type == "NFC") return std::make_unique<UnicodeForm>(Form::NFC);
  if (type == "NFD") return std::make_unique<UnicodeForm>(Form::NFD);
  if (type == "NFKC") return std::make_unique<UnicodeForm>(Form::NFKC);
  if (type == "NFKD") return std::make_unique<UnicodeForm>(Form::NFKD);
  if (type == "Lowercase") return std::make_unique<Lowercase>();
  if (type == "StripAccents") return std::make_unique<StripAccents>();
  if (type == "Strip") {
    return std::make_unique<Strip>(get_or(j, "strip_left", true), get_or(j, "strip_right", true));
  }
  if (type == "Prepend")
    return std::make_unique<Prepend>(get_required<std::string>(j, "prepend", type));
  if (type == "Append")
    return std::make_unique<Append>(get_required<std::string>(j, "append", type));
  if (type == "Replace") {
    return std::make_unique<Replace>(pattern_from_json(require(j, "pattern", type), type),
                                     get_required<std::string>(j, "content", type));
  }
  if (type == "BertNormalizer") {
    bool lowercase = get_or(j, "lowercase", true);
    return std::make_unique<BertNormalizer>(get_or(j, "clean_text", true),
                                            get_or(j, "handle_chinese_chars", true),
                                            get_or(j, "strip_accents", lowercase), lowercase);
  }
  if (type == "Precompiled") {
    auto it = j.find("precompiled_charsmap");
    std::string charsmap;
    if (it != j.end() && !it->is_null()) charsmap = base64_decode(it->get<std::string>());
    // An empty charsmap normalizes nothing.
    if (charsmap.empty())
      return std::make_unique<Sequence>(std::vector<std::unique_ptr<Normalizer>>{});
    return std::make_unique<Precompiled>(charsmap);
  }
  if (type == "ByteLevel") return std::make_unique<ByteLevelNormalizer>();
  unsupported("normalizer", type);
}

}  // namespace ingot::text
