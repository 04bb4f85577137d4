// WordPiece: greedy longest match from the left, continuation pieces carrying a prefix
// ("##"); a word with any unmatched part becomes the unknown token as a whole.
#include "runtime/text/models/models.h"
#include "runtime/text/unicode.h"

namespace ingot::text {

namespace {

bool is_continuation(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }

class WordPiece : public Model {
 public:
  explicit WordPiece(const Json& j)
      : vocab_(Vocab::from_json(require(j, "vocab", "WordPiece"), "WordPiece")),
        unk_token_(get_or<std::string>(j, "unk_token", "[UNK]")),
        prefix_(get_or<std::string>(j, "continuing_subword_prefix", "##")),
        max_chars_(get_or<size_t>(j, "max_input_chars_per_word", 100)) {}

  std::vector<Token> tokenize(const std::string& piece) const override {
    if (count_chars(piece) > max_chars_) return {unknown(piece)};
    std::vector<Token> tokens;
    std::string candidate;  // the prefix and a slice of the piece; reused, so no allocations
    size_t start = 0;
    while (start < piece.size()) {
      const std::string_view prefix = start > 0 ? std::string_view(prefix_) : "";
      // A slice longer than the vocabulary's longest token cannot match: start below it.
      const size_t room = vocab_.longest_token - std::min(vocab_.longest_token, prefix.size());
      size_t end = std::min(piece.size(), start + room);
      while (end > start && end < piece.size() && is_continuation(piece[end])) --end;
      std::optional<Token> found;
      while (start < end) {
        candidate.assign(prefix).append(piece, start, end - start);
        if (auto id = vocab_.find(candidate)) {
          found = Token{*id, candidate, {start, end}};
          break;
        }
        // Drop the last character.
        do {
          --end;
        } while (end > start && is_continuation(piece[end]));
      }
      if (!found) return {unknown(piece)};
      tokens.push_back(std::move(*found));
      start = end;
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
