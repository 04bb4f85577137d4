#include "runtime/text/decoders/decoders.h"

#include <unordered_map>

#include "runtime/text/normalized.h"
#include "runtime/text/normalizers/normalizers.h"
#include "runtime/text/unicode.h"

namespace ingot::text {

namespace {

void replace_all(std::string& s, std::string_view from, std::string_view to) {
  if (from.empty()) return;
  for (size_t pos = 0; (pos = s.find(from, pos)) != std::string::npos; pos += to.size())
    s.replace(pos, from.size(), to);
}

// Undoes the spacing BERT-style tokenization puts around punctuation and contractions.
std::string cleanup(std::string s) {
  const std::pair<const char*, const char*> rules[] = {
      {" .", "."},   {" ?", "?"},     {" !", "!"},    {" ,", ","},
      {" ' ", "'"},  {" n't", "n't"}, {" 'm", "'m"},  {" do not", " don't"},
      {" 's", "'s"}, {" 've", "'ve"}, {" 're", "'re"}};
  for (auto [from, to] : rules) replace_all(s, from, to);
  return s;
}

// Replaces invalid UTF-8 by U+FFFD, as Rust's String::from_utf8_lossy does.
std::string utf8_lossy(const std::string& bytes) {
  std::string out;
  size_t pos = 0;
  while (pos < bytes.size()) {
    size_t error;
    std::string_view rest(bytes.data() + pos, bytes.size() - pos);
    if (is_valid_utf8(rest, &error)) {
      out.append(rest);
      break;
    }
    out.append(rest.substr(0, error));
    pos += error;
    // Skip the longest prefix of a valid sequence (one U+FFFD per maximal bad subpart).
    auto lead = static_cast<unsigned char>(bytes[pos]);
    size_t need = lead >= 0xF0 && lead <= 0xF4  ? 4
                  : lead >= 0xE0                ? 3
                  : lead >= 0xC2 && lead < 0xE0 ? 2
                                                : 1;
    size_t len = 1;
    while (len < need && pos + len < bytes.size()) {
      auto b = static_cast<unsigned char>(bytes[pos + len]);
      unsigned char lo = 0x80, hi = 0xBF;
      if (len == 1) {
        if (lead == 0xE0) lo = 0xA0;
        if (lead == 0xED) hi = 0x9F;
        if (lead == 0xF0) lo = 0x90;
        if (lead == 0xF4) hi = 0x8F;
      }
      if (b < lo || b > hi) break;
      ++len;
    }
    out += "\xEF\xBF\xBD";
    pos += len;
  }
  return out;
}

class ByteLevel : public Decoder {
 public:
  std::vector<std::string> decode_chain(std::vector<std::string> tokens) const override {
    static const auto char_to_byte = [] {
      std::unordered_map<char32_t, unsigned char> m;
      for (int b = 0; b < 256; ++b)
        m[byte_to_char(static_cast<unsigned char>(b))] = static_cast<unsigned char>(b);
      return m;
    }();
    std::string bytes;
    for (const std::string& token : tokens) {
      std::string mapped;
      bool all_mapped = true;
      for (size_t pos = 0, len; pos < token.size(); pos += len) {
        auto it = char_to_byte.find(decode_at(token, pos, &len));
        if (it == char_to_byte.end()) {
          all_mapped = false;
          break;
        }
        mapped += static_cast<char>(it->second);
      }
      bytes += all_mapped ? mapped : token;
    }
    return {utf8_lossy(bytes)};
  }
};

class WordPiece : public Decoder {
 public:
  WordPiece(std::string prefix, bool cleanup) : prefix_(std::move(prefix)), cleanup_(cleanup) {}
  std::vector<std::string> decode_chain(std::vector<std::string> tokens) const override {
    for (size_t i = 0; i < tokens.size(); ++i) {
      std::string& token = tokens[i];
      if (i != 0) {
        if (token.rfind(prefix_, 0) == 0) {
          token.erase(0, prefix_.size());
        } else {
          token.insert(0, 1, ' ');
        }
      }
      if (cleanup_) token = cleanup(token);
    }
    return tokens;
  }

