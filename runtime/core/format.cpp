#include "runtime/core/format.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>

#include "runtime/core/errors.h"
#include "runtime/core/protocol.h"

namespace ingot::rt {

// ---- float_repr -------------------------------------------------------------------------------

namespace {

// The shortest round-trip digits of |x| (finite, non-zero or zero) and the position of the
// decimal point relative to them: x = 0.DIGITS * 10**decpt.
struct ShortestDigits {
  std::string digits;
  int decpt = 0;
};

ShortestDigits shortest_digits(Float x) {
  char buf[64];
  auto [end, ec] =
      std::to_chars(buf, buf + sizeof buf, std::fabs(x), std::chars_format::scientific);
  std::string_view text(buf, static_cast<size_t>(end - buf));
  size_t e = text.find('e');
  ShortestDigits out;
  for (char c : text.substr(0, e)) {
    if (c != '.') out.digits += c;
  }
  int exponent = 0;
  std::from_chars(text.data() + e + (text[e + 1] == '+' ? 2 : 1), text.data() + text.size(),
                  exponent);
  out.decpt = exponent + 1;
  return out;
}

std::string exponent_suffix(int exponent) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
  return buf;
}

// Python's repr layout for digits with decimal point position decpt (no sign).
std::string repr_layout(const ShortestDigits& d, bool alternate) {
  const std::string& digits = d.digits;
  int n = static_cast<int>(digits.size());
  if (d.decpt <= -4 || d.decpt > 16) {
    std::string out(1, digits[0]);
    if (n > 1 || alternate) out += '.';
    out += digits.substr(1);
    return out + exponent_suffix(d.decpt - 1);
  }
  if (d.decpt <= 0) return "0." + std::string(static_cast<size_t>(-d.decpt), '0') + digits;
  if (d.decpt >= n) return digits + std::string(static_cast<size_t>(d.decpt - n), '0') + ".0";
  return digits.substr(0, static_cast<size_t>(d.decpt)) + "." +
         digits.substr(static_cast<size_t>(d.decpt));
}

}  // namespace

std::string float_repr(Float x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
  std::string body = repr_layout(shortest_digits(x), false);
  return std::signbit(x) ? "-" + body : body;
}

// ---- the format-spec mini-language
// ---------------------------------------------------------------

namespace {

struct Spec {
  char32_t fill = ' ';
  bool fill_specified = false;
  char32_t align = 0;  // 0: the type's default
  char sign = 0;       // '+', '-', ' ' or 0
  bool no_neg_0 = false;
  bool alternate = false;
  Int width = -1;
  char grouping = 0;  // ',', '_' or 0
  int group_size = 3;
  Int precision = -1;
  char32_t type = 0;
};

[[noreturn]] void value_error(std::string message) {
  raise(ExcKind::ValueError, std::move(message));
}

std::string type_char_text(char32_t type) {
  std::string out;
  append_utf8(out, type);
  return out;
}

bool is_align(char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// Reads digits at pos; -1 when there are none. Raises like CPython on overflow.
Int read_integer(const std::u32string& s, size_t& pos) {
  Int value = -1;
  while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
    Int digit = s[pos] - '0';
    if (value < 0) value = 0;
    if (value > (std::numeric_limits<Int>::max() - digit) / 10) {
      value_error("Too many decimal digits in format string");
    }
    value = value * 10 + digit;
    ++pos;
  }
  return value;
}

// CPython's parse_internal_render_format_spec.
Spec parse_spec(const Str& spec_text, char32_t default_type, char32_t default_align,
                const char* type_name) {
  std::u32string s = spec_text.code_points();
  Spec spec;
  spec.type = default_type;
  size_t pos = 0;
  bool align_specified = false;
  if (s.size() >= 2 && is_align(s[1])) {
    spec.fill = s[0];
    spec.align = s[1];
    spec.fill_specified = align_specified = true;
    pos = 2;
  } else if (!s.empty() && is_align(s[0])) {
    spec.align = s[0];
    align_specified = true;
    pos = 1;
  }
  if (pos < s.size() && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) {
    spec.sign = static_cast<char>(s[pos++]);
  }
  if (pos < s.size() && s[pos] == 'z') {
    spec.no_neg_0 = true;
    ++pos;
  }
  if (pos < s.size() && s[pos] == '#') {
    spec.alternate = true;
    ++pos;
  }
  if (!spec.fill_specified && pos < s.size() && s[pos] == '0') {
    spec.fill = '0';
    if (!align_specified && default_align == '>') spec.align = '=';
    ++pos;
  }
  spec.width = read_integer(s, pos);
  // CPython would try to allocate the padding and fail; so do we, without trying.
  if (spec.width > (Int{1} << 32)) raise(ExcKind::MemoryError, "");
  if (pos < s.size() && s[pos] == ',') {
    spec.grouping = ',';
    ++pos;
  }
  if (pos < s.size() && s[pos] == '_') {
    if (spec.grouping) value_error("Cannot specify both ',' and '_'.");
    spec.grouping = '_';
    ++pos;
  }
  if (pos < s.size() && s[pos] == ',' && spec.grouping == '_') {
    value_error("Cannot specify both ',' and '_'.");
  }
  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    spec.precision = read_integer(s, pos);
    if (spec.precision < 0) value_error("Format specifier missing precision");
  }
  if (s.size() - pos > 1) {
    value_error("Invalid format specifier '" + spec_text.to_std() + "' for object of type '" +
                type_name + "'");
  }
  if (pos < s.size()) spec.type = s[pos];
  if (spec.grouping) {
    switch (spec.type) {
      case 'd':
      case 'e':
      case 'f':
      case 'g':
      case 'E':
      case 'G':
      case '%':
      case 'F':
      case 0:
        break;
      case 'b':
      case 'o':
      case 'x':
      case 'X':
        if (spec.grouping == '_') {
          spec.group_size = 4;
          break;
        }
        [[fallthrough]];
      default:
        if (spec.type > 32 && spec.type < 128) {
          value_error(std::string("Cannot specify '") + spec.grouping + "' with '" +
                      type_char_text(spec.type) + "'.");
        }
        char buf[64];
        std::snprintf(buf, sizeof buf, "Cannot specify '%c' with '\\x%x'.", spec.grouping,
                      static_cast<unsigned>(spec.type));
        value_error(buf);
    }
  }
  if (!spec.align) spec.align = default_align;
  return spec;
}

