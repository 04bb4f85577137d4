#include "runtime/abi/utf8.h"

#include <cstdint>
#include <cstdio>

#include "runtime/core/utf8.h"

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

}  // namespace

std::optional<std::string> utf8_error(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const rt::Utf8Step step = rt::utf8_step(text, i);
    if (!step.length) return decode_error(text, i, i + step.bad, step.reason);
    i += step.length;
  }
  return std::nullopt;
}

}  // namespace ingot::abi
