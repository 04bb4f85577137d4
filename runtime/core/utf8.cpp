#include "runtime/core/utf8.h"

namespace ingot::rt {

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

Utf8Step utf8_step(std::string_view bytes, size_t pos) {
  auto at = [&](size_t i) { return static_cast<unsigned char>(bytes[i]); };
  const unsigned char lead = at(pos);
  if (lead < 0x80) return {1, 0, nullptr};
  // The valid range of the second byte depends on the lead byte: that is what rules out
  // overlong forms, surrogates and code points past U+10FFFF.
  size_t need;
  unsigned char second_min = 0x80, second_max = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    need = 1;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    need = 2;
    if (lead == 0xE0) second_min = 0xA0;
    if (lead == 0xED) second_max = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    need = 3;
    if (lead == 0xF0) second_min = 0x90;
    if (lead == 0xF4) second_max = 0x8F;
  } else {
    return {0, 1, "invalid start byte"};
  }
  for (size_t k = 1; k <= need; ++k) {
    if (pos + k >= bytes.size()) return {0, bytes.size() - pos, "unexpected end of data"};
    const unsigned char c = at(pos + k);
    const bool ok = k == 1 ? (c >= second_min && c <= second_max) : is_continuation(c);
    if (!ok) return {0, k, "invalid continuation byte"};
  }
  return {need + 1, 0, nullptr};
}

bool is_valid_utf8(std::string_view bytes, size_t* error_offset) {
  for (size_t pos = 0; pos < bytes.size();) {
    const Utf8Step step = utf8_step(bytes, pos);
    if (!step.length) {
      if (error_offset) *error_offset = pos;
      return false;
    }
    pos += step.length;
  }
  return true;
}

}  // namespace ingot::rt