[[noreturn]] void unknown_type(char32_t type, const char* type_name) {
  if (type > 32 && type < 128) {
    value_error("Unknown format code '" + type_char_text(type) + "' for object of type '" +
                type_name + "'");
  }
  char code[32];
  std::snprintf(code, sizeof code, "\\x%x", static_cast<unsigned>(type));
  value_error(std::string("Unknown format code '") + code + "' for object of type '" + type_name +
              "'");
}

void append_fill(std::string& out, char32_t fill, Int count) {
  std::string f;
  append_utf8(f, fill);
  for (Int i = 0; i < count; ++i) out += f;
}

// CPython's thousands grouping of an ASCII digit run, padded with zeros (and separators)
// up to min_width characters when zero-padding.
std::string group_digits(std::string_view digits, char sep, int group, Int min_width) {
  if (!sep) {
    std::string out;
    if (min_width > static_cast<Int>(digits.size())) {
      out.append(static_cast<size_t>(min_width - static_cast<Int>(digits.size())), '0');
    }
    out += digits;
    return out;
  }
  std::string reversed;  // built from the right
  Int remaining = static_cast<Int>(digits.size());
  bool use_separator = false;
  bool broke = false;
  auto emit = [&](Int l) {
    Int zeros = std::max<Int>(0, l - remaining);
    Int chars = std::max<Int>(0, std::min(remaining, l));
    if (use_separator) reversed += sep;
    for (Int i = 0; i < chars; ++i) reversed += digits[static_cast<size_t>(remaining - 1 - i)];
    reversed.append(static_cast<size_t>(zeros), '0');
    return chars;
  };
  for (;;) {
    Int l = std::min<Int>(group, std::max<Int>(std::max(remaining, min_width), 1));
    remaining -= emit(l);
    use_separator = true;
    min_width -= group;
    if (remaining <= 0 && min_width <= 0) {
      broke = true;
      break;
    }
    min_width -= 1;
    if (group <= 0) break;
  }
  if (!broke) emit(std::max<Int>(std::max(remaining, min_width), 1));
  return std::string(reversed.rbegin(), reversed.rend());
}

