// Unigram (SentencePiece): the segmentation with the highest total piece score (Viterbi
// over a byte trie of the pieces); characters no piece covers score min_score - 10 as the
// unknown piece, and consecutive unknowns fuse into one.
#include <cstdio>
#include <limits>

#include "runtime/text/models/models.h"
#include "runtime/text/unicode.h"

namespace ingot::text {

namespace {

constexpr double kUnknownPenalty = 10.0;

class Unigram : public Model {
 public:
  explicit Unigram(const Json& j);
  std::vector<Token> tokenize(const std::string& piece) const override;
  std::optional<uint32_t> token_to_id(const std::string& token) const override {
    auto it = ids_.find(token);
    return it == ids_.end() ? std::nullopt : std::optional<uint32_t>(it->second);
  }
  std::optional<std::string> id_to_token(uint32_t id) const override {
    return id < pieces_.size() ? std::optional<std::string>(pieces_[id]) : std::nullopt;
  }
  size_t vocab_size() const override { return pieces_.size(); }

 private:
  // Byte trie: child of (node, byte) and the piece ending at a node.
  uint32_t child(uint32_t node, unsigned char byte) const {
    auto it = edges_.find((static_cast<uint64_t>(node) << 8) | byte);
    return it == edges_.end() ? 0 : it->second;
  }
  void insert(const std::string& piece, uint32_t id);
  std::vector<std::string> segment(const std::string& text) const;

  std::vector<std::string> pieces_;
  std::vector<double> scores_;
  std::unordered_map<std::string, uint32_t> ids_;
  std::unordered_map<uint64_t, uint32_t> edges_;
  std::vector<int64_t> node_piece_{-1};  // node 0 is the root
  std::optional<uint32_t> unk_id_;
  bool byte_fallback_ = false;
  double min_score_ = std::numeric_limits<double>::infinity();
};

Unigram::Unigram(const Json& j) {
  const Json& vocab = require(j, "vocab", "Unigram");
  if (!vocab.is_array()) throw TokenizerError("Unigram: vocab must be an array of [piece, score]");
  for (const Json& entry : vocab) {
    if (!entry.is_array() || entry.size() != 2 || !entry[0].is_string() || !entry[1].is_number()) {
      throw TokenizerError("Unigram: vocab entry " + entry.dump() + " is not [piece, score]");
    }
    auto id = static_cast<uint32_t>(pieces_.size());
    pieces_.push_back(entry[0].get<std::string>());
    scores_.push_back(entry[1].get<double>());
    ids_[pieces_.back()] = id;
    min_score_ = std::min(min_score_, scores_.back());
    insert(pieces_.back(), id);
  }
  unk_id_ = get_optional<uint32_t>(j, "unk_id");
  if (unk_id_ && *unk_id_ >= pieces_.size())
    throw TokenizerError("Unigram: unk_id is outside the vocab");
  byte_fallback_ = get_or(j, "byte_fallback", false);
}

void Unigram::insert(const std::string& piece, uint32_t id) {
  uint32_t node = 0;
  for (char c : piece) {
    uint64_t key = (static_cast<uint64_t>(node) << 8) | static_cast<unsigned char>(c);
    auto it = edges_.find(key);
    if (it == edges_.end()) {
      auto created = static_cast<uint32_t>(node_piece_.size());
      node_piece_.push_back(-1);
      it = edges_.emplace(key, created).first;
    }
    node = it->second;
  }
  // The trie only says which pieces exist; the id comes from ids_ (last duplicate wins).
  node_piece_[node] = id;
}

std::vector<std::string> Unigram::segment(const std::string& text) const {
  struct Node {
    double score = 0.0;
    std::optional<size_t> start;
    uint32_t id = 0;
  };
  std::vector<Node> best(text.size() + 1);
  double unk_score = min_score_ - kUnknownPenalty;
  for (size_t start = 0; start < text.size();) {
    size_t char_len;
    decode_at(text, start, &char_len);
    double base = best[start].score;
    bool covers_char = false;
    uint32_t node = 0;
    for (size_t end = start; end < text.size(); ++end) {
      node = child(node, static_cast<unsigned char>(text[end]));
      if (node == 0) break;
      if (node_piece_[node] < 0) continue;
      uint32_t id = ids_.at(pieces_[static_cast<size_t>(node_piece_[node])]);
      double candidate = base + scores_[id];
      Node& target = best[end + 1];
      if (!target.start || candidate > target.score) target = {candidate, start, id};
      if (end + 1 - start == char_len) covers_char = true;
    }
    if (!covers_char) {
      if (!unk_id_)
        throw TokenizerError("Unigram: a character is not in the vocab and there is no unk_id");
      Node& target = best[start + char_len];
      double candidate = base + unk_score;
      if (!target.start || candidate > target.score) target = {candidate, start, *unk_id_};
    }
    start += char_len;
  }
  std::vector<std::string> reversed;
  std::vector<std::string> unknown_parts;
  auto flush_unknown = [&] {
    if (unknown_parts.empty()) return;
    std::string fused;
    for (auto it = unknown_parts.rbegin(); it != unknown_parts.rend(); ++it) fused += *it;
    reversed.push_back(fused);
    unknown_parts.clear();
  };
  for (size_t end = text.size(); end > 0;) {
    const Node& node = best[end];
    size_t start = *node.start;
    std::string piece = text.substr(start, end - start);
    if (unk_id_ && node.id == *unk_id_) {
      unknown_parts.push_back(piece);
    } else {
      flush_unknown();
      reversed.push_back(piece);
    }
    end = start;
  }
  flush_unknown();
  return {reversed.rbegin(), reversed.rend()};
}

std::vector<Token> Unigram::tokenize(const std::string& piece) const {
  std::vector<Token> tokens;
  if (piece.empty()) return tokens;
  size_t offset = 0;
  for (const std::string& s : segment(piece)) {
    Offsets offsets{offset, offset + s.size()};
    offset += s.size();
    if (auto id = token_to_id(s)) {
      tokens.push_back({*id, s, offsets});
      continue;
    }
    if (byte_fallback_) {
      std::vector<Token> bytes;
      for (char byte : s) {
        char name[8];
        std::snprintf(name, sizeof name, "<0x%02X>", static_cast<unsigned char>(byte));
        auto id = token_to_id(name);
        if (!id) break;
        bytes.push_back({*id, name, offsets});
      }
      if (bytes.size() == s.size()) {
        tokens.insert(tokens.end(), bytes.begin(), bytes.end());
        continue;
      }
    }
    if (!unk_id_)
      throw TokenizerError("Unigram: piece '" + s + "' is not in the vocab and there is no unk_id");
    tokens.push_back({*unk_id_, s, offsets});
  }
  return tokens;
}

}  // namespace

std::unique_ptr<Model> make_unigram(const Json& j) { return std::make_unique<Unigram>(j); }

}  // namespace ingot::text
