#include "compiler/parse/literals.h"

#include <unicode/uchar.h>

#include "compiler/lex/lexer.h"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace ingot::parse {

namespace {

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// decimal := decimal * base + digit, on a little-endian vector of base-10^9 limbs.
void multiply_add(std::vector<uint32_t>& limbs, uint32_t base, uint32_t digit) {
  uint64_t carry = digit;
  for (uint32_t& limb : limbs) {
    uint64_t v = static_cast<uint64_t>(limb) * base + carry;
    limb = static_cast<uint32_t>(v % 1000000000u);
    carry = v / 1000000000u;
  }
  while (carry) {
    limbs.push_back(static_cast<uint32_t>(carry % 1000000000u));
    carry /= 1000000000u;
  }
}

ast::Int make_int(std::string_view digits, uint32_t base) {
  std::vector<uint32_t> limbs{0};
  for (char c : digits) {
    if (c == '_') continue;
    multiply_add(limbs, base, static_cast<uint32_t>(digit_value(c)));
  }
  std::string decimal = std::to_string(limbs.back());
  for (size_t i = limbs.size() - 1; i-- > 0;) {
    char buf[16];
    snprintf(buf, sizeof buf, "%09u", limbs[i]);
    decimal += buf;
  }
  ast::Int result{decimal, std::nullopt};
  int64_t value = 0;
  auto [ptr, ec] = std::from_chars(decimal.data(), decimal.data() + decimal.size(), value);
  if (ec == std::errc() && ptr == decimal.data() + decimal.size()) result.value = value;
  return result;
}

double parse_double(std::string_view text) {
  std::string clean;
  for (char c : text)
    if (c != '_') clean += c;
  double value = 0;
  auto [ptr, ec] = std::from_chars(clean.data(), clean.data() + clean.size(), value);
  if (ec == std::errc::result_out_of_range) {
    // from_chars leaves `value` alone on overflow/underflow; CPython gives inf or 0.
    return std::strtod(clean.c_str(), nullptr);
  }
  (void)ptr;
  return value;
}

}  // namespace

ast::ConstantValue decode_number(std::string_view text) {
  char last = text.back();
  if (last == 'j' || last == 'J') {
    return ast::Complex{parse_double(text.substr(0, text.size() - 1))};
  }
  if (text.size() > 1 && text[0] == '0') {
    char radix = static_cast<char>(text[1] | 0x20);
    if (radix == 'x') return make_int(text.substr(2), 16);
    if (radix == 'o') return make_int(text.substr(2), 8);
    if (radix == 'b') return make_int(text.substr(2), 2);
  }
  if (text.find_first_of(".eE") != std::string_view::npos) return parse_double(text);
  return make_int(text, 10);
}