// Lays out a number as CPython's calc_number_widths/fill_number do: sign, prefix, the
// leading digit run (grouped, zero-padded for '='), then the rest (decimal point,
// fraction, exponent, '%'), padded to the width by the alignment.
Str layout_number(const Spec& spec, bool negative, std::string_view prefix, std::string_view number,
                  size_t n_digits = std::string_view::npos) {
  std::string sign;
  if (negative) {
    sign = "-";
  } else if (spec.sign == '+') {
    sign = "+";
  } else if (spec.sign == ' ') {
    sign = " ";
  }
  if (n_digits == std::string_view::npos) {  // a float: the leading decimal digits
    n_digits = 0;
    while (n_digits < number.size() && number[n_digits] >= '0' && number[n_digits] <= '9') {
      ++n_digits;
    }
  }
  std::string_view digits = number.substr(0, n_digits);
  std::string_view rest = number.substr(n_digits);
  Int non_digit = static_cast<Int>(sign.size() + prefix.size() + rest.size());
  Int min_width = 0;
  if (spec.fill == '0' && spec.align == '=' && spec.width > 0) min_width = spec.width - non_digit;
  std::string grouped =
      n_digits ? group_digits(digits, spec.grouping, spec.group_size, min_width) : std::string();
  Int used = non_digit + static_cast<Int>(grouped.size());
  Int padding = std::max<Int>(0, spec.width - used);
  Int left = 0, inner = 0, right = 0;
  switch (spec.align) {
    case '<':
      right = padding;
      break;
    case '^':
      left = padding / 2;
      right = padding - left;
      break;
    case '=':
      inner = padding;
      break;
    default:
      left = padding;
      break;
  }
  std::string out;
  append_fill(out, spec.fill, left);
  out += sign;
  out += prefix;
  append_fill(out, spec.fill, inner);
  out += grouped;
  out += rest;
  append_fill(out, spec.fill, right);
  return Str(std::move(out));
}

std::string to_base(unsigned long long magnitude, int base, bool upper) {
  if (magnitude == 0) return "0";
  const char* digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  std::string out;
  while (magnitude) {
    out += digits[magnitude % base];
    magnitude /= base;
  }
  return std::string(out.rbegin(), out.rend());
}

bool mantissa_is_zero(std::string_view body) {
  for (char c : body) {
    if (c == 'e' || c == 'E' || c == '%') break;
    if (c >= '1' && c <= '9') return false;
  }
  return true;
}

// The digits of |x| for types e, f, g (and r, repr) with CPython's PyOS_double_to_string
// rules; add_dot_0 is the mode of format() without a type.
std::string float_body(Float x, char type, Int precision, bool alternate, bool add_dot_0) {
  bool upper = type == 'E' || type == 'F' || type == 'G';
  if (std::isnan(x)) return upper ? "NAN" : "nan";
  if (std::isinf(x)) return upper ? "INF" : "inf";
  double ax = std::fabs(x);
  if (type == 'r') return repr_layout(shortest_digits(ax), alternate);
  if (precision > std::numeric_limits<int>::max()) value_error("precision too big");
  int p = static_cast<int>(precision);
  std::string buf(static_cast<size_t>(p) + 400, '\0');
  auto print = [&](const char* fmt, int prec) {
    int n = std::snprintf(buf.data(), buf.size(), fmt, prec, ax);
    return std::string(buf.data(), static_cast<size_t>(n));
  };
  switch (type) {
    case 'e':
    case 'E': {
      std::string s = print(alternate ? "%#.*e" : "%.*e", p);
      if (upper)
        for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      return s;
    }
    case 'f':
    case 'F':
      return print(alternate ? "%#.*f" : "%.*f", p);
    default: {  // 'g', 'G'
      if (p == 0) p = 1;
      // Where the decimal point lands after rounding to p significant digits.
      std::string e = print("%.*e", p - 1);
      int exponent = std::atoi(e.c_str() + e.find('e') + 1);
      int decpt = exponent + 1;
      bool use_exp = decpt <= -4 || decpt > (add_dot_0 ? p - 1 : p);
      std::string s = use_exp ? e : print("%.*f", std::max(0, p - decpt));
      if (!alternate) {
        size_t e_at = use_exp ? s.find('e') : s.size();
        std::string mant = s.substr(0, e_at);
        if (mant.find('.') != std::string::npos) {
          while (mant.back() == '0') mant.pop_back();
          if (mant.back() == '.') mant.pop_back();
        }
        s = mant + s.substr(e_at);
      } else if (s.find('.') == std::string::npos) {
        size_t e_at = use_exp ? s.find('e') : s.size();
        // One char, not the string ".": GCC 12 at -O3 warns (-Wrestrict) on inserting a
        // literal into a string, a false alarm.
        s.insert(e_at, 1, '.');
      }
      if (add_dot_0 && !use_exp && s.find('.') == std::string::npos) s += ".0";
      if (upper)
        for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      return s;
    }
  }
}