 private:
  std::string prefix_;
  bool cleanup_;
};

class Metaspace : public Decoder {
 public:
  Metaspace(char32_t replacement, bool prepend) : replacement_(replacement), prepend_(prepend) {}
  std::vector<std::string> decode_chain(std::vector<std::string> tokens) const override {
    for (size_t i = 0; i < tokens.size(); ++i) {
      std::string out;
      const std::string& token = tokens[i];
      for (size_t pos = 0, len; pos < token.size(); pos += len) {
        char32_t c = decode_at(token, pos, &len);
        if (c != replacement_) {
          out.append(token, pos, len);
        } else if (!(i == 0 && prepend_)) {
          out += ' ';
        }
      }
      tokens[i] = std::move(out);
    }
    return tokens;
  }

 private:
  char32_t replacement_;
  bool prepend_;
};

class BpeDecoder : public Decoder {
 public:
  explicit BpeDecoder(std::string suffix) : suffix_(std::move(suffix)) {}
  std::vector<std::string> decode_chain(std::vector<std::string> tokens) const override {
    for (size_t i = 0; i < tokens.size(); ++i)
      replace_all(tokens[i], suffix_, i + 1 == tokens.size() ? "" : " ");
    return tokens;
  }

 private:
  std::string suffix_;
};

class ByteFallback : public Decoder {
 public:
  std::vector<std::string> decode_chain(std::vector<std::string> tokens) const override {
    std::vector<std::string> out;
    std::string bytes;
    size_t byte_tokens = 0;
    auto flush = [&] {
      if (byte_tokens == 0) return;
      size_t error;
      if (is_valid_utf8(bytes, &error)) {
        out.push_back(bytes);
      } else {
        for (size_t i = 0; i < byte_tokens; ++i) out.push_back("\xEF\xBF\xBD");
      }
      bytes.clear();
      byte_tokens = 0;
    };
    for (const std::string& token : tokens) {
      if (auto byte = parse_byte(token)) {
        bytes += static_cast<char>(*byte);
        ++byte_tokens;
      } else {
        flush();
        out.push_back(token);
      }
    }
    flush();
    return out;
  }

 private:
  static std::optional<unsigned char> parse_byte(const std::string& token) {
    if (token.size() != 6 || token.rfind("<0x", 0) != 0 || token[5] != '>') return std::nullopt;
    auto hex = [](char c) -> int {
      if (c >= '0' && c <= '9') return c - '0';
      if (c >= 'A' && c <= 'F') return c - 'A' + 10;
      if (c >= 'a' && c <= 'f') return c - 'a' + 10;
      return -1;
    };
    int hi = hex(token[3]), lo = hex(token[4]);
    if (hi < 0 || lo < 0) return std::nullopt;
    return static_cast<unsigned char>(hi * 16 + lo);
  }
};

class Fuse : public Decoder {
 public:
  std::vector<std::string> decode_chain(std::vector<std::string> tokens) const override {
    std::string all;
    for (const std::string& t : tokens) all += t;
    return {all};
  }
};

class Strip : public Decoder {
 public:
  Strip(char32_t content, size_t start, size_t stop)
      : content_(content), start_(start), stop_(stop) {}
  std::vector<std::string> decode_chain(std::vector<std::string> tokens) const override {
    for (std::string& token : tokens) {
      std::u32string chars;
      for (size_t pos = 0, len; pos < token.size(); pos += len)
        chars.push_back(decode_at(token, pos, &len));
      size_t start_cut = 0;
      for (size_t i = 0; i < start_ && i < chars.size() && chars[i] == content_; ++i)
        start_cut = i + 1;
      size_t stop_cut = chars.size();
      for (size_t i = 0; i < stop_ && i < chars.size() && chars[chars.size() - 1 - i] == content_;
           ++i) {
        stop_cut = chars.size() - 1 - i;
      }
      std::string out;
      for (size_t i = start_cut; i < stop_cut; ++i) append_utf8(out, chars[i]);
      token = std::move(out);
    }
    return tokens;
  }

