// UTF-8, byte by byte, for every layer of the runtime (core's str, the ABI's argument checks,
// the tokenizers' text): one decoder, one encoder, one validator with CPython's rules.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ingot::rt {

// A byte that continues a code point (10xxxxxx) rather than starting one.
inline bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// The code point starting at text[pos] (text is valid UTF-8) and its byte length. Inline:
// str's methods call it once a character.
inline char32_t decode_at(std::string_view text, size_t pos, size_t* length) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0x80) {
    *length = 1;
    return lead;
  }
  const int extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
  char32_t cp = lead & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) {
    cp = (cp << 6) | (static_cast<unsigned char>(text[pos + k]) & 0x3F);
  }
  *length = static_cast<size_t>(extra) + 1;
  return cp;
}

// The code points of valid UTF-8 text.
inline size_t count_code_points(std::string_view text) {
  size_t count = 0;
  for (char c : text) count += !is_continuation(static_cast<unsigned char>(c));
  return count;
}

// The bytes UTF-8 takes for cp.
inline size_t utf8_length(char32_t cp) {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}
// Appends the UTF-8 encoding of cp to out.
void append_utf8(std::string& out, char32_t cp);
inline std::string to_utf8(char32_t cp) {
  std::string out;
  append_utf8(out, cp);
  return out;
}

// CPython's UTF-8 decoder, one step: the length of the valid sequence at bytes[pos], or an
// error with the number of bytes it covers (the longest valid prefix, at least 1) and
// CPython's reason ("invalid start byte", ...). Valid means no overlongs, no surrogates,
// nothing past U+10FFFF (the Unicode standard's table 3-7).
struct Utf8Step {
  size_t length = 0;  // > 0 when valid
  size_t bad = 0;     // bytes in the invalid sequence
  const char* reason = nullptr;
};
Utf8Step utf8_step(std::string_view bytes, size_t pos);
// Whether bytes are well-formed UTF-8; if not, where the first bad sequence starts.
bool is_valid_utf8(std::string_view bytes, size_t* error_offset = nullptr);

}  // namespace ingot::rt
