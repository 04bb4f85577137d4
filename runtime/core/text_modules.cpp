#include "runtime/core/text_modules.h"

#include <utf8proc.h>

#include <cstdlib>

#include "runtime/core/containers.h"
#include "runtime/core/errors.h"
#include "runtime/core/protocol.h"

namespace ingot::rt::string_module {

const Str& ascii_lowercase() {
  static const Str s("abcdefghijklmnopqrstuvwxyz");
  return s;
}
const Str& ascii_uppercase() {
  static const Str s("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  return s;
}
const Str& ascii_letters() {
  static const Str s(ascii_lowercase().to_std() + ascii_uppercase().to_std());
  return s;
}
const Str& digits() {
  static const Str s("0123456789");
  return s;
}
const Str& hexdigits() {
  static const Str s("0123456789abcdefABCDEF");
  return s;
}
const Str& octdigits() {
  static const Str s("01234567");
  return s;
}
const Str& punctuation() {
  static const Str s("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");
  return s;
}
const Str& whitespace() {
  static const Str s(" \t\n\r\x0b\x0c");
  return s;
}
const Str& printable() {
  static const Str s(digits().to_std() + ascii_letters().to_std() + punctuation().to_std() +
                     whitespace().to_std());
  return s;
}

Str capwords(const Str& s, const Optional<Str>& sep) {
  List<Str> words = str_split(s, sep, -1);
  std::string out;
  std::string joiner = sep ? sep->to_std() : " ";
  for (Int i = 0; i < words.size(); ++i) {
    if (i) out += joiner;
    out += str_capitalize(words.items()[i]).view();
  }
  return Str(std::move(out));
}

}  // namespace ingot::rt::string_module

namespace ingot::rt::unicodedata {

namespace {

// The one code point of a one-character str, else CPython's TypeError naming `function`.
utf8proc_int32_t single(const Str& chr, const char* function) {
  if (chr.len() != 1) {
    raise(ExcKind::TypeError,
          std::string(function) + "() argument must be a unicode character, not str");
  }
  return static_cast<utf8proc_int32_t>(chr.code_point(0));
}

utf8proc_option_t form_options(const Str& form) {
  std::string_view f = form.view();
  auto base = static_cast<utf8proc_option_t>(UTF8PROC_STABLE);
  if (f == "NFC") return static_cast<utf8proc_option_t>(base | UTF8PROC_COMPOSE);
  if (f == "NFD") return static_cast<utf8proc_option_t>(base | UTF8PROC_DECOMPOSE);
  if (f == "NFKC") {
    return static_cast<utf8proc_option_t>(base | UTF8PROC_COMPOSE | UTF8PROC_COMPAT);
  }
  if (f == "NFKD") {
    return static_cast<utf8proc_option_t>(base | UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT);
  }
  raise(ExcKind::ValueError, "invalid normalization form");
}

}  // namespace

Str normalize(const Str& form, const Str& text) {
  utf8proc_option_t options = form_options(form);
  if (text.is_ascii()) return text;  // every form leaves ASCII as it is
  utf8proc_uint8_t* out = nullptr;
  std::string_view in = text.view();
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(in.data()),
                                    static_cast<utf8proc_ssize_t>(in.size()), &out, options);
  if (n < 0) raise(ExcKind::ValueError, utf8proc_errmsg(n));
  Str result(std::string_view(reinterpret_cast<const char*>(out), static_cast<size_t>(n)));
  std::free(out);
  return result;
}

Bool is_normalized(const Str& form, const Str& text) {
  return normalize(form, text).view() == text.view();
}

Str category(const Str& chr) { return Str(utf8proc_category_string(single(chr, "category"))); }

Int combining(const Str& chr) {
  return utf8proc_get_property(single(chr, "combining"))->combining_class;
}

Int mirrored(const Str& chr) {
  return utf8proc_get_property(single(chr, "mirrored"))->bidi_mirrored;
}

Str bidirectional(const Str& chr) {
  static const char* const kNames[] = {"",    "L",  "LRE", "LRO", "R",   "AL",  "RLE", "RLO",
                                       "PDF", "EN", "ES",  "ET",  "AN",  "CS",  "NSM", "BN",
                                       "B",   "S",  "WS",  "ON",  "LRI", "RLI", "FSI", "PDI"};
  int bidi = utf8proc_get_property(single(chr, "bidirectional"))->bidi_class;
  return Str(bidi >= 0 && bidi < static_cast<int>(std::size(kNames)) ? kNames[bidi] : "");
}

Int decimal(const Str& chr, Int default_value) {
  int value = decimal_value(static_cast<char32_t>(single(chr, "decimal")));
  return value < 0 ? default_value : value;
}

Int decimal(const Str& chr) {
  int value = decimal_value(static_cast<char32_t>(single(chr, "decimal")));
  if (value < 0) raise(ExcKind::ValueError, "not a decimal");
  return value;
}

}  // namespace ingot::rt::unicodedata