 private:
  char32_t content_;
  size_t start_, stop_;
};

class Replace : public Decoder {
 public:
  Replace(Pattern pattern, std::string content)
      : pattern_(std::move(pattern)), content_(std::move(content)) {}
  std::vector<std::string> decode_chain(std::vector<std::string> tokens) const override {
    for (std::string& token : tokens) {
      std::string out;
      for (const Span& span : pattern_.find_matches(token)) {
        out += span.is_match ? content_ : token.substr(span.start, span.end - span.start);
      }
      token = std::move(out);
    }
    return tokens;
  }

 private:
  Pattern pattern_;
  std::string content_;
};

class Ctc : public Decoder {
 public:
  Ctc(std::string pad, std::string delimiter, bool cleanup)
      : pad_(std::move(pad)), delimiter_(std::move(delimiter)), cleanup_(cleanup) {}
  std::vector<std::string> decode_chain(std::vector<std::string> tokens) const override {
    std::vector<std::string> out;
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (i > 0 && tokens[i] == tokens[i - 1]) continue;
      std::string token = tokens[i] == pad_ ? "" : tokens[i];
      if (cleanup_) {
        token = cleanup(token);
        replace_all(token, delimiter_, " ");
      }
      if (!token.empty()) out.push_back(token);
    }
    return out;
  }

 private:
  std::string pad_, delimiter_;
  bool cleanup_;
};

class Sequence : public Decoder {
 public:
  explicit Sequence(std::vector<std::unique_ptr<Decoder>> parts) : parts_(std::move(parts)) {}
  std::vector<std::string> decode_chain(std::vector<std::string> tokens) const override {
    for (const auto& p : parts_) tokens = p->decode_chain(std::move(tokens));
    return tokens;
  }

 private:
  std::vector<std::unique_ptr<Decoder>> parts_;
};

char32_t one_char(const std::string& s, const std::string& component) {
  size_t len = 0;
  if (s.empty() || (decode_at(s, 0, &len), len != s.size())) {
    throw TokenizerError(component + ": expected a single character, got '" + s + "'");
  }
  return decode_at(s, 0, &len);
}

}  // namespace

std::unique_ptr<Decoder> make_decoder(const Json& j) {
  std::string type = component_type(j, "decoder");
  if (type == "ByteLevel") return std::make_unique<ByteLevel>();
  if (type == "WordPiece") {
    return std::make_unique<WordPiece>(get_or<std::string>(j, "prefix", "##"),
                                       get_or(j, "cleanup", true));
  }
  if (type == "Metaspace") {
    bool prepend = get_or(j, "add_prefix_space", true);
    if (j.contains("prepend_scheme") && !j["prepend_scheme"].is_null())
      prepend = j["prepend_scheme"] != "never";
    return std::make_unique<Metaspace>(
        one_char(get_or<std::string>(j, "replacement", "\u2581"), type), prepend);
  }
  if (type == "BPEDecoder")
    return std::make_unique<BpeDecoder>(get_or<std::string>(j, "suffix", "</w>"));
  if (type == "ByteFallback") return std::make_unique<ByteFallback>();
  if (type == "Fuse") return std::make_unique<Fuse>();
  if (type == "Strip") {
    return std::make_unique<Strip>(one_char(get_required<std::string>(j, "content", type), type),
                                   get_or<size_t>(j, "start", 0), get_or<size_t>(j, "stop", 0));
  }
  if (type == "Replace") {
    return std::make_unique<Replace>(pattern_from_json(require(j, "pattern", type), type),
                                     get_required<std::string>(j, "content", type));
  }
  if (type == "CTC") {
    return std::make_unique<Ctc>(get_or<std::string>(j, "pad_token", "<pad>"),
                                 get_or<std::string>(j, "word_delimiter_token", "|"),
                                 get_or(j, "cleanup", true));
  }
  if (type == "Sequence") {
    std::vector<std::unique_ptr<Decoder>> parts;
    for (const Json& part : require(j, "decoders", type)) parts.push_back(make_decoder(part));
    return std::make_unique<Sequence>(std::move(parts));
  }
  unsupported("decoder", type);
}

}  // namespace ingot::text
