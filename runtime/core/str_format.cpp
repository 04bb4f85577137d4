#include "runtime/core/str_format.h"

#include <cmath>
#include <cstdio>
#include <string_view>

#include "runtime/core/builtins.h"
#include "runtime/core/errors.h"
#include "runtime/core/utf8.h"

namespace ingot::rt {

// ---- str.format ---------------------------------------------------------------------------------

namespace {

// One replacement field, `{name!conversion:spec}`, as CPython's parse_field reads it.
struct Field {
  std::string_view name;
  char32_t conversion = 0;
  std::string_view spec;
  bool spec_has_fields = false;  // the spec holds nested `{...}` to expand first
};

class Formatter {
 public:
  Formatter(const std::vector<FormatArg>& args, const std::vector<NamedFormatArg>& kwargs)
      : args_(args), kwargs_(kwargs) {}

  // Expands `text`; `depth` counts down the nesting CPython allows (fields in a spec, once).
  std::string build(std::string_view text, int depth) {
    if (depth <= 0) raise(ExcKind::ValueError, "Max string recursion exceeded");
    std::string out;
    size_t pos = 0;
    while (pos < text.size()) {
      size_t brace = text.find_first_of("{}", pos);
      if (brace == std::string_view::npos) {
        out += text.substr(pos);
        break;
      }
      out += text.substr(pos, brace - pos);
      char c = text[brace];
      bool at_end = brace + 1 == text.size();
      if (c == '}' && (at_end || text[brace + 1] != '}')) {
        raise(ExcKind::ValueError, "Single '}' encountered in format string");
      }
      if (c == '{' && at_end) raise(ExcKind::ValueError, "Single '{' encountered in format string");
      if (text[brace + 1] == c) {  // `{{` or `}}`
        out += c;
        pos = brace + 2;
        continue;
      }
      pos = brace + 1;
      Field field = parse_field(text, pos);
      out += render(field, depth);
    }
    return out;
  }

 private:
  static Field parse_field(std::string_view text, size_t& pos) {
    Field f;
    size_t begin = pos;
    char c = 0;
    while (pos < text.size()) {
      c = text[pos++];
      if (c == '{') raise(ExcKind::ValueError, "unexpected '{' in field name");
      if (c == '[') {
        while (pos < text.size() && text[pos] != ']') ++pos;
        continue;
      }
      if (c == '}' || c == ':' || c == '!') break;
    }
    if (c != '}' && c != ':' && c != '!') {
      raise(ExcKind::ValueError, "expected '}' before end of string");
    }
    f.name = text.substr(begin, pos - 1 - begin);
    if (c == '}') return f;
    if (c == '!') {
      if (pos >= text.size()) {
        raise(ExcKind::ValueError, "end of string while looking for conversion specifier");
      }
      // The conversion is one character, which may take several UTF-8 bytes.
      size_t length = 0;
      f.conversion = decode_at(text, pos, &length);
      pos += length;
      if (pos < text.size()) {
        char next = text[pos++];
        if (next == '}') return f;
        if (next != ':') raise(ExcKind::ValueError, "expected ':' after conversion specifier");
      }
    }
    size_t spec_begin = pos;
    int count = 1;
    while (pos < text.size()) {
      char s = text[pos++];
      if (s == '{') {
        f.spec_has_fields = true;
        ++count;
      } else if (s == '}' && --count == 0) {
        f.spec = text.substr(spec_begin, pos - 1 - spec_begin);
        return f;
      }
    }
    raise(ExcKind::ValueError, "unmatched '{' in format spec");
  }

  std::string render(const Field& field, int depth) {
    FormatArg value = lookup(field.name);
    std::optional<Str> converted;
    if (field.conversion == 'r') {
      converted = value.repr();
    } else if (field.conversion == 's') {
      converted = value.str();
    } else if (field.conversion == 'a') {
      converted = ascii_escape(value.repr());
    } else if (field.conversion != 0) {
      char buf[64];
      if (field.conversion > 32 && field.conversion < 127) {
        std::snprintf(buf, sizeof buf, "Unknown conversion specifier %c",
                      static_cast<char>(field.conversion));
      } else {
        std::snprintf(buf, sizeof buf, "Unknown conversion specifier \\x%x",
                      static_cast<unsigned>(field.conversion));
      }
      raise(ExcKind::ValueError, buf);
    }
    Str spec(field.spec_has_fields ? build(field.spec, depth - 1) : std::string(field.spec));
    Str out = converted ? format(*converted, spec) : value.format(spec);
    return out.to_std();
  }

