#include "runtime/text/encoding.h"

#include <algorithm>

#include "runtime/text/error.h"

namespace ingot::text {

void Encoding::push(uint32_t id, uint32_t type_id, std::string token, Offsets offset,
                    bool special) {
  ids.push_back(id);
  type_ids.push_back(type_id);
  tokens.push_back(std::move(token));
  offsets.push_back(offset);
  special_tokens_mask.push_back(special ? 1 : 0);
  attention_mask.push_back(1);
}

static Encoding slice(const Encoding& e, size_t start, size_t stop) {
  auto cut = [&](const auto& v) {
    return std::decay_t<decltype(v)>(v.begin() + static_cast<ptrdiff_t>(start),
                                     v.begin() + static_cast<ptrdiff_t>(stop));
  };
  Encoding out;
  out.ids = cut(e.ids);
  out.type_ids = cut(e.type_ids);
  out.tokens = cut(e.tokens);
  out.offsets = cut(e.offsets);
  out.special_tokens_mask = cut(e.special_tokens_mask);
  out.attention_mask = cut(e.attention_mask);
  return out;
}

void Encoding::truncate(size_t max_length, size_t stride, Direction direction) {
  size_t length = ids.size();
  if (max_length >= length) return;
  if (max_length == 0) {
    Encoding whole = std::move(*this);
    *this = Encoding{};
    overflowing.push_back(std::move(whole));
    return;
  }
  if (stride >= max_length) {
    throw TokenizerError("truncation stride (" + std::to_string(stride) +
                         ") must be smaller than the length truncated to (" +
                         std::to_string(max_length) + ")");
  }
  size_t step = max_length - stride;
  std::vector<std::pair<size_t, size_t>> windows;
  if (direction == Direction::Right) {
    for (size_t start = 0; start < length; start += step) {
      size_t stop = std::min(start + max_length, length);
      windows.emplace_back(start, stop);
      if (stop == length) break;
    }
  } else {
    for (auto last = static_cast<ptrdiff_t>(length) - 1; last >= 0;
         last -= static_cast<ptrdiff_t>(step)) {
      size_t stop = static_cast<size_t>(last) + 1;
      size_t start = stop < max_length ? 0 : stop - max_length;
      windows.emplace_back(start, stop);
      if (start == 0) break;
    }
  }
  Encoding first = slice(*this, windows[0].first, windows[0].second);
  for (size_t i = 1; i < windows.size(); ++i)
    first.overflowing.push_back(slice(*this, windows[i].first, windows[i].second));
  *this = std::move(first);
}

void Encoding::merge_with(const Encoding& pair) {
  std::vector<Encoding> combined;
  for (const Encoding& mine : overflowing) {
    Encoding with_pair = mine;
    with_pair.merge_with(pair);
    combined.push_back(std::move(with_pair));
    for (const Encoding& theirs : pair.overflowing) {
      Encoding both = mine;
      both.merge_with(theirs);
      combined.push_back(std::move(both));
    }
  }
  for (const Encoding& theirs : pair.overflowing) {
    Encoding with_theirs = *this;
    with_theirs.merge_with(theirs);
    combined.push_back(std::move(with_theirs));
  }
  auto extend = [](auto& into, const auto& from) {
    into.insert(into.end(), from.begin(), from.end());
  };
  extend(ids, pair.ids);
  extend(type_ids, pair.type_ids);
  extend(tokens, pair.tokens);
  extend(offsets, pair.offsets);
  extend(special_tokens_mask, pair.special_tokens_mask);
  extend(attention_mask, pair.attention_mask);
  overflowing = std::move(combined);
}

Encoding Encoding::merge(const std::vector<Encoding>& encodings) {
  Encoding out;
  for (const Encoding& e : encodings) out.merge_with(e);
  return out;
}

void Encoding::pad(size_t length, uint32_t pad_id, uint32_t pad_type_id,
                   const std::string& pad_token, Direction direction) {
  for (Encoding& o : overflowing) o.pad(length, pad_id, pad_type_id, pad_token, direction);
  if (ids.size() >= length) return;
  size_t n = length - ids.size();
  auto fill = [&](auto& v, auto value) {
    auto at = direction == Direction::Left ? v.begin() : v.end();
    v.insert(at, n, value);
  };
  fill(ids, pad_id);
  fill(type_ids, pad_type_id);
  fill(tokens, pad_token);
  fill(offsets, Offsets{0, 0});
  fill(special_tokens_mask, 1u);
  fill(attention_mask, 0u);
}

}  // namespace ingot::text
