// Models turn one pre-tokenized piece into tokens: BPE (byte-level or with byte fallback),
// WordPiece, Unigram (Viterbi) and WordLevel.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "runtime/text/json.h"
#include "runtime/text/normalized.h"

namespace ingot::text {

class Model {
 public:
  virtual ~Model() = default;
  // Tokens of one piece, with byte offsets into it.
  virtual std::vector<Token> tokenize(const std::string& piece) const = 0;
  virtual std::optional<uint32_t> token_to_id(const std::string& token) const = 0;
  virtual std::optional<std::string> id_to_token(uint32_t id) const = 0;
  virtual size_t vocab_size() const = 0;
};

std::unique_ptr<Model> make_model(const Json& j);

// A vocabulary both ways. Lookups take a string_view, so a model can look up a slice of
// its input without building a string for it.
struct Vocab {
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> ids;
  std::unordered_map<uint32_t, std::string> tokens;

  void add(const std::string& token, uint32_t id) {
    ids[token] = id;
    tokens[id] = token;
  }
  std::optional<uint32_t> find(std::string_view token) const {
    auto it = ids.find(token);
    return it == ids.end() ? std::nullopt : std::optional<uint32_t>(it->second);
  }
  std::optional<std::string> token(uint32_t id) const {
    auto it = tokens.find(id);
    return it == tokens.end() ? std::nullopt : std::optional<std::string>(it->second);
  }
  // Reads a {"token": id, ...} object.
  static Vocab from_json(const Json& j, const std::string& component);
};

std::unique_ptr<Model> make_bpe(const Json& j);
std::unique_ptr<Model> make_wordpiece(const Json& j);
std::unique_ptr<Model> make_unigram(const Json& j);
std::unique_ptr<Model> make_wordlevel(const Json& j);

}  // namespace ingot::text
