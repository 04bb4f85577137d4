#include "runtime/text/added_vocabulary.h"

#include <algorithm>

#include "runtime/text/normalizers/normalizers.h"
#include "runtime/text/unicode.h"

namespace ingot::text {

AddedVocabulary::AddedVocabulary(const Json& added_tokens, const Normalizer* normalizer) {
  if (!added_tokens.is_array()) throw TokenizerError("added_tokens must be an array");
  const std::string component = "added_tokens";
  tokens_.reserve(added_tokens.size());
  for (const Json& t : added_tokens) {
    AddedToken token{get_required<uint32_t>(t, "id", component),
                     get_required<std::string>(t, "content", component)};
    token.single_word = get_or(t, "single_word", false);
    token.lstrip = get_or(t, "lstrip", false);
    token.rstrip = get_or(t, "rstrip", false);
    token.normalized = get_or(t, "normalized", true);
    token.special = get_or(t, "special", false);
    tokens_.push_back(std::move(token));
  }
  for (const AddedToken& token : tokens_) {
    id_to_content_[token.id] = token.content;
    content_to_id_[token.content] = token.id;
    if (token.special) special_.insert(token.content);
    if (token.content.empty()) continue;
    if (token.normalized && normalizer != nullptr) {
      NormalizedString s(token.content);
      normalizer->normalize(s);
      // `tokenizers` gives such a token back (id_to_token, decode) in its normalized form.
      id_to_content_[token.id] = s.get();
      if (token.special) special_.insert(s.get());
      if (!s.empty()) normalized_.patterns.emplace_back(s.get(), token);
    } else if (token.normalized) {
      normalized_.patterns.emplace_back(token.content, token);
    } else {
      raw_.patterns.emplace_back(token.content, token);
    }
  }
  raw_.build();
  normalized_.build();
}

void AddedVocabulary::Matcher::build() {
  for (size_t i = 0; i < patterns.size(); ++i) {
    by_first_byte[static_cast<unsigned char>(patterns[i].first[0])].push_back(i);
  }
  for (auto& [byte, indices] : by_first_byte) {
    // Longest first; among equal strings the first added wins.
    std::stable_sort(indices.begin(), indices.end(), [&](size_t a, size_t b) {
      return patterns[a].first.size() > patterns[b].first.size();
    });
  }
}

static bool starts_with_word(std::string_view s) {
  if (s.empty()) return false;
  size_t len;
  return is_word_char(decode_at(s, 0, &len));
}

static bool ends_with_word(std::string_view s) {
  if (s.empty()) return false;
  size_t start = s.size() - 1;
  while (start > 0 && is_continuation(s[start])) --start;
  size_t len;
  return is_word_char(decode_at(s, start, &len));
}

std::vector<Split> AddedVocabulary::Matcher::split(NormalizedString& text) const {
  const std::string& s = text.get();
  struct Found {
    size_t start, end;
    const AddedToken* token;
  };
  std::vector<Found> found;
  if (!patterns.empty()) {
    for (size_t pos = 0; pos < s.size();) {
      const Found* match = nullptr;
      Found candidate{};
      auto it = by_first_byte.find(static_cast<unsigned char>(s[pos]));
      if (it != by_first_byte.end()) {
        for (size_t index : it->second) {
          const auto& [pattern, token] = patterns[index];
          if (s.compare(pos, pattern.size(), pattern) == 0) {
            candidate = {pos, pos + pattern.size(), &token};
            match = &candidate;
            break;
          }
        }
      }
      if (match) {
        found.push_back(*match);
        pos = match->end;
      } else {
        ++pos;
      }
    }
  }
  std::vector<Split> splits;
  auto push = [&](size_t start, size_t end, const AddedToken* token) {
    NormalizedString piece = text.slice(start, end);
    std::optional<std::vector<Token>> tokens;
    if (token) tokens = std::vector<Token>{Token{token->id, piece.get(), {0, piece.size()}}};
    splits.push_back({std::move(piece), std::move(tokens)});
  };
  if (s.empty()) return splits;
  size_t start_offset = 0;
  for (const Found& f : found) {
    size_t start = f.start, stop = f.end;
    const AddedToken& token = *f.token;
    if (token.single_word) {
      bool start_space = start == 0 || !ends_with_word(std::string_view(s).substr(0, start));
      bool stop_space = stop == s.size() || !starts_with_word(std::string_view(s).substr(stop));
      if (!start_space || !stop_space) continue;
    }
    if (token.lstrip) {
      size_t new_start = start;
      while (new_start > 0) {
        size_t prev = new_start - 1;
        while (prev > 0 && is_continuation(s[prev])) --prev;
        size_t len;
        if (!is_whitespace(decode_at(s, prev, &len))) break;
        new_start = prev;
      }
      start = std::max(new_start, start_offset);
    }
    if (token.rstrip) {
      size_t len;
      while (stop < s.size() && is_whitespace(decode_at(s, stop, &len))) stop += len;
    }
    if (start_offset < start) push(start_offset, start, nullptr);
    push(start, stop, &token);
    start_offset = stop;
  }
  if (start_offset != s.size()) push(start_offset, s.size(), nullptr);
  return splits;
}

PreTokenizedString AddedVocabulary::extract_and_normalize(std::string_view text,
                                                          const Normalizer* normalizer) const {
  PreTokenizedString pre(text);
  pre.split_with_tokens([&](NormalizedString& s) { return raw_.split(s); });
  pre.split_with_tokens([&](NormalizedString& s) {
    if (normalizer) normalizer->normalize(s);
    return normalized_.split(s);
  });
  return pre;
}

std::optional<std::string> AddedVocabulary::id_to_token(uint32_t id) const {
  auto it = id_to_content_.find(id);
  return it == id_to_content_.end() ? std::nullopt : std::optional<std::string>(it->second);
}

std::optional<uint32_t> AddedVocabulary::token_to_id(const std::string& token) const {
  auto it = content_to_id_.find(token);
  return it == content_to_id_.end() ? std::nullopt : std::optional<uint32_t>(it->second);
}

}  // namespace ingot::text
