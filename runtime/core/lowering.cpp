#include "runtime/core/lowering.h"

#include <cstdio>

namespace ingot::rt {

Str ascii_escape(const Str& text) {
  std::string_view in = text.view();
  std::string out;
  for (size_t i = 0; i < in.size();) {
    unsigned char c = static_cast<unsigned char>(in[i]);
    if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    char32_t cp = c & (0xFF >> (length + 1));
    for (int k = 1; k < length && i + k < in.size(); ++k) {
      cp = (cp << 6) | (static_cast<unsigned char>(in[i + k]) & 0x3F);
    }
    i += length;
    char buffer[16];
    if (cp <= 0xFF) {
      std::snprintf(buffer, sizeof buffer, "\\x%02x", static_cast<unsigned>(cp));
    } else if (cp <= 0xFFFF) {
      std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(cp));
    } else {
      std::snprintf(buffer, sizeof buffer, "\\U%08x", static_cast<unsigned>(cp));
    }
    out += buffer;
  }
  return Str(std::move(out));
}

// CPython's messages: "too many values to unpack (expected 2)", "not enough values to
// unpack (expected 3, got 2)".
void check_unpack_count(Int got, Int expected) {
  if (got > expected) {
    raise(ExcKind::ValueError,
          "too many values to unpack (expected " + std::to_string(expected) + ")");
  }
  if (got < expected) {
    raise(ExcKind::ValueError, "not enough values to unpack (expected " + std::to_string(expected) +
                                   ", got " + std::to_string(got) + ")");
  }
}

}  // namespace ingot::rt
