// The string that flows through the pipeline: the normalized text plus, for every byte of
// it, the byte range of the original text it came from. Offsets of tokens are read back
// through these alignments, so every transformation reports how it changes the text, as
// `tokenizers`' NormalizedString does (same rules, so the same offsets come out).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "runtime/text/regex.h"

namespace ingot::text {

using Offsets = std::pair<size_t, size_t>;

// One character of a transformation and how it relates to the characters it replaces:
// 0 replaces one character, +1 is inserted, -N replaces one and removes the N after it.
struct CharChange {
  char32_t ch;
  int64_t change;
};

// What a split keeps of a matched delimiter.
enum class SplitBehavior { Removed, Isolated, MergedWithPrevious, MergedWithNext, Contiguous };

// A match or non-match span; find_matches covers the whole text with them, in order.
struct Span {
  size_t start, end;
  bool is_match;
};

// What to split on: a character predicate (each matching character is its own match), a
// literal string or a regex.
class Pattern {
 public:
  static Pattern of_char(std::function<bool(char32_t)> predicate);
  static Pattern of_string(const std::string& literal);
  static Pattern of_regex(std::shared_ptr<const Regex> regex);
  // The same pattern with match and non-match swapped (Split's `invert`).
  Pattern inverted() const;
  std::vector<Span> find_matches(std::string_view text) const;

 private:
  std::vector<Span> find_matches_plain(std::string_view text) const;
  std::function<bool(char32_t)> predicate_;
  std::shared_ptr<const Regex> regex_;
  bool empty_literal_ = false;
  bool inverted_ = false;
};

class NormalizedString {
 public:
  NormalizedString() = default;
  explicit NormalizedString(std::string_view original);

  const std::string& get() const { return normalized_; }
  const std::string& original() const { return original_; }
  size_t size() const { return normalized_.size(); }
  bool empty() const { return normalized_.empty(); }
  // The range of the whole original text this string covers.
  Offsets offsets_original() const { return {original_shift_, original_shift_ + original_.size()}; }
  // A normalized byte range as a byte range of this string's own original.
  std::optional<Offsets> normalized_to_original(size_t start, size_t end) const;
  // A sub-string by normalized byte range (on character boundaries).
  NormalizedString slice(size_t start, size_t end) const;

  // Replaces normalized_[start, end) by `chars`; initial_removed characters at the start of
  // the range disappear before the first new character.
  void transform_range(size_t start, size_t end, const std::vector<CharChange>& chars,
                       size_t initial_removed);
  void transform(const std::vector<CharChange>& chars, size_t initial_removed) {
    transform_range(0, normalized_.size(), chars, initial_removed);
  }

  void map(const std::function<char32_t(char32_t)>& f);
  void filter(const std::function<bool(char32_t)>& keep);
  void lowercase();
  void prepend(std::string_view text);
  void append(std::string_view text);
  void replace(const Pattern& pattern, std::string_view content);
  void strip(bool left, bool right);
  void nfd() { decompose(false); }
  void nfkd() { decompose(true); }
  void nfc() { compose(false); }
  void nfkc() { compose(true); }

  std::vector<NormalizedString> split(const Pattern& pattern, SplitBehavior behavior) const;

 private:
  std::vector<CharChange> decomposition(bool compat) const;
  void decompose(bool compat);
  void compose(bool compat);

  std::string original_;
  std::string normalized_;
  std::vector<Offsets> alignments_;  // one per byte of normalized_, into original_
  size_t original_shift_ = 0;
};

// A token produced by a model, with offsets in the normalized string it was made from.
struct Token {
  uint32_t id;
  std::string value;
  Offsets offsets;
};

// The text cut into pieces; pieces that already carry tokens (added tokens) are left alone.
struct Split {
  NormalizedString normalized;
  std::optional<std::vector<Token>> tokens;
};

class PreTokenizedString {
 public:
  explicit PreTokenizedString(std::string_view text);
  // Replaces each untokenized piece by the pieces f makes of it (empty ones dropped).
  void split(const std::function<std::vector<NormalizedString>(NormalizedString&)>& f);
  // Replaces each untokenized piece by (piece, tokens) splits f makes of it.
  void split_with_tokens(const std::function<std::vector<Split>(NormalizedString&)>& f);
  void normalize(const std::function<void(NormalizedString&)>& f);
  void tokenize(const std::function<std::vector<Token>(const std::string&)>& model);
  std::vector<Split>& splits() { return splits_; }
  const std::string& original() const { return original_; }

 private:
  std::string original_;
  std::vector<Split> splits_;
};

}  // namespace ingot::text