  // The value a field names: its first part picks an argument, then each `[key]` indexes
  // into it. (Attribute lookups, `{0.real}`, are not supported.)
  FormatArg lookup(std::string_view field) {
    size_t end = field.find_first_of(".[");
    FormatArg value = argument(field.substr(0, end));
    size_t pos = end;
    while (pos < field.size()) {
      if (field[pos] == '.') {
        raise(ExcKind::ValueError,
              "ingot does not compile attribute lookups in str.format fields ('" +
                  std::string(field) + "'); format the attribute itself");
      }
      if (field[pos] != '[') {
        raise(ExcKind::ValueError, "Only '.' or '[' may follow ']' in format field specifier");
      }
      size_t close = field.find(']', pos);
      if (close == std::string_view::npos)
        raise(ExcKind::ValueError, "Missing ']' in format string");
      if (close == pos + 1) raise(ExcKind::ValueError, "Empty attribute in format string");
      value = value.subscript(Str(field.substr(pos + 1, close - pos - 1)));
      pos = close + 1;
    }
    return value;
  }

  // The argument a field's first part names: "" the next one, digits an index, else a
  // keyword.
  const FormatArg& argument(std::string_view name) {
    bool digits = !name.empty() && name.find_first_not_of("0123456789") == std::string::npos;
    if (!name.empty() && !digits) {
      for (const NamedFormatArg& kw : kwargs_) {
        if (kw.name.view() == name) return kw.value;
      }
      raise(ExcKind::KeyError, repr(Str(name)).to_std());
    }
    size_t index = 0;
    if (name.empty()) {
      if (numbering_ == Numbering::Manual) {
        raise(ExcKind::ValueError,
              "cannot switch from manual field specification to automatic field numbering");
      }
      numbering_ = Numbering::Auto;
      index = next_++;
    } else {
      if (numbering_ == Numbering::Auto) {
        raise(ExcKind::ValueError,
              "cannot switch from automatic field numbering to manual field specification");
      }
      numbering_ = Numbering::Manual;
      if (name.size() > 18) raise(ExcKind::ValueError, "Too many decimal digits in format string");
      index = std::stoull(std::string(name));
    }
    if (index >= args_.size()) {
      raise(ExcKind::IndexError, "Replacement index " + std::to_string(index) +
                                     " out of range for positional args tuple");
    }
    return args_[index];
  }

  enum class Numbering { None, Auto, Manual };

  const std::vector<FormatArg>& args_;
  const std::vector<NamedFormatArg>& kwargs_;
  Numbering numbering_ = Numbering::None;
  size_t next_ = 0;
};

}  // namespace

Str str_format_erased(const Str& format, const std::vector<FormatArg>& args,
                      const std::vector<NamedFormatArg>& kwargs) {
  return Str(Formatter(args, kwargs).build(format.view(), 2));
}

namespace format_detail {

std::optional<Int> numeric_key(const Str& key) {
  std::string_view k = key.view();
  if (k.empty() || k.size() > 18 || k.find_first_not_of("0123456789") != std::string_view::npos) {
    return std::nullopt;
  }
  return std::stoll(std::string(k));
}

void bad_index_type(const char* container) {
  raise(ExcKind::TypeError,
        std::string(container) + " indices must be integers or slices, not str");
}

void not_subscriptable(const char* type) {
  raise(ExcKind::TypeError, std::string("'") + type + "' object is not subscriptable");
}

Str str_item(const Str& text, std::optional<Int> index) {
  if (!index) raise(ExcKind::TypeError, "string indices must be integers, not 'str'");
  if (*index >= text.len()) raise(ExcKind::IndexError, "string index out of range");
  return text.substr(*index, *index + 1);
}

}  // namespace format_detail

// ---- printf-style -------------------------------------------------------------------------------

namespace {

struct Spec {
  bool left = false, plus = false, space = false, alternate = false, zero = false;
  Int width = -1, precision = -1;
};

std::string digits_of(unsigned long long m, int base, bool upper) {
  const char* digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  std::string out;
  do {
    out.insert(out.begin(), digits[m % static_cast<unsigned>(base)]);
    m /= static_cast<unsigned>(base);
  } while (m != 0);
  return out;
}

// Pads `sign + prefix + body` to the width: spaces on the left, on the right with '-', or
// zeros between the prefix and the body with '0'.
std::string pad_number(const std::string& sign, const std::string& prefix, const std::string& body,
                       const Spec& spec) {
  Int length = static_cast<Int>(sign.size() + prefix.size() + body.size());
  if (spec.width <= length) return sign + prefix + body;
  size_t fill = static_cast<size_t>(spec.width - length);
  if (spec.left) return sign + prefix + body + std::string(fill, ' ');
  if (spec.zero) return sign + prefix + std::string(fill, '0') + body;
  return std::string(fill, ' ') + sign + prefix + body;
}

std::string pad_text(const Str& text, const Spec& spec) {
  Int length = text.len();
  if (spec.width <= length) return text.to_std();
  std::string fill(static_cast<size_t>(spec.width - length), ' ');
  return spec.left ? text.to_std() + fill : fill + text.to_std();
}

std::string sign_of(bool negative, const Spec& spec) {
  if (negative) return "-";
  if (spec.plus) return "+";
  if (spec.space) return " ";
  return "";
}

std::string format_int(Int x, char type, const Spec& spec) {
  unsigned long long m =
      x < 0 ? 0ULL - static_cast<unsigned long long>(x) : static_cast<unsigned long long>(x);
  int base = type == 'x' || type == 'X' ? 16 : type == 'o' ? 8 : 10;
  std::string body = digits_of(m, base, type == 'X');
  if (spec.precision > static_cast<Int>(body.size())) {
    body.insert(0, static_cast<size_t>(spec.precision) - body.size(), '0');
  }
  std::string prefix;
  if (spec.alternate && base != 10) prefix = type == 'x' ? "0x" : type == 'X' ? "0X" : "0o";
  return pad_number(sign_of(x < 0, spec), prefix, body, spec);
}

std::string format_float(Float x, char type, const Spec& spec) {
  std::string fmt = spec.alternate ? "#" : "";
  fmt += "." + std::to_string(spec.precision < 0 ? 6 : spec.precision) + type;
  std::string body = format(std::fabs(x), Str(fmt)).to_std();
  return pad_number(sign_of(std::signbit(x) && !std::isnan(x), spec), "", body, spec);
}

class Printf {
 public:
  Printf(const std::vector<FormatArg>& values, const std::optional<FormatArg>& single)
      : values_(values), single_(single) {}

