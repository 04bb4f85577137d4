// WordPiece: greedy longest match from the left, continuation pieces carrying a prefix
// ("##"); a word with any unmatched part becomes the unknown token as a whole.
#include <cstdint>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "runtime/text/models/models.h"
#include "runtime/text/unicode.h"

namespace ingot::text {

namespace {

// The vocabulary as a byte trie, so the longest token a text starts with is found in one walk
// rather than by looking up every shorter slice in turn.
class TokenTrie {
 public:
  void insert(std::string_view token, uint32_t id) {
    uint32_t node = 0;
    for (char byte : token) {
      auto [it, added] = children_.try_emplace(key(node, byte), static_cast<uint32_t>(ids_.size()));
      if (added) ids_.push_back(kNoToken);
      node = it->second;
    }
    ids_[node] = id;
  }

  // The longest token `text` starts with that ends on a character boundary: its length in
  // bytes and its id.
  std::optional<std::pair<size_t, uint32_t>> longest_prefix(std::string_view text) const {
    std::optional<std::pair<size_t, uint32_t>> best;
    uint32_t node = 0;
    for (size_t i = 0; i < text.size(); ++i) {
      auto it = children_.find(key(node, text[i]));
      if (it == children_.end()) break;
      node = it->second;
      const bool boundary = i + 1 == text.size() || !is_continuation(text[i + 1]);
      if (ids_[node] != kNoToken && boundary) best = {{i + 1, ids_[node]}};
    }
    return best;
  }

 private:
  static constexpr uint32_t kNoToken = UINT32_MAX;
  static uint64_t key(uint32_t node, char byte) {
    return (uint64_t{node} << 8) | static_cast<unsigned char>(byte);
  }
  std::vector<uint32_t> ids_ = {kNoToken};  // per node; node 0 is the root
  std::unordered_map<uint64_t, uint32_t> children_;
};

class WordPiece : public Model {
 public:
  explicit WordPiece(const Json& j)
      : vocab_(Vocab::from_json(require(j, "vocab", "WordPiece"), "WordPiece")),
        unk_token_(get_or<std::string>(j, "unk_token", "[UNK]")),
        prefix_(get_or<std::string>(j, "continuing_subword_prefix", "##")),
        max_chars_(get_or<size_t>(j, "max_input_chars_per_word", 100)) {
    for (const auto& [token, id] : vocab_.ids) {
      word_starts_.insert(token, id);
      if (token.starts_with(prefix_)) continuations_.insert(token.substr(prefix_.size()), id);
    }
  }

  // Greedy longest match from the left: a word's first piece is any token, the others
  // continuation tokens (the prefix and the piece).
  std::vector<Token> tokenize(const std::string& piece) const override {
    if (count_code_points(piece) > max_chars_) return {unknown(piece)};
    std::vector<Token> tokens;
    size_t start = 0;
    while (start < piece.size()) {
      const TokenTrie& trie = start == 0 ? word_starts_ : continuations_;
      auto match = trie.longest_prefix(std::string_view(piece).substr(start));
      if (!match) return {unknown(piece)};
      const auto [length, id] = *match;
      std::string value = (start > 0 ? prefix_ : "") + piece.substr(start, length);
      tokens.push_back(Token{id, std::move(value), {start, start + length}});
      start += length;
    }
    return tokens;
  }
  std::optional<uint32_t> token_to_id(const std::string& token) const override {
    return vocab_.find(token);
  }
  std::optional<std::string> id_to_token(uint32_t id) const override { return vocab_.token(id); }
  size_t vocab_size() const override { return vocab_.ids.size(); }

 private:
  Token unknown(const std::string& piece) const {
    auto id = vocab_.find(unk_token_);
    if (!id) throw TokenizerError("WordPiece: unk_token '" + unk_token_ + "' is not in the vocab");
    return Token{*id, unk_token_, {0, piece.size()}};
  }

  Vocab vocab_;
  std::string unk_token_;
  std::string prefix_;
  size_t max_chars_;
  TokenTrie word_starts_;    // every token
  TokenTrie continuations_;  // the tokens that start with the prefix, without it
};

class WordLevel : public Model {
 public:
  explicit WordLevel(const Json& j)
      : vocab_(Vocab::from_json(require(j, "vocab", "WordLevel"), "WordLevel")),
        unk_token_(get_or<std::string>(j, "unk_token", "<unk>")) {}

  std::vector<Token> tokenize(const std::string& piece) const override {
    if (auto id = vocab_.find(piece)) return {Token{*id, piece, {0, piece.size()}}};
    auto unk = vocab_.find(unk_token_);
    if (!unk) throw TokenizerError("WordLevel: unk_token '" + unk_token_ + "' is not in the vocab");
    return {Token{*unk, unk_token_, {0, piece.size()}}};
  }
  std::optional<uint32_t> token_to_id(const std::string& token) const override {
    return vocab_.find(token);
  }
  std::optional<std::string> id_to_token(uint32_t id) const override { return vocab_.token(id); }
  size_t vocab_size() const override { return vocab_.ids.size(); }

 private:
  Vocab vocab_;
  std::string unk_token_;
};

}  // namespace

std::unique_ptr<Model> make_wordpiece(const Json& j) { return std::make_unique<WordPiece>(j); }
std::unique_ptr<Model> make_wordlevel(const Json& j) { return std::make_unique<WordLevel>(j); }

}  // namespace ingot::text
