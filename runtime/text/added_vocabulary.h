// Added tokens (tokenizer.json's "added_tokens"): matched in the text before the model sees
// it, on the raw text (normalized: false) or after normalization (normalized: true), with
// lstrip/rstrip eating the whitespace beside them and single_word requiring word edges.
// Matching is leftmost-longest, non-overlapping, as `tokenizers`' Aho-Corasick does.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "runtime/text/json.h"
#include "runtime/text/normalized.h"

namespace ingot::text {

class Normalizer;
class Model;

struct AddedToken {
  uint32_t id;
  std::string content;
  bool single_word = false, lstrip = false, rstrip = false, normalized = true, special = false;
};

class AddedVocabulary {
 public:
  AddedVocabulary() = default;
  AddedVocabulary(const Json& added_tokens, const Normalizer* normalizer);

  // Splits the text around added tokens and normalizes the rest.
  PreTokenizedString extract_and_normalize(std::string_view text,
                                           const Normalizer* normalizer) const;
  std::optional<std::string> id_to_token(uint32_t id) const;
  std::optional<uint32_t> token_to_id(const std::string& token) const;
  bool is_special(const std::string& token) const { return special_.count(token) > 0; }

 private:
  // Tokens sharing a matcher: their match strings, longest first within each first byte.
  struct Matcher {
    std::vector<std::pair<std::string, AddedToken>> patterns;
    std::unordered_map<unsigned char, std::vector<size_t>> by_first_byte;
    void build();
    std::vector<Split> split(NormalizedString& text) const;
  };

  std::vector<AddedToken> tokens_;
  std::unordered_map<uint32_t, std::string> id_to_content_;
  std::unordered_map<std::string, uint32_t> content_to_id_;
  std::unordered_set<std::string> special_;
  Matcher raw_, normalized_;
};

}  // namespace ingot::text