  std::string run(std::string_view text) {
    std::string out;
    size_t pos = 0;
    while (pos < text.size()) {
      size_t percent = text.find('%', pos);
      if (percent == std::string_view::npos) {
        out += text.substr(pos);
        break;
      }
      out += text.substr(pos, percent - pos);
      pos = percent + 1;
      out += conversion(text, pos);
    }
    bool mapping = single_ && (single_->mapping() || single_->subscriptable());
    if (next_ < values_.size() && !mapping && !used_mapping_) {
      raise(ExcKind::TypeError, "not all arguments converted during string formatting");
    }
    return out;
  }

 private:
  [[noreturn]] static void incomplete() { raise(ExcKind::ValueError, "incomplete format"); }

  const FormatArg& next_value() {
    if (next_ >= values_.size()) {
      raise(ExcKind::TypeError, "not enough arguments for format string");
    }
    return values_[next_++];
  }

  // Reports the character at byte `begin` (which may take several UTF-8 bytes).
  [[noreturn]] static void unsupported(std::string_view text, size_t begin, size_t index) {
    size_t length = 0;
    char32_t cp = decode_at(text, begin, &length);
    Str ch(text.substr(begin, length));
    char buf[96];
    std::snprintf(buf, sizeof buf, "unsupported format character '%s' (0x%x) at index %zu",
                  cp >= 32 && cp != 127 ? ch.to_std().c_str() : "?", static_cast<unsigned>(cp),
                  index);
    raise(ExcKind::ValueError, buf);
  }

  // A width or precision given as `*`: the next value, which must be an int.
  Int star() {
    Scalar s = next_value().scalar();
    if (s.kind != Scalar::Kind::Int) raise(ExcKind::TypeError, "* wants int");
    return s.i;
  }

  static Int number(std::string_view text, size_t& pos) {
    Int n = 0;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
      if (n > (std::numeric_limits<Int>::max() - 9) / 10) {
        raise(ExcKind::ValueError, "width too big");
      }
      n = n * 10 + (text[pos++] - '0');
    }
    return n;
  }

