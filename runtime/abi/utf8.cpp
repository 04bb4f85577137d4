#include "runtime/abi/utf8.h"

#include <cstdint>
#include <cstdio>

namespace ingot::abi {
namespace {

std::string decode_error(std::string_view text, std::size_t start, std::size_t end,
                         const char* reason) {
  char buffer[160];
  if (end - start <= 1) {
    std::snprintf(buffer, sizeof buffer,
                  "'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                  static_cast<unsigned char>(text[start]), start, reason);
  } else {
    std::snprintf(buffer, sizeof buffer, "'utf-8' codec can't decode bytes in position %zu-%zu: %s",
                  start, end - 1, reason);
  }
  return buffer;
}

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

}  // namespace

std::optional<std::string> utf8_error(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead < 0x80) {
      ++i;
      continue;
    }
    // The valid range of the second byte depends on the lead byte: that is what rules out
    // overlong forms, surrogates and code points past U+10FFFF (the Unicode table 3-7).
    std::size_t length = 0;
    unsigned char second_min = 0x80, second_max = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      if (lead == 0xE0) second_min = 0xA0;
      if (lead == 0xED) second_max = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      if (lead == 0xF0) second_min = 0x90;
      if (lead == 0xF4) second_max = 0x8F;
    } else {
      return decode_error(text, i, i + 1, "invalid start byte");
    }
    // Like CPython, report the longest valid prefix of the sequence as the bad range.
    std::size_t checked = 1;
    while (checked < length && i + checked < text.size()) {
      const auto byte = static_cast<unsigned char>(text[i + checked]);
      const bool ok =
          checked == 1 ? (byte >= second_min && byte <= second_max) : is_continuation(byte);
      if (!ok) return decode_error(text, i, i + checked, "invalid continuation byte");
      ++checked;
    }
    if (checked < length) return decode_error(text, i, i + checked, "unexpected end of data");
    i += length;
  }
  return std::nullopt;
}

}  // namespace ingot::abi