void append_utf8(std::string& out, uint32_t cp) {
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

StringParts split_string_token(std::string_view text) {
  StringParts parts;
  size_t i = 0;
  while (i < text.size() && text[i] != '"' && text[i] != '\'') {
    char c = static_cast<char>(text[i] | 0x20);
    parts.raw |= c == 'r';
    parts.bytes |= c == 'b';
    parts.unicode |= c == 'u';
    parts.fstring |= c == 'f';
    ++i;
  }
  std::string_view quoted = text.substr(i);
  size_t quote_len = quoted.size() >= 6 && quoted[1] == quoted[0] && quoted[2] == quoted[0] ? 3 : 1;
  parts.body = quoted.substr(quote_len, quoted.size() - 2 * quote_len);
  return parts;
}

namespace {

// CPython's message for a bad escape, as its codec reports it.
std::string codec_error(bool bytes, size_t from, size_t to, const char* what) {
  char buf[160];
  if (bytes) {
    snprintf(buf, sizeof buf, "(value error) %s at position %zu", what, from);
  } else {
    snprintf(buf, sizeof buf,
             "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s",
             from, to, what);
  }
  return buf;
}

bool lookup_unicode_name(std::string_view name, uint32_t& cp) {
  std::string upper(name);
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  UErrorCode status = U_ZERO_ERROR;
  UChar32 found = u_charFromName(U_UNICODE_CHAR_NAME, upper.c_str(), &status);
  if (U_FAILURE(status)) {
    status = U_ZERO_ERROR;
    found = u_charFromName(U_CHAR_NAME_ALIAS, upper.c_str(), &status);
  }
  if (U_FAILURE(status) || found < 0) return false;
  cp = static_cast<uint32_t>(found);
  return true;
}

}  // namespace

DecodeResult decode_string_body(std::string_view body, bool raw, bool bytes) {
  DecodeResult result;
  std::string& out = result.value;
  out.reserve(body.size());
  for (size_t i = 0; i < body.size();) {
    char c = body[i];
    if (bytes && static_cast<unsigned char>(c) >= 0x80) {
      result.error = "bytes can only contain ASCII literal characters";
      result.error_offset = i;
      return result;
    }
    if (!bytes && static_cast<unsigned char>(c) >= 0x80) {
      size_t length = 0;
      if (const char* problem = lex::utf8_problem(body, i, length)) {
        char buf[8];
        snprintf(buf, sizeof buf, "0x%02x", static_cast<unsigned char>(c));
        result.error = std::string("(unicode error) 'utf-8' codec can't decode byte ") + buf +
                       " in position " + std::to_string(i) + ": " + problem;
        result.error_offset = i;
        return result;
      }
      out.append(body.substr(i, length));
      i += length;
      continue;
    }
    if (c != '\\' || raw) {
      out += c;
      ++i;
      continue;
    }
    size_t start = i;
    if (i + 1 >= body.size()) {  // cannot happen for a well-lexed token
      out += c;
      break;
    }
    char e = body[i + 1];
    i += 2;
    switch (e) {
      case '\n':
        break;
      case '\\':
        out += '\\';
        break;
      case '\'':
        out += '\'';
        break;
      case '"':
        out += '"';
        break;
      case 'a':
        out += '\a';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case 'v':
        out += '\v';
        break;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7': {
        uint32_t value = static_cast<uint32_t>(e - '0');
        for (int n = 0; n < 2 && i < body.size() && body[i] >= '0' && body[i] <= '7'; ++n, ++i)
          value = value * 8 + static_cast<uint32_t>(body[i] - '0');
        if (bytes) {
          out += static_cast<char>(value & 0xFF);
        } else {
          append_utf8(out, value);
        }
        break;
      }
      case 'x':
      case 'u':
      case 'U': {
        if (bytes && e != 'x') {
          out += '\\';
          out += e;
          break;
        }
        int width = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        uint32_t value = 0;
        int n = 0;
        for (; n < width && i < body.size() && digit_value(body[i]) < 16; ++n, ++i)
          value = value * 16 + static_cast<uint32_t>(digit_value(body[i]));
        if (n < width) {
          result.error = codec_error(bytes, start, i - 1,
                                     e == 'x'   ? "truncated \\xXX escape"
                                     : e == 'u' ? "truncated \\uXXXX escape"
                                                : "truncated \\UXXXXXXXX escape");
          result.error_offset = start;
          return result;
        }
        if (value > 0x10FFFF) {
          result.error = codec_error(bytes, start, i - 1, "illegal Unicode character");
          result.error_offset = start;
          return result;
        }
        if (bytes) {
          out += static_cast<char>(value);
        } else {
          append_utf8(out, value);
        }
        break;
      }
      case 'N': {
        if (bytes) {
          out += "\\N";
          break;
        }
        size_t close = body.find('}', i);
        uint32_t cp = 0;
        if (i >= body.size() || body[i] != '{' || close == std::string_view::npos ||
            close == i + 1) {
          result.error = codec_error(false, start, std::min(body.size(), i + 1) - 1,
                                     "malformed \\N character escape");
          result.error_offset = start;
          return result;
        }
        if (!lookup_unicode_name(body.substr(i + 1, close - i - 1), cp)) {
          result.error = codec_error(false, start, close, "unknown Unicode character name");
          result.error_offset = start;
          return result;
        }
        append_utf8(out, cp);
        i = close + 1;
        break;
      }
      default:
        // An unknown escape is kept as written (CPython warns, we do not); the character
        // after the backslash is decoded normally (it may be multi-byte).
        out += '\\';
        i = start + 1;
        break;
    }
  }
  return result;
}

}  // namespace ingot::parse