Str format_float_spec(Float x, const Spec& spec) {
  char type = static_cast<char>(spec.type);
  Int precision = spec.precision;
  bool add_dot_0 = false;
  if (type == 0) {
    add_dot_0 = true;
    type = precision < 0 ? 'r' : 'g';
  }
  if (type == 'n') type = 'g';
  bool percent = type == '%';
  if (percent) {
    type = 'f';
    x *= 100;
  }
  if (precision < 0) precision = 6;
  std::string body = float_body(x, type, precision, spec.alternate, add_dot_0);
  bool negative = std::signbit(x) && !std::isnan(x);
  if (negative && spec.no_neg_0 && !std::isinf(x) && mantissa_is_zero(body)) negative = false;
  if (percent) body += '%';
  return layout_number(spec, negative, "", body);
}

Str format_int_spec(Int x, const Spec& spec, const char* type_name) {
  char32_t type = spec.type;
  switch (type) {
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
      return format_float_spec(static_cast<Float>(x), spec);
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n':
      break;
    default:
      unknown_type(type, type_name);
  }
  if (spec.precision >= 0) value_error("Precision not allowed in integer format specifier");
  if (spec.no_neg_0) {
    value_error("Negative zero coercion (z) not allowed in integer format specifier");
  }
  if (type == 'c') {
    if (spec.sign) value_error("Sign not allowed with integer format specifier 'c'");
    if (spec.alternate)
      value_error("Alternate form (#) not allowed with integer format specifier 'c'");
    if (x < 0 || x > 0x10FFFF) raise(ExcKind::OverflowError, "%c arg not in range(0x110000)");
    std::string ch;
    append_utf8(ch, static_cast<char32_t>(x));
    // A character is laid out like a string: no sign, no grouping, padded by code points.
    Spec plain = spec;
    Int padding = std::max<Int>(0, spec.width - 1);
    Int left = 0, right = 0;
    switch (plain.align) {
      case '<':
        right = padding;
        break;
      case '^':
        left = padding / 2;
        right = padding - left;
        break;
      default:
        left = padding;
        break;
    }
    std::string out;
    append_fill(out, spec.fill, left);
    out += ch;
    append_fill(out, spec.fill, right);
    return Str(std::move(out));
  }
  int base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
  unsigned long long magnitude =
      x < 0 ? 0ULL - static_cast<unsigned long long>(x) : static_cast<unsigned long long>(x);
  std::string prefix;
  if (spec.alternate) {
    if (base == 2) prefix = "0b";
    if (base == 8) prefix = "0o";
    if (base == 16) prefix = type == 'X' ? "0X" : "0x";
  }
  std::string digits = to_base(magnitude, base, type == 'X');
  return layout_number(spec, x < 0, prefix, digits, digits.size());
}

}  // namespace

Str format(Int x, const Str& spec) {
  if (spec.empty()) return to_str(x);
  return format_int_spec(x, parse_spec(spec, 'd', '>', "int"), "int");
}

Str format(Bool x, const Str& spec) {
  if (spec.empty()) return to_str(x);
  return format_int_spec(x ? 1 : 0, parse_spec(spec, 'd', '>', "bool"), "bool");
}

Str format(Float x, const Str& spec) {
  if (spec.empty()) return to_str(x);
  Spec s = parse_spec(spec, 0, '>', "float");
  switch (s.type) {
    case 0:
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%':
      return format_float_spec(x, s);
    default:
      unknown_type(s.type, "float");
  }
}

Str format(const Str& x, const Str& spec) {
  if (spec.empty()) return x;
  Spec s = parse_spec(spec, 's', '<', "str");
  if (s.type != 's') unknown_type(s.type, "str");
  if (s.sign == ' ') value_error("Space not allowed in string format specifier");
  if (s.sign) value_error("Sign not allowed in string format specifier");
  if (s.no_neg_0) value_error("Negative zero coercion (z) not allowed in string format specifier");
  if (s.alternate) value_error("Alternate form (#) not allowed in string format specifier");
  if (s.align == '=') value_error("'=' alignment not allowed in string format specifier");
  Str text = x;
  if (s.precision >= 0 && s.precision < text.len()) text = text.substr(0, s.precision);
  Int padding = std::max<Int>(0, s.width - text.len());
  Int left = 0;
  if (s.align == '>') left = padding;
  if (s.align == '^') left = padding / 2;
  std::string out;
  append_fill(out, s.fill, left);
  out += text.view();
  append_fill(out, s.fill, padding - left);
  return Str(std::move(out));
}

}  // namespace ingot::rt
