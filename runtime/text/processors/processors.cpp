#include "runtime/text/processors/processors.h"

#include <map>

#include "runtime/text/normalizers/normalizers.h"
#include "runtime/text/unicode.h"

namespace ingot::text {

void trim_byte_level_offsets(Encoding& encoding, bool add_prefix_space) {
  const char32_t space = byte_to_char(' ');
  auto is_space = [&](char32_t c) { return c == space || is_whitespace(c); };
  for (size_t i = 0; i < encoding.size(); ++i) {
    std::u32string chars;
    const std::string& token = encoding.tokens[i];
    for (size_t pos = 0, len; pos < token.size(); pos += len)
      chars.push_back(decode_at(token, pos, &len));
    size_t leading = 0, trailing = 0;
    while (leading < chars.size() && is_space(chars[leading])) ++leading;
    while (trailing < chars.size() && is_space(chars[chars.size() - 1 - trailing])) ++trailing;
    Offsets& offsets = encoding.offsets[i];
    if (leading > 0) {
      bool is_first = i == 0 || offsets.first == 0;
      if (is_first && add_prefix_space && leading == 1) leading = 0;
      offsets.first = std::min(offsets.first + leading, offsets.second);
    }
    if (trailing > 0 && offsets.second >= trailing) {
      offsets.second = std::max(offsets.second - trailing, offsets.first);
    }
  }
  for (Encoding& o : encoding.overflowing) trim_byte_level_offsets(o, add_prefix_space);
}

namespace {

using SpecialToken = std::pair<std::string, uint32_t>;

SpecialToken special_from_json(const Json& j, const std::string& component) {
  if (!j.is_array() || j.size() != 2 || !j[0].is_string() || !j[1].is_number_unsigned()) {
    throw TokenizerError(component + ": special token " + j.dump() + " is not [token, id]");
  }
  return {j[0].get<std::string>(), j[1].get<uint32_t>()};
}

// [CLS] A [SEP] (type 0) and B [SEP] (type 1): BERT's layout.
class BertProcessing : public PostProcessor {
 public:
  BertProcessing(SpecialToken cls, SpecialToken sep) : cls_(std::move(cls)), sep_(std::move(sep)) {}
  size_t added_tokens(bool is_pair) const override { return is_pair ? 3 : 2; }
  std::vector<Encoding> process(std::vector<Encoding> encodings,
                                bool add_special_tokens) const override {
    if (!add_special_tokens) return encodings;
    for (size_t i = 0; i < encodings.size(); ++i) encodings[i] = wrap(encodings[i], i == 0);
    return encodings;
  }

 private:
  Encoding wrap(const Encoding& e, bool first) const {
    Encoding out;
    if (first) out.push(cls_.second, 0, cls_.first, {0, 0}, true);
    for (size_t i = 0; i < e.size(); ++i)
      out.push(e.ids[i], e.type_ids[i], e.tokens[i], e.offsets[i], false);
    out.push(sep_.second, first ? 0 : 1, sep_.first, {0, 0}, true);
    for (const Encoding& o : e.overflowing) out.overflowing.push_back(wrap(o, first));
    return out;
  }
  SpecialToken cls_, sep_;
};

// <s> A </s> and </s> B </s>, every type id 0; optional byte-level offset trimming.
class RobertaProcessing : public PostProcessor {
 public:
  RobertaProcessing(SpecialToken cls, SpecialToken sep, bool trim_offsets, bool add_prefix_space)
      : cls_(std::move(cls)),
        sep_(std::move(sep)),
        trim_offsets_(trim_offsets),
        add_prefix_space_(add_prefix_space) {}
  size_t added_tokens(bool is_pair) const override { return is_pair ? 4 : 2; }
  std::vector<Encoding> process(std::vector<Encoding> encodings,
                                bool add_special_tokens) const override {
    if (trim_offsets_) {
      for (Encoding& e : encodings) trim_byte_level_offsets(e, add_prefix_space_);
    }
    if (!add_special_tokens) return encodings;
    for (size_t i = 0; i < encodings.size(); ++i) encodings[i] = wrap(encodings[i], i == 0);
    return encodings;
  }

 private:
  Encoding wrap(const Encoding& e, bool first) const {
    Encoding out;
    if (first) {
      out.push(cls_.second, 0, cls_.first, {0, 0}, true);
    } else {
      out.push(sep_.second, 0, sep_.first, {0, 0}, true);
    }
    for (size_t i = 0; i < e.size(); ++i) out.push(e.ids[i], 0, e.tokens[i], e.offsets[i], false);
    out.push(sep_.second, 0, sep_.first, {0, 0}, true);
    for (const Encoding& o : e.overflowing) out.overflowing.push_back(wrap(o, first));
    return out;
  }
  SpecialToken cls_, sep_;
  bool trim_offsets_, add_prefix_space_;
};

class ByteLevelProcessing : public PostProcessor {
 public:
  ByteLevelProcessing(bool trim_offsets, bool add_prefix_space)
      : trim_offsets_(trim_offsets), add_prefix_space_(add_prefix_space) {}
  size_t added_tokens(bool) const override { return 0; }
  std::vector<Encoding> process(std::vector<Encoding> encodings, bool) const override {
    if (trim_offsets_) {
      for (Encoding& e : encodings) trim_byte_level_offsets(e, add_prefix_space_);
    }
    return encodings;
  }

