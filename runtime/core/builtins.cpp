#include "runtime/core/builtins.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>

#include "runtime/core/int128.h"
#include "runtime/core/unicode.h"

namespace ingot::rt {

namespace {

constexpr Float kTwo63 = 9223372036854775808.0;

// Python's _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode whitespace becomes ' ',
// Unicode decimal digits their ASCII digit, other non-ASCII characters '?'.
std::string to_ascii_number_text(const Str& s) {
  std::string out;
  std::string_view b = s.view();
  if (s.is_ascii()) return std::string(b);
  for (char32_t c : s.code_points()) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (unicode::is_space(c)) {
      out += ' ';
    } else if (int d = unicode::decimal_value(c); d >= 0) {
      out += static_cast<char>('0' + d);
    } else {
      out += '?';
    }
  }
  return out;
}

bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
  return s;
}

// repr(s) cut to 200 code points, as CPython's "%.200R".
std::string short_repr(const Str& s) {
  Str r = repr(s);
  return r.len() > 200 ? r.substr(0, 200).to_std() : r.to_std();
}

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// Parses digits with single underscores between them (one may also follow a base
// prefix). False when the text is not such a run.
bool parse_digits(std::string_view s, int base, bool underscore_first_ok, Int& value, bool negative,
                  bool& overflow) {
  if (s.empty()) return false;
  unsigned long long acc = 0;
  const unsigned long long limit = negative ? 9223372036854775808ULL : 9223372036854775807ULL;
  bool previous_underscore = !underscore_first_ok;
  bool any_digit = false;
  for (char c : s) {
    if (c == '_') {
      if (previous_underscore) return false;
      previous_underscore = true;
      continue;
    }
    int d = digit_value(c);
    if (d >= base) return false;
    previous_underscore = false;
    any_digit = true;
    if (!overflow) {
      if (acc >
          (limit - static_cast<unsigned long long>(d)) / static_cast<unsigned long long>(base)) {
        overflow = true;
      } else {
        acc = acc * static_cast<unsigned long long>(base) + static_cast<unsigned long long>(d);
      }
    }
  }
  if (previous_underscore || !any_digit) return false;
  value = negative ? static_cast<Int>(0ULL - acc) : static_cast<Int>(acc);
  return true;
}

bool parse_int_text(std::string_view text, int base, Int& value, bool& overflow) {
  std::string_view s = trim(text);
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  if (s.empty()) return false;
  bool prefixed = false;
  if (s.size() >= 2 && s[0] == '0') {
    char p = static_cast<char>(std::tolower(static_cast<unsigned char>(s[1])));
    int prefix_base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (prefix_base && (base == 0 || base == prefix_base)) {
      base = prefix_base;
      s.remove_prefix(2);
      prefixed = true;
    }
  }
  if (base == 0) {
    // Without a prefix, base 0 is decimal and a leading zero allows only zeros.
    base = 10;
    if (s[0] == '0') {
      for (char c : s) {
        if (c != '0' && c != '_') return false;
      }
    }
  }
  return parse_digits(s, base, prefixed, value, negative, overflow);
}

// Python's float syntax: [sign] (digits [. [digits]] | . digits) [(e|E) [sign] digits],
// underscores only between digits, or inf / infinity / nan.
bool valid_float_text(std::string_view s) {
  size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  std::string lower;
  for (char c : s.substr(i))
    lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "inf" || lower == "infinity" || lower == "nan") return true;
  auto digit_run = [&](size_t& pos) {
    size_t start = pos;
    bool previous_underscore = true;
    while (pos < s.size() && (std::isdigit(static_cast<unsigned char>(s[pos])) || s[pos] == '_')) {
      if (s[pos] == '_' && previous_underscore) return false;
      previous_underscore = s[pos] == '_';
      ++pos;
    }
    if (pos > start && previous_underscore) return false;
    return true;
  };
  size_t int_start = i;
  if (!digit_run(i)) return false;
  bool int_digits = i > int_start;
  bool frac_digits = false;
  if (i < s.size() && s[i] == '.') {
    ++i;
    size_t frac_start = i;
    if (i < s.size() && s[i] == '_') return false;
    if (!digit_run(i)) return false;
    frac_digits = i > frac_start;
  }
  if (!int_digits && !frac_digits) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    size_t exp_start = i;
    if (i < s.size() && s[i] == '_') return false;
    if (!digit_run(i) || i == exp_start) return false;
  }
  return i == s.size();
}

Int float_to_int(Float x) {
  if (std::isnan(x)) raise(ExcKind::ValueError, "cannot convert float NaN to integer");
  if (std::isinf(x)) raise(ExcKind::OverflowError, "cannot convert float infinity to integer");
  if (x >= kTwo63 || x < -kTwo63) raise_int_overflow();
  return static_cast<Int>(x);
}

std::string with_prefix(Int x, const char* prefix, int base) {
  unsigned long long m =
      x < 0 ? 0ULL - static_cast<unsigned long long>(x) : static_cast<unsigned long long>(x);
  std::string digits;
  do {
    digits += "0123456789abcdef"[m % static_cast<unsigned>(base)];
    m /= static_cast<unsigned>(base);
  } while (m);
  return std::string(x < 0 ? "-" : "") + prefix + std::string(digits.rbegin(), digits.rend());
}

}  // namespace

Int to_int(Float x) { return float_to_int(std::trunc(x)); }

