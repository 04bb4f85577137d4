// The result of encoding one text (or pair): ids with their type ids, tokens, offsets
// (characters of the input, as `tokenizers` reports them in Python), masks, and the
// overflowing windows truncation cut off. Truncation, merging and padding follow
// `tokenizers`' Encoding exactly, overflowing windows included.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "runtime/text/normalized.h"

namespace ingot::text {

enum class Direction { Left, Right };

struct Encoding {
  std::vector<uint32_t> ids;
  std::vector<uint32_t> type_ids;
  std::vector<std::string> tokens;
  std::vector<Offsets> offsets;
  std::vector<uint32_t> special_tokens_mask;
  std::vector<uint32_t> attention_mask;
  std::vector<Encoding> overflowing;

  size_t size() const { return ids.size(); }
  void push(uint32_t id, uint32_t type_id, std::string token, Offsets offset, bool special);
  // Keeps max_length tokens; the rest becomes overflowing windows overlapping by stride.
  void truncate(size_t max_length, size_t stride, Direction direction);
  // Appends `pair`, combining the overflowing windows of both.
  void merge_with(const Encoding& pair);
  static Encoding merge(const std::vector<Encoding>& encodings);
  void pad(size_t length, uint32_t pad_id, uint32_t pad_type_id, const std::string& pad_token,
           Direction direction);
};

}  // namespace ingot::text
