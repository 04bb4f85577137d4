#include "runtime/core/text_modules.h"

#include <utf8proc.h>

#include <cstdlib>

#include "runtime/core/containers.h"
#include "runtime/core/errors.h"

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