namespace ingot::rt::base64_module {

namespace {

constexpr std::string_view kAlphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// The 6-bit value of a character of the standard alphabet, or -1.
int sextet(unsigned char c) {
  const size_t at = kAlphabet.find(static_cast<char>(c));
  return c != 0 && at != std::string_view::npos ? static_cast<int>(at) : -1;
}

[[noreturn]] void binascii_error(const std::string& message) { raise(ExcKind::Error, message); }

// `data` with the characters of `from` replaced by those at the same place in `to`.
std::string translated(std::string_view data, std::string_view from, std::string_view to) {
  std::string out(data);
  for (char& c : out) {
    const size_t at = from.find(c);
    if (at != std::string_view::npos) c = to[at];
  }
  return out;
}

// base64's two alternative characters: exactly two bytes, as its assert demands.
std::string_view alternatives(const Optional<Bytes>& altchars) {
  if (altchars && altchars->view().size() != 2) {
    raise(ExcKind::AssertionError, repr(*altchars).to_std());
  }
  return altchars ? altchars->view() : std::string_view();
}

// binascii.a2b_base64(data, strict_mode).
std::string decoded(std::string_view data, bool strict) {
  if (strict && !data.empty() && data.front() == '=') {
    binascii_error("Leading padding not allowed");
  }
  std::string out;
  out.reserve(data.size() / 4 * 3 + 3);
  int quad = 0;  // the position of the next character within its group of four
  int pads = 0;  // '=' seen since the last data character
  bool padding_started = false;
  unsigned left = 0;  // the bits of the group not yet written out
  for (size_t i = 0; i < data.size(); ++i) {
    const auto c = static_cast<unsigned char>(data[i]);
    if (c == '=') {
      padding_started = true;
      if (quad >= 2 && quad + ++pads >= 4) {
        // Complete padding ends the data; in strict mode nothing may follow it.
        if (strict && i + 1 < data.size()) binascii_error("Excess data after padding");
        return out;
      }
      continue;
    }
    const int value = sextet(c);
    if (value < 0) {
      if (strict) binascii_error("Only base64 data is allowed");
      continue;
    }
    if (strict && padding_started) binascii_error("Discontinuous padding not allowed");
    pads = 0;
    switch (quad) {
      case 0:
        left = static_cast<unsigned>(value);
        break;
      case 1:
        out.push_back(static_cast<char>((left << 2) | (static_cast<unsigned>(value) >> 4)));
        left = static_cast<unsigned>(value) & 0x0f;
        break;
      case 2:
        out.push_back(static_cast<char>((left << 4) | (static_cast<unsigned>(value) >> 2)));
        left = static_cast<unsigned>(value) & 0x03;
        break;
      default:
        out.push_back(static_cast<char>((left << 6) | static_cast<unsigned>(value)));
        left = 0;
        break;
    }
    quad = (quad + 1) % 4;
  }
  if (quad == 1) {
    binascii_error("Invalid base64-encoded string: number of data characters (" +
                   std::to_string(out.size() / 3 * 4 + 1) +
                   ") cannot be 1 more than a multiple of 4");
  }
  if (quad != 0) binascii_error("Incorrect padding");
  return out;
}

// base64's reading of a str argument: ASCII only.
std::string_view ascii_bytes(const Str& s) {
  for (const char c : s.view()) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      raise(ExcKind::ValueError, "string argument should contain only ASCII characters");
    }
  }
  return s.view();
}

Bytes decode_with(std::string_view data, const Optional<Bytes>& altchars, bool validate) {
  const std::string_view alt = alternatives(altchars);
  return Bytes(decoded(alt.empty() ? std::string(data) : translated(data, alt, "+/"), validate));
}

}  // namespace

Bytes b64encode(const Bytes& s, const Optional<Bytes>& altchars) {
  const std::string_view alt = alternatives(altchars);
  const std::string_view in = s.view();
  std::string out;
  out.reserve((in.size() + 2) / 3 * 4);
  for (size_t i = 0; i < in.size(); i += 3) {
    const size_t n = std::min<size_t>(3, in.size() - i);
    unsigned group = 0;
    for (size_t k = 0; k < 3; ++k) {
      group = (group << 8) | (k < n ? static_cast<unsigned char>(in[i + k]) : 0U);
    }
    for (size_t k = 0; k < 4; ++k) {
      out.push_back(k <= n ? kAlphabet[(group >> (18 - 6 * k)) & 0x3f] : '=');
    }
  }
  return Bytes(alt.empty() ? std::move(out) : translated(out, "+/", alt));
}

Bytes b64decode(const Str& s, const Optional<Bytes>& altchars, Bool validate) {
  return decode_with(ascii_bytes(s), altchars, validate);
}
Bytes b64decode(const Bytes& s, const Optional<Bytes>& altchars, Bool validate) {
  return decode_with(s.view(), altchars, validate);
}
Bytes urlsafe_b64encode(const Bytes& s) { return b64encode(s, Bytes("-_")); }
Bytes urlsafe_b64decode(const Str& s) {
  return b64decode(Bytes(translated(ascii_bytes(s), "-_", "+/")), std::nullopt, false);
}
Bytes urlsafe_b64decode(const Bytes& s) {
  return b64decode(Bytes(translated(s.view(), "-_", "+/")), std::nullopt, false);
}

}  // namespace ingot::rt::base64_module