 private:
  bool trim_offsets_, add_prefix_space_;
};

class TemplateProcessing : public PostProcessor {
 public:
  struct Piece {
    bool is_sequence;
    size_t sequence;   // 0 for A, 1 for B
    std::string name;  // the special token's key
    uint32_t type_id;
  };
  struct Special {
    std::vector<uint32_t> ids;
    std::vector<std::string> tokens;
  };

  explicit TemplateProcessing(const Json& j) {
    const std::string component = "TemplateProcessing";
    const Json& specials = require(j, "special_tokens", component);
    for (auto it = specials.begin(); it != specials.end(); ++it) {
      Special s{get_required<std::vector<uint32_t>>(it.value(), "ids", component),
                get_required<std::vector<std::string>>(it.value(), "tokens", component)};
      if (s.ids.size() != s.tokens.size())
        throw TokenizerError(component + ": ids and tokens of '" + it.key() + "' differ in length");
      specials_[it.key()] = std::move(s);
    }
    single_ = read_template(require(j, "single", component));
    pair_ = read_template(require(j, "pair", component));
  }

  size_t added_tokens(bool is_pair) const override {
    size_t count = 0;
    for (const Piece& p : is_pair ? pair_ : single_) {
      if (!p.is_sequence) count += specials_.at(p.name).ids.size();
    }
    return count;
  }

  std::vector<Encoding> process(std::vector<Encoding> encodings,
                                bool add_special_tokens) const override {
    std::vector<Encoding> out;
    for (const Piece& p : encodings.size() == 2 ? pair_ : single_) {
      if (p.is_sequence) {
        Encoding e = encodings.at(p.sequence);
        e.type_ids.assign(e.size(), p.type_id);
        out.push_back(std::move(e));
      } else if (add_special_tokens) {
        const Special& s = specials_.at(p.name);
        Encoding e;
        for (size_t i = 0; i < s.ids.size(); ++i)
          e.push(s.ids[i], p.type_id, s.tokens[i], {0, 0}, true);
        out.push_back(std::move(e));
      }
    }
    return out;
  }

 private:
  std::vector<Piece> read_template(const Json& j) const {
    const std::string component = "TemplateProcessing";
    if (!j.is_array()) throw TokenizerError(component + ": a template must be an array of pieces");
    std::vector<Piece> pieces;
    for (const Json& piece : j) {
      if (piece.contains("Sequence")) {
        const Json& s = piece["Sequence"];
        std::string id = get_required<std::string>(s, "id", component);
        if (id != "A" && id != "B")
          throw TokenizerError((component + ": unknown sequence '").append(id).append("'"));
        pieces.push_back({true, id == "A" ? 0u : 1u, "", get_or<uint32_t>(s, "type_id", 0)});
      } else if (piece.contains("SpecialToken")) {
        const Json& s = piece["SpecialToken"];
        std::string id = get_required<std::string>(s, "id", component);
        if (!specials_.count(id))
          throw TokenizerError(
              (component + ": special token '").append(id).append("' is not defined"));
        pieces.push_back({false, 0, id, get_or<uint32_t>(s, "type_id", 0)});
      } else {
        throw TokenizerError(component + ": unknown template piece " + piece.dump());
      }
    }
    return pieces;
  }

  std::map<std::string, Special> specials_;
  std::vector<Piece> single_, pair_;
};

class Sequence : public PostProcessor {
 public:
  explicit Sequence(std::vector<std::unique_ptr<PostProcessor>> parts) : parts_(std::move(parts)) {}
  size_t added_tokens(bool is_pair) const override {
    size_t count = 0;
    for (const auto& p : parts_) count += p->added_tokens(is_pair);
    return count;
  }
  std::vector<Encoding> process(std::vector<Encoding> encodings,
                                bool add_special_tokens) const override {
    for (const auto& p : parts_) encodings = p->process(std::move(encodings), add_special_tokens);
    return encodings;
  }

 private:
  std::vector<std::unique_ptr<PostProcessor>> parts_;
};

}  // namespace

std::unique_ptr<PostProcessor> make_post_processor(const Json& j) {
  std::string type = component_type(j, "post_processor");
  if (type == "BertProcessing") {
    return std::make_unique<BertProcessing>(special_from_json(require(j, "cls", type), type),
                                            special_from_json(require(j, "sep", type), type));
  }
  if (type == "RobertaProcessing") {
    return std::make_unique<RobertaProcessing>(special_from_json(require(j, "cls", type), type),
                                               special_from_json(require(j, "sep", type), type),
                                               get_or(j, "trim_offsets", true),
                                               get_or(j, "add_prefix_space", true));
  }
  if (type == "ByteLevel") {
    return std::make_unique<ByteLevelProcessing>(get_or(j, "trim_offsets", true),
                                                 get_or(j, "add_prefix_space", true));
  }
  if (type == "TemplateProcessing") return std::make_unique<TemplateProcessing>(j);
  if (type == "Sequence") {
    std::vector<std::unique_ptr<PostProcessor>> parts;
    for (const Json& part : require(j, "processors", type))
      parts.push_back(make_post_processor(part));
    return std::make_unique<Sequence>(std::move(parts));
  }
  unsupported("post_processor", type);
}

}  // namespace ingot::text
