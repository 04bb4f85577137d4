#include "runtime/text/normalized.h"

#include <utf8proc.h>

#include <algorithm>

#include "runtime/text/unicode.h"

namespace ingot::text {

// ---- Pattern ------------------------------------------------------------------------

Pattern Pattern::of_char(std::function<bool(char32_t)> predicate) {
  Pattern p;
  p.predicate_ = std::move(predicate);
  return p;
}

Pattern Pattern::of_string(const std::string& literal) {
  Pattern p;
  if (literal.empty()) {
    p.empty_literal_ = true;
  } else {
    p.regex_ = std::make_shared<const Regex>(regex_escape(literal));
  }
  return p;
}

Pattern Pattern::of_regex(std::shared_ptr<const Regex> regex) {
  Pattern p;
  p.regex_ = std::move(regex);
  return p;
}

Pattern Pattern::inverted() const {
  Pattern p = *this;
  p.inverted_ = !inverted_;
  return p;
}

std::vector<Span> Pattern::find_matches(std::string_view text) const {
  std::vector<Span> spans = find_matches_plain(text);
  if (inverted_) {
    for (Span& span : spans) span.is_match = !span.is_match;
  }
  return spans;
}

std::vector<Span> Pattern::find_matches_plain(std::string_view text) const {
  std::vector<Span> spans;
  if (predicate_) {
    size_t last_offset = 0, pos = 0;
    while (pos < text.size()) {
      size_t len;
      char32_t cp = decode_at(text, pos, &len);
      if (predicate_(cp)) {
        if (last_offset < pos) spans.push_back({last_offset, pos, false});
        spans.push_back({pos, pos + len, true});
        last_offset = pos + len;
      }
      pos += len;
    }
    if (pos > last_offset) spans.push_back({last_offset, pos, false});
    return spans;
  }
  if (empty_literal_ || text.empty()) return {{0, text.size(), false}};
  size_t prev = 0;
  for (auto [start, end] : regex_->find_all(text)) {
    if (prev != start) spans.push_back({prev, start, false});
    spans.push_back({start, end, true});
    prev = end;
  }
  if (prev != text.size()) spans.push_back({prev, text.size(), false});
  return spans;
}

// ---- NormalizedString ---------------------------------------------------------------

NormalizedString::NormalizedString(std::string_view original)
    : original_(original), normalized_(original) {
  alignments_.reserve(original.size());
  size_t pos = 0;
  while (pos < original.size()) {
    size_t len;
    decode_at(original, pos, &len);
    for (size_t i = 0; i < len; ++i) alignments_.emplace_back(pos, pos + len);
    pos += len;
  }
}

std::optional<Offsets> NormalizedString::normalized_to_original(size_t start, size_t end) const {
  // An empty range maps to itself, as in `tokenizers`.
  if (start == end) return Offsets{start, end};
  if (start > end || end > alignments_.size()) return std::nullopt;
  return Offsets{alignments_[start].first, alignments_[end - 1].second};
}

NormalizedString NormalizedString::slice(size_t start, size_t end) const {
  Offsets original_range = normalized_to_original(start, end).value_or(Offsets{start, end});
  NormalizedString out;
  out.original_ =
      original_.substr(original_range.first, original_range.second - original_range.first);
  out.normalized_ = normalized_.substr(start, end - start);
  out.alignments_.reserve(end - start);
  for (size_t i = start; i < end; ++i) {
    out.alignments_.emplace_back(alignments_[i].first - original_range.first,
                                 alignments_[i].second - original_range.first);
  }
  out.original_shift_ = original_shift_ + original_range.first;
  return out;
}

void NormalizedString::transform_range(size_t start, size_t end,
                                       const std::vector<CharChange>& chars,
                                       size_t initial_removed) {
  // The byte lengths of the characters being replaced, consumed in order.
  std::vector<size_t> replaced;
  for (size_t pos = start; pos < end;) {
    size_t len;
    decode_at(normalized_, pos, &len);
    replaced.push_back(len);
    pos += len;
  }
  size_t next_replaced = 0;
  auto take = [&](size_t count) {
    size_t bytes = 0;
    for (size_t i = 0; i < count && next_replaced < replaced.size(); ++i)
      bytes += replaced[next_replaced++];
    return bytes;
  };
  size_t offset = start + take(initial_removed);

  std::string text;
  std::vector<Offsets> alignments;
  alignments.reserve(end - start);
  for (const CharChange& c : chars) {
    Offsets align{0, 0};
    if (c.change > 0) {
      // An inserted character shares the alignment of the one before it.
      if (offset >= 1 && offset - 1 < alignments_.size()) align = alignments_[offset - 1];
    } else if (offset < alignments_.size()) {
      align = alignments_[offset];
    } else if (!alignments_.empty()) {
      align = alignments_.back();
    }
    if (c.change <= 0) offset += take(1);
    if (c.change < 0) offset += take(static_cast<size_t>(-c.change));
    size_t len = utf8_length(c.ch);
    append_utf8(text, c.ch);
    alignments.insert(alignments.end(), len, align);
  }
  alignments_.erase(alignments_.begin() + static_cast<ptrdiff_t>(start),
                    alignments_.begin() + static_cast<ptrdiff_t>(end));
  alignments_.insert(alignments_.begin() + static_cast<ptrdiff_t>(start), alignments.begin(),
                     alignments.end());
  normalized_.replace(start, end - start, text);
}

void NormalizedString::map(const std::function<char32_t(char32_t)>& f) {
  std::vector<CharChange> chars;
  for (size_t pos = 0, len; pos < normalized_.size(); pos += len) {
    chars.push_back({f(decode_at(normalized_, pos, &len)), 0});
  }
  transform(chars, 0);
}

void NormalizedString::filter(const std::function<bool(char32_t)>& keep) {
  // Walk backwards so that each kept character knows how many removed ones follow it.
  std::vector<char32_t> cps;
  for (size_t pos = 0, len; pos < normalized_.size(); pos += len) {
    cps.push_back(decode_at(normalized_, pos, &len));
  }
  std::vector<CharChange> reversed;
  int64_t removed = 0;
  for (size_t i = cps.size(); i-- > 0;) {
    if (keep(cps[i])) {
      reversed.push_back({cps[i], -removed});
      removed = 0;
    } else {
      ++removed;
    }
  }
  std::vector<CharChange> chars(reversed.rbegin(), reversed.rend());
  transform(chars, static_cast<size_t>(removed));
}

void NormalizedString::lowercase() {
  std::vector<CharChange> chars;
  for (size_t pos = 0, len; pos < normalized_.size(); pos += len) {
    std::u32string lower = to_lowercase(decode_at(normalized_, pos, &len));
    for (size_t i = 0; i < lower.size(); ++i) chars.push_back({lower[i], i > 0 ? 1 : 0});
  }
  transform(chars, 0);
}

void NormalizedString::prepend(std::string_view text) {
  if (normalized_.empty()) return;
  size_t first_len;
  char32_t first = decode_at(normalized_, 0, &first_len);
  std::vector<CharChange> chars;
  for (size_t pos = 0, len; pos < text.size(); pos += len) {
    chars.push_back({decode_at(text, pos, &len), chars.empty() ? 0 : 1});
  }
  chars.push_back({first, 1});
  transform_range(0, first_len, chars, 0);
}

void NormalizedString::append(std::string_view text) {
  if (normalized_.empty()) return;
  size_t last = normalized_.size() - 1;
  while (is_continuation(normalized_[last])) --last;
  size_t len;
  std::vector<CharChange> chars{{decode_at(normalized_, last, &len), 0}};
  for (size_t pos = 0; pos < text.size(); pos += len)
    chars.push_back({decode_at(text, pos, &len), 1});
  transform_range(last, normalized_.size(), chars, 0);
}

void NormalizedString::replace(const Pattern& pattern, std::string_view content) {
  std::vector<CharChange> inserted;
  for (size_t pos = 0, len; pos < content.size(); pos += len) {
    inserted.push_back({decode_at(content, pos, &len), 1});
  }
  int64_t shift = 0;
  for (const Span& span : pattern.find_matches(normalized_)) {
    if (!span.is_match) continue;
    auto start = static_cast<size_t>(static_cast<int64_t>(span.start) + shift);
    auto end = static_cast<size_t>(static_cast<int64_t>(span.end) + shift);
    size_t removed_chars =
        count_code_points(std::string_view(normalized_).substr(start, end - start));
    transform_range(start, end, inserted, removed_chars);
    shift += static_cast<int64_t>(content.size()) - static_cast<int64_t>(span.end - span.start);
  }
}

void NormalizedString::strip(bool left, bool right) {
  std::vector<char32_t> cps;
  for (size_t pos = 0, len; pos < normalized_.size(); pos += len) {
    cps.push_back(decode_at(normalized_, pos, &len));
  }
  size_t leading = 0, trailing = 0;
  if (left) {
    while (leading < cps.size() && is_whitespace(cps[leading])) ++leading;
  }
  if (right) {
    while (trailing < cps.size() && is_whitespace(cps[cps.size() - 1 - trailing])) ++trailing;
  }
  if (leading == 0 && trailing == 0) return;
  std::vector<CharChange> chars;
  for (size_t i = leading; i + trailing < cps.size(); ++i) {
    bool last_kept = i + trailing + 1 == cps.size();
    chars.push_back({cps[i], last_kept ? -static_cast<int64_t>(trailing) : 0});
  }
  transform(chars, leading);
}

std::vector<CharChange> NormalizedString::decomposition(bool compat) const {
  std::vector<CharChange> out;
  utf8proc_option_t options =
      static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | (compat ? UTF8PROC_COMPAT : 0));
  for (size_t pos = 0, len; pos < normalized_.size(); pos += len) {
    char32_t cp = decode_at(normalized_, pos, &len);
    if (cp < 0x80) {
      out.push_back({cp, 0});
      continue;
    }
    utf8proc_int32_t buffer[32];
    int boundclass = UTF8PROC_BOUNDCLASS_START;
    auto n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), buffer, 32, options,
                                     &boundclass);
    for (utf8proc_ssize_t i = 0; i < n; ++i) {
      out.push_back({static_cast<char32_t>(buffer[i]), i > 0 ? 1 : 0});
    }
  }
  // Canonical ordering: runs of non-starters sorted (stably) by combining class; each
  // character keeps its change.
  for (size_t i = 0; i < out.size();) {
    if (combining_class(out[i].ch) == 0) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < out.size() && combining_class(out[j].ch) != 0) ++j;
    std::stable_sort(out.begin() + static_cast<ptrdiff_t>(i),
                     out.begin() + static_cast<ptrdiff_t>(j),
                     [](const CharChange& a, const CharChange& b) {
                       return combining_class(a.ch) < combining_class(b.ch);
                     });
    i = j;
  }
  return out;
}

static bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

void NormalizedString::decompose(bool compat) {
  if (is_ascii(normalized_)) return;
  transform(decomposition(compat), 0);
}

// The primary composite of a starter and the next character, or 0.
static char32_t compose_pair(char32_t a, char32_t b) {
  utf8proc_int32_t buffer[2] = {static_cast<utf8proc_int32_t>(a), static_cast<utf8proc_int32_t>(b)};
  auto n = utf8proc_normalize_utf32(buffer, 2, UTF8PROC_COMPOSE);
  return n == 1 ? static_cast<char32_t>(buffer[0]) : 0;
}

void NormalizedString::compose(bool compat) {
  if (is_ascii(normalized_)) return;
  std::vector<CharChange> out;
  ptrdiff_t starter = -1;
  int last_class = 0;
  for (const CharChange& c : decomposition(compat)) {
    int cls = combining_class(c.ch);
    if (starter >= 0) {
      bool adjacent = static_cast<ptrdiff_t>(out.size()) - 1 == starter;
      bool blocked = !adjacent && (last_class == 0 || last_class >= cls);
      if (!blocked) {
        if (char32_t composed = compose_pair(out[static_cast<size_t>(starter)].ch, c.ch)) {
          out[static_cast<size_t>(starter)].ch = composed;
          out[static_cast<size_t>(starter)].change += c.change - 1;
          continue;
        }
      }
    }
    if (cls == 0) starter = static_cast<ptrdiff_t>(out.size());
    last_class = cls;
    out.push_back(c);
  }
  transform(out, 0);
}