Int to_int(const Str& x, Int base) {
  if (base != 0 && (base < 2 || base > 36)) {
    raise(ExcKind::ValueError, "int() base must be >= 2 and <= 36, or 0");
  }
  Int value = 0;
  bool overflow = false;
  if (!parse_int_text(to_ascii_number_text(x), static_cast<int>(base), value, overflow)) {
    raise(ExcKind::ValueError,
          "invalid literal for int() with base " + std::to_string(base) + ": " + short_repr(x));
  }
  if (overflow) raise_int_overflow();
  return value;
}

Float to_float(const Str& x) {
  std::string text(trim(to_ascii_number_text(x)));
  if (!valid_float_text(text)) {
    raise(ExcKind::ValueError, "could not convert string to float: " + repr(x).to_std());
  }
  std::string clean;
  for (char c : text) {
    if (c != '_') clean += c;
  }
  return std::strtod(clean.c_str(), nullptr);
}

Int round(Float x) {
  Float rounded = std::round(x);
  if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);
  return float_to_int(rounded);
}

// CPython's double_round: correctly rounded (half to even on the exact binary value) to
// ndigits decimals. The exact decimal expansion of the double is rounded as text.
Float round(Float x, Int ndigits) {
  constexpr Int kNdigitsMax = 323, kNdigitsMin = -308;
  if (ndigits > kNdigitsMax) return x;
  if (ndigits < kNdigitsMin) return 0.0 * x;
  if (x == 0.0 || !std::isfinite(x)) return x;
  char buf[1500];
  int n = std::snprintf(buf, sizeof buf, "%.1100f", std::fabs(x));
  std::string_view text(buf, static_cast<size_t>(n));
  size_t point = text.find('.');
  std::string digits = std::string(text.substr(0, point)) + std::string(text.substr(point + 1));
  Int keep = static_cast<Int>(point) + ndigits;  // digits kept from the left
  if (keep >= static_cast<Int>(digits.size())) return x;
  std::string kept = keep > 0 ? digits.substr(0, static_cast<size_t>(keep)) : "";
  if (keep >= 0) {
    std::string_view rest = std::string_view(digits).substr(static_cast<size_t>(keep));
    bool up;
    if (rest[0] != '5') {
      up = rest[0] > '5';
    } else {
      bool beyond_half = rest.find_first_not_of('0', 1) != std::string_view::npos;
      bool last_odd = !kept.empty() && (kept.back() - '0') % 2 == 1;
      up = beyond_half || last_odd;
    }
    if (up) {
      int i = static_cast<int>(kept.size()) - 1;
      while (i >= 0 && kept[static_cast<size_t>(i)] == '9') kept[static_cast<size_t>(i--)] = '0';
      if (i >= 0) {
        ++kept[static_cast<size_t>(i)];
      } else {
        kept.insert(kept.begin(), '1');
      }
    }
  }
  std::string literal = (std::signbit(x) ? "-0" : "0") + kept + "e" + std::to_string(-ndigits);
  errno = 0;
  Float rounded = std::strtod(literal.c_str(), nullptr);
  if (std::isinf(rounded)) raise(ExcKind::OverflowError, "rounded value too large to represent");
  return rounded;
}

Int round(Int x, Int ndigits) {
  if (ndigits >= 0) return x;
  if (ndigits < -19) return 0;
  Int128 pow10 = 1;
  for (Int i = 0; i < -ndigits; ++i) pow10 *= 10;
  Int128 v = x;
  Int128 q = v / pow10, r = v % pow10;
  if (r < 0) {
    r += pow10;
    --q;
  }
  if (2 * r > pow10 || (2 * r == pow10 && (q & 1))) ++q;
  Int128 result = q * pow10;
  if (result > std::numeric_limits<Int>::max() || result < std::numeric_limits<Int>::min()) {
    raise_int_overflow();
  }
  return static_cast<Int>(result);
}

Tuple<Int, Int> int_divmod(Int a, Int b) {
  if (b == 0) raise(ExcKind::ZeroDivisionError, "integer division or modulo by zero");
  return {int_floordiv(a, b), int_mod(a, b)};
}

Tuple<Float, Float> float_divmod(Float a, Float b) {
  if (b == 0.0) raise(ExcKind::ZeroDivisionError, "float divmod()");
  return {float_floordiv(a, b), float_mod(a, b)};
}

Int ord(const Str& c) {
  if (c.len() != 1) {
    raise(ExcKind::TypeError,
          "ord() expected a character, but string of length " + std::to_string(c.len()) + " found");
  }
  return static_cast<Int>(c.code_point(0));
}

Str chr(Int code) {
  if (code < 0 || code > 0x10FFFF) raise(ExcKind::ValueError, "chr() arg not in range(0x110000)");
  if (code >= 0xD800 && code <= 0xDFFF) {
    // CPython makes a lone surrogate; ingot strings are always valid UTF-8.
    raise(ExcKind::ValueError, "chr() arg is a surrogate, which ingot strings cannot hold");
  }
  return Str::from_code_point(static_cast<char32_t>(code));
}

Str hex(Int x) { return Str(with_prefix(x, "0x", 16)); }
Str oct(Int x) { return Str(with_prefix(x, "0o", 8)); }
Str bin(Int x) { return Str(with_prefix(x, "0b", 2)); }

void write_stdout(std::string_view text) { std::fwrite(text.data(), 1, text.size(), stdout); }

}  // namespace ingot::rt