  // One conversion, after its '%'.
  std::string conversion(std::string_view text, size_t& pos) {
    if (pos >= text.size()) incomplete();
    std::optional<FormatArg> keyed;
    if (text[pos] == '(') {
      if (!single_ || !single_->mapping()) raise(ExcKind::TypeError, "format requires a mapping");
      size_t begin = ++pos;
      int depth = 1;
      while (pos < text.size() && depth > 0) {
        if (text[pos] == '(') ++depth;
        if (text[pos] == ')') --depth;
        ++pos;
      }
      if (depth > 0) raise(ExcKind::ValueError, "incomplete format key");
      Str key(text.substr(begin, pos - 1 - begin));
      keyed = single_->item(key);
      if (!keyed) raise(ExcKind::KeyError, repr(key).to_std());
      used_mapping_ = true;
    }
    Spec spec;
    for (; pos < text.size(); ++pos) {
      char c = text[pos];
      if (c == '-') {
        spec.left = true;
      } else if (c == '+') {
        spec.plus = true;
      } else if (c == ' ') {
        spec.space = true;
      } else if (c == '#') {
        spec.alternate = true;
      } else if (c == '0') {
        spec.zero = true;
      } else {
        break;
      }
    }
    if (pos < text.size() && text[pos] == '*') {
      spec.width = star();
      if (spec.width < 0) {
        spec.left = true;
        spec.width = -spec.width;
      }
      ++pos;
    } else {
      spec.width = number(text, pos);
    }
    if (pos < text.size() && text[pos] == '.') {
      ++pos;
      if (pos < text.size() && text[pos] == '*') {
        spec.precision = std::max<Int>(star(), 0);
        ++pos;
      } else {
        spec.precision = number(text, pos);
      }
    }
    while (pos < text.size() && (text[pos] == 'h' || text[pos] == 'l' || text[pos] == 'L')) ++pos;
    if (pos >= text.size()) incomplete();
    char type = text[pos];
    size_t type_index = Str(text.substr(0, pos)).len();
    ++pos;
    if (type == '%' && pos - 2 < text.size() && text[pos - 2] == '%') return "%";
    if (spec.left) spec.zero = false;
    const FormatArg& value = keyed ? *keyed : next_value();
    if (static_cast<unsigned char>(type) >= 0x80 ||
        std::string_view("sradiuxXoeEfFgGc").find(type) == std::string_view::npos) {
      unsupported(text, pos - 1, type_index);
    }
    return convert(value, type, spec);
  }

  static std::string convert(const FormatArg& value, char type, const Spec& spec) {
    Scalar s = value.scalar();
    switch (type) {
      case 's':
      case 'r':
      case 'a': {
        Str text = type == 's'   ? value.str()
                   : type == 'r' ? value.repr()
                                 : ascii_escape(value.repr());
        if (spec.precision >= 0 && spec.precision < text.len())
          text = text.substr(0, spec.precision);
        return pad_text(text, spec);
      }
      case 'd':
      case 'i':
      case 'u':
        if (s.kind == Scalar::Kind::Float) return format_int(to_int(s.f), 'd', spec);
        if (s.kind != Scalar::Kind::Int) {
          raise(ExcKind::TypeError, std::string("%") + type +
                                        " format: a real number is required, not " +
                                        value.type_name());
        }
        return format_int(s.i, 'd', spec);
      case 'x':
      case 'X':
      case 'o':
        if (s.kind != Scalar::Kind::Int) {
          raise(ExcKind::TypeError, std::string("%") + type +
                                        " format: an integer is required, not " +
                                        value.type_name());
        }
        return format_int(s.i, type, spec);
      case 'c': {
        Str ch;
        if (s.kind == Scalar::Kind::Int) {
          if (s.i < 0 || s.i > 0x10FFFF) {
            raise(ExcKind::OverflowError, "%c arg not in range(0x110000)");
          }
          ch = Str::from_code_point(static_cast<char32_t>(s.i));
        } else if (s.kind == Scalar::Kind::Str && s.s->len() == 1) {
          ch = *s.s;
        } else {
          raise(ExcKind::TypeError, "%c requires int or char");
        }
        return pad_text(ch, spec);
      }
      default: {  // e E f F g G
        if (s.kind != Scalar::Kind::Int && s.kind != Scalar::Kind::Float) {
          raise(ExcKind::TypeError, std::string("must be real number, not ") + value.type_name());
        }
        Float x = s.kind == Scalar::Kind::Int ? static_cast<Float>(s.i) : s.f;
        return format_float(x, type, spec);
      }
    }
  }

  const std::vector<FormatArg>& values_;
  const std::optional<FormatArg>& single_;
  size_t next_ = 0;
  bool used_mapping_ = false;
};

}  // namespace

Str percent_format_erased(const Str& format, const std::vector<FormatArg>& values,
                          const std::optional<FormatArg>& single) {
  return Str(Printf(values, single).run(format.view()));
}

}  // namespace ingot::rt