std::vector<NormalizedString> NormalizedString::split(const Pattern& pattern,
                                                      SplitBehavior behavior) const {
  std::vector<Span> matches = pattern.find_matches(normalized_);
  // (start, end, remove) pieces.
  std::vector<Span> pieces;
  bool previous_match = false;
  switch (behavior) {
    case SplitBehavior::Removed:
      pieces = matches;
      break;
    case SplitBehavior::Isolated:
      for (const Span& m : matches) pieces.push_back({m.start, m.end, false});
      break;
    case SplitBehavior::Contiguous:
      for (const Span& m : matches) {
        if (m.is_match == previous_match && !pieces.empty()) {
          pieces.back().end = m.end;
        } else {
          pieces.push_back({m.start, m.end, false});
        }
        previous_match = m.is_match;
      }
      break;
    case SplitBehavior::MergedWithPrevious:
      for (const Span& m : matches) {
        if (m.is_match && !previous_match && !pieces.empty()) {
          pieces.back().end = m.end;
        } else {
          pieces.push_back({m.start, m.end, false});
        }
        previous_match = m.is_match;
      }
      break;
    case SplitBehavior::MergedWithNext:
      for (size_t i = matches.size(); i-- > 0;) {
        const Span& m = matches[i];
        if (m.is_match && !previous_match && !pieces.empty()) {
          pieces.back().start = m.start;
        } else {
          pieces.push_back({m.start, m.end, false});
        }
        previous_match = m.is_match;
      }
      std::reverse(pieces.begin(), pieces.end());
      break;
  }
  std::vector<NormalizedString> out;
  for (const Span& piece : pieces) {
    if (!piece.is_match) out.push_back(slice(piece.start, piece.end));
  }
  return out;
}

// ---- PreTokenizedString -------------------------------------------------------------

PreTokenizedString::PreTokenizedString(std::string_view text) : original_(text) {
  splits_.push_back({NormalizedString(text), std::nullopt});
}

void PreTokenizedString::split_with_tokens(
    const std::function<std::vector<Split>(NormalizedString&)>& f) {
  std::vector<Split> result;
  result.reserve(splits_.size());
  for (Split& split : splits_) {
    if (split.tokens) {
      result.push_back(std::move(split));
      continue;
    }
    for (Split& piece : f(split.normalized)) {
      if (!piece.normalized.empty()) result.push_back(std::move(piece));
    }
  }
  splits_ = std::move(result);
}

void PreTokenizedString::split(
    const std::function<std::vector<NormalizedString>(NormalizedString&)>& f) {
  split_with_tokens([&](NormalizedString& s) {
    std::vector<Split> pieces;
    for (NormalizedString& piece : f(s)) pieces.push_back({std::move(piece), std::nullopt});
    return pieces;
  });
}

void PreTokenizedString::normalize(const std::function<void(NormalizedString&)>& f) {
  for (Split& split : splits_) {
    if (!split.tokens) f(split.normalized);
  }
}

void PreTokenizedString::tokenize(
    const std::function<std::vector<Token>(const std::string&)>& model) {
  for (Split& split : splits_) {
    if (!split.tokens) split.tokens = model(split.normalized.get());
  }
}

}  // namespace ingot::text
