// JSON text <-> value tree. CPython's json module is the spec for every byte printed and for
// what is accepted.
#include "runtime/abi/json.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <system_error>

#include "runtime/abi/error.h"
#include "runtime/abi/halfs.h"
#include "runtime/abi/utf8.h"
#include "runtime/core/utf8.h"

namespace ingot::abi {

// ---- Floats -------------------------------------------------------------------------

std::string float_repr(double value) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  // The shortest digits that round-trip, from to_chars, laid out by repr's rules: plain
  // notation when the decimal exponent is in [-4, 16), else d.ddde+XX.
  char buffer[64];
  const auto done =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
  const std::string_view scientific(buffer, done.ptr - buffer);  // "-1.2345e+02"
  const std::size_t e = scientific.find('e');
  std::string_view mantissa = scientific.substr(0, e);
  const int exponent = std::stoi(std::string(scientific.substr(e + 1)));
  std::string sign;
  if (mantissa.front() == '-') {
    sign = "-";
    mantissa.remove_prefix(1);
  }
  std::string digits;
  for (char c : mantissa) {
    if (c != '.') digits += c;
  }
  const int point = exponent + 1;  // digits "12345" with point 3 mean 123.45
  if (point > -4 && point <= 16) {
    std::string text;
    if (point <= 0) {
      text = "0." + std::string(static_cast<std::size_t>(-point), '0') + digits;
    } else if (static_cast<std::size_t>(point) >= digits.size()) {
      text = digits + std::string(point - digits.size(), '0') + ".0";
    } else {
      text = digits.substr(0, point) + "." + digits.substr(point);
    }
    return sign + text;
  }
  std::string text = digits.substr(0, 1);
  if (digits.size() > 1) text += "." + digits.substr(1);
  char exponent_text[16];
  std::snprintf(exponent_text, sizeof exponent_text, "e%c%02d", exponent < 0 ? '-' : '+',
                std::abs(exponent));
  return sign + text + exponent_text;
}

namespace {

// ---- Printing -------------------------------------------------------------------------

constexpr int kMaxDepth = 1000;

void dump_float(double value, std::string& out) {
  if (std::isnan(value)) {
    out += "NaN";
  } else if (std::isinf(value)) {
    out += value > 0 ? "Infinity" : "-Infinity";
  } else {
    out += float_repr(value);
  }
}

// Decodes one code point of valid UTF-8 at text[i], advancing i.
char32_t next_code_point(std::string_view text, std::size_t& i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  int length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  char32_t code = length == 1   ? lead
                  : length == 2 ? lead & 0x1F
                  : length == 3 ? lead & 0x0F
                                : lead & 0x07;
  for (int k = 1; k < length; ++k)
    code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  i += length;
  return code;
}

// "\\u00e9": four lowercase hex digits, as json.dumps writes them.
void append_u_escape(char32_t code, std::string& out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += "\\u";
  for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(code >> shift) & 0xF];
}

// json.dumps' ensure_ascii string: everything outside ' '..'~' escaped, astral code points
// as surrogate pairs.
void dump_string(std::string_view text, std::string& out) {
  out += '"';
  std::size_t i = 0;
  while (i < text.size()) {
    const char32_t code = next_code_point(text, i);
    switch (code) {
      case '"':
        out += "\\\"";
        continue;
      case '\\':
        out += "\\\\";
        continue;
      case '\n':
        out += "\\n";
        continue;
      case '\r':
        out += "\\r";
        continue;
      case '\t':
        out += "\\t";
        continue;
      case '\b':
        out += "\\b";
        continue;
      case '\f':
        out += "\\f";
        continue;
      default:
        break;
    }
    if (code >= 0x20 && code <= 0x7E) {
      out += static_cast<char>(code);
    } else if (code >= 0x10000) {
      const char32_t offset = code - 0x10000;
      append_u_escape(0xD800 + (offset >> 10), out);
      append_u_escape(0xDC00 + (offset & 0x3FF), out);
    } else {
      append_u_escape(code, out);
    }
  }
  out += '"';
}

void dump(const ingot_value& value, std::string& out, int depth);

// A dict key as json.dumps turns it into a string.
void dump_key(const ingot_value& key, std::string& out) {
  switch (key.kind) {
    case INGOT_STR:
      dump_string(text_of(key), out);
      return;
    case INGOT_INT:
      out += '"' + std::to_string(std::get<int64_t>(key.payload)) + '"';
      return;
    case INGOT_BOOL:
      out += std::get<bool>(key.payload) ? "\"true\"" : "\"false\"";
      return;
    case INGOT_NONE:
      out += "\"null\"";
      return;
    case INGOT_FLOAT:
      out += '"';
      dump_float(std::get<double>(key.payload), out);
      out += '"';
      return;
    default:
      raise(ExcKind::TypeError,
            "keys must be str, int, float, bool or None, not " + std::string(type_name(key)));
  }
}

double element_as_double(const Array& array, std::size_t index) {
  const auto* bytes =
      static_cast<const unsigned char*>(array.data) + index * ingot_dtype_size(array.dtype);
  auto load = [bytes](auto sample) {
    std::memcpy(&sample, bytes, sizeof sample);
    return sample;
  };
  switch (array.dtype) {
    case INGOT_FLOAT32:
      return load(float{});
    case INGOT_FLOAT64:
      return load(double{});
    case INGOT_BFLOAT16:
      return bfloat16_to_double(load(uint16_t{}));
    case INGOT_FLOAT16:
      return float16_to_double(load(uint16_t{}));
    default:
      return 0;
  }
}

void dump_element(const Array& array, std::size_t index, std::string& out) {
  const auto* bytes =
      static_cast<const unsigned char*>(array.data) + index * ingot_dtype_size(array.dtype);
  switch (array.dtype) {
    case INGOT_INT32: {
      int32_t v;
      std::memcpy(&v, bytes, sizeof v);
      out += std::to_string(v);
      return;
    }
    case INGOT_INT64: {
      int64_t v;
      std::memcpy(&v, bytes, sizeof v);
      out += std::to_string(v);
      return;
    }
    case INGOT_INT8:
      out += std::to_string(static_cast<int8_t>(*bytes));
      return;
    case INGOT_UINT8:
      out += std::to_string(*bytes);
      return;
    case INGOT_BOOL8:
      out += *bytes ? "true" : "false";
      return;
    default:
      dump_float(element_as_double(array, index), out);
      return;
  }
}

// Nested lists as ndarray.tolist() gives them; `index` walks the elements in C order.
void dump_array(const Array& array, std::size_t dim, std::size_t& index, std::string& out) {
  if (dim == array.shape.size()) {
    dump_element(array, index++, out);
    return;
  }
  out += '[';
  for (int64_t i = 0; i < array.shape[dim]; ++i) {
    if (i) out += ", ";
    dump_array(array, dim + 1, index, out);
  }
  out += ']';
}

void dump(const ingot_value& value, std::string& out, int depth) {
  if (depth > kMaxDepth)
    raise(ExcKind::RecursionError, "maximum recursion depth exceeded while encoding a JSON object");
  switch (value.kind) {
    case INGOT_NONE:
      out += "null";
      return;
    case INGOT_BOOL:
      out += std::get<bool>(value.payload) ? "true" : "false";
      return;
    case INGOT_INT:
      out += std::to_string(std::get<int64_t>(value.payload));
      return;
    case INGOT_FLOAT:
      dump_float(std::get<double>(value.payload), out);
      return;
    case INGOT_STR:
      dump_string(text_of(value), out);
      return;
    case INGOT_BYTES:
      raise(ExcKind::TypeError, "Object of type bytes is not JSON serializable");
    case INGOT_LIST:
    case INGOT_TUPLE: {
      out += '[';
      bool first = true;
      for (const auto& item : sequence_of(value).items) {
        if (!first) out += ", ";
        first = false;
        dump(*item, out, depth + 1);
      }
      out += ']';
      return;
    }
    case INGOT_DICT: {
      out += '{';
      bool first = true;
      for (const auto& [key, item] : dict_of(value).entries) {
        if (!first) out += ", ";
        first = false;
        dump_key(*key, out);
        out += ": ";
        dump(*item, out, depth + 1);
      }
      out += '}';
      return;
    }
    case INGOT_ARRAY: {
      std::size_t index = 0;
      dump_array(array_of(value), 0, index, out);
      return;
    }
  }
}

// ---- Parsing --------------------------------------------------------------------------

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  ValuePtr parse_document() {
    skip_space();
    ValuePtr value = parse_value(0);
    skip_space();
    if (at_ != text_.size()) fail("Extra data", at_);
    return value;
  }

 private:
  [[noreturn]] void fail(std::string_view message, std::size_t byte_position) const {
    // json reports positions in code points, lines and columns counted from 1.
    std::size_t chars = 0, line = 1, column_start = 0;
    for (std::size_t i = 0; i < byte_position && i < text_.size(); ++i) {
      const auto byte = static_cast<unsigned char>(text_[i]);
      if (rt::is_continuation(byte)) continue;
      if (byte == '\n') {
        ++line;
        column_start = chars + 1;
      }
      ++chars;
    }
    raise(ExcKind::ValueError, std::string(message) + ": line " + std::to_string(line) +
                                   " column " + std::to_string(chars - column_start + 1) +
                                   " (char " + std::to_string(chars) + ")");
  }

  void skip_space() {
    while (at_ < text_.size() &&
           (text_[at_] == ' ' || text_[at_] == '\t' || text_[at_] == '\n' || text_[at_] == '\r')) {
      ++at_;
    }
  }

  bool take(std::string_view word) {
    if (text_.substr(at_, word.size()) != word) return false;
    at_ += word.size();
    return true;
  }

  ValuePtr parse_value(int depth) {
    if (at_ >= text_.size()) fail("Expecting value", at_);
    switch (text_[at_]) {
      case '"':
        return make_str(parse_string());
      case '{':
        return parse_object(depth + 1);
      case '[':
        return parse_array(depth + 1);
      default:
        break;
    }
    if (take("null")) return make_none();
    if (take("true")) return make_bool(true);
    if (take("false")) return make_bool(false);
    if (take("NaN")) return make_float(NAN);
    if (take("Infinity")) return make_float(INFINITY);
    if (take("-Infinity")) return make_float(-INFINITY);
    return parse_number();
  }

  void check_depth(int depth) const {
    if (depth > kMaxDepth)
      raise(ExcKind::RecursionError,
            "maximum recursion depth exceeded while decoding a JSON document");
  }

  ValuePtr parse_array(int depth) {
    check_depth(depth);
    ++at_;  // [
    ValuePtr list = make_list();
    auto& items = std::get<Sequence>(list->payload).items;
    skip_space();
    if (at_ < text_.size() && text_[at_] == ']') {
      ++at_;
      return list;
    }
    while (true) {
      skip_space();
      items.push_back(parse_value(depth));
      skip_space();
      if (at_ < text_.size() && text_[at_] == ']') {
        ++at_;
        return list;
      }
      if (at_ >= text_.size() || text_[at_] != ',') fail("Expecting ',' delimiter", at_);
      ++at_;
    }
  }

  ValuePtr parse_object(int depth) {
    check_depth(depth);
    const std::size_t start = at_++;  // {
    (void)start;
    ValuePtr dict = make_dict();
    skip_space();
    if (at_ < text_.size() && text_[at_] == '}') {
      ++at_;
      return dict;
    }
    while (true) {
      skip_space();
      if (at_ >= text_.size() || text_[at_] != '"') {
        fail("Expecting property name enclosed in double quotes", at_);
      }
      ValuePtr key = make_str(parse_string());
      skip_space();
      if (at_ >= text_.size() || text_[at_] != ':') fail("Expecting ':' delimiter", at_);
      ++at_;
      skip_space();
      ValuePtr value = parse_value(depth);
      dict_set(*dict, std::move(key), std::move(value));
      skip_space();
      if (at_ < text_.size() && text_[at_] == '}') {
        ++at_;
        return dict;
      }
      if (at_ >= text_.size() || text_[at_] != ',') fail("Expecting ',' delimiter", at_);
      ++at_;
    }
  }

  // Four hex digits after "\u" at text_[at_]; -1 when they are not.
  int read_hex4(std::size_t at) const {
    if (at + 4 > text_.size()) return -1;
    int code = 0;
    for (std::size_t i = at; i < at + 4; ++i) {
      const char c = text_[i];
      const int digit = c >= '0' && c <= '9'   ? c - '0'
                        : c >= 'a' && c <= 'f' ? c - 'a' + 10
                        : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                               : -1;
      if (digit < 0) return -1;
      code = code * 16 + digit;
    }
    return code;
  }

  std::string parse_string() {
    const std::size_t start = at_++;  // "
    std::string out;
    while (true) {
      if (at_ >= text_.size()) fail("Unterminated string starting at", start);
      const char c = text_[at_];
      if (c == '"') {
        ++at_;
        return out;
      }
      if (static_cast<unsigned char>(c) < 0x20) fail("Invalid control character at", at_);
      if (c != '\\') {
        out += c;
        ++at_;
        continue;
      }
      if (at_ + 1 >= text_.size()) fail("Unterminated string starting at", start);
      const char escape = text_[at_ + 1];
      const char* simple = nullptr;
      switch (escape) {
        case '"':
          simple = "\"";
          break;
        case '\\':
          simple = "\\";
          break;
        case '/':
          simple = "/";
          break;
        case 'b':
          simple = "\b";
          break;
        case 'f':
          simple = "\f";
          break;
        case 'n':
          simple = "\n";
          break;
        case 'r':
          simple = "\r";
          break;
        case 't':
          simple = "\t";
          break;
        case 'u':
          break;
        default:
          fail("Invalid \\escape", at_);
      }
      if (simple) {
        out += simple;
        at_ += 2;
        continue;
      }
      int code = read_hex4(at_ + 2);
      if (code < 0) fail("Invalid \\uXXXX escape", at_ + 1);
      std::size_t consumed = 6;
      if (code >= 0xD800 && code <= 0xDBFF && text_.substr(at_ + 6, 2) == "\\u") {
        const int low = read_hex4(at_ + 8);
        if (low < 0) fail("Invalid \\uXXXX escape", at_ + 7);
        if (low >= 0xDC00 && low <= 0xDFFF) {
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
          consumed = 12;
        }
      }
      // Python would keep a lone surrogate; a str crossing the ABI is valid UTF-8, so it is
      // refused here.
      if (code >= 0xD800 && code <= 0xDFFF) {
        raise(ExcKind::UnicodeDecodeError,
              "lone surrogate in JSON string at char " + std::to_string(at_));
      }
      rt::append_utf8(out, static_cast<char32_t>(code));
      at_ += consumed;
    }
  }

  bool digit_at(std::size_t i) const {
    return i < text_.size() && text_[i] >= '0' && text_[i] <= '9';
  }

  // json's NUMBER_RE: -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?
  ValuePtr parse_number() {
    const std::size_t start = at_;
    std::size_t i = at_;
    if (i < text_.size() && text_[i] == '-') ++i;
    if (!digit_at(i)) fail("Expecting value", start);
    if (text_[i] == '0') {
      ++i;
    } else {
      while (digit_at(i)) ++i;
    }
    bool is_float = false;
    if (i < text_.size() && text_[i] == '.' && digit_at(i + 1)) {
      is_float = true;
      ++i;
      while (digit_at(i)) ++i;
    }
    if (i < text_.size() && (text_[i] == 'e' || text_[i] == 'E')) {
      std::size_t j = i + 1;
      if (j < text_.size() && (text_[j] == '+' || text_[j] == '-')) ++j;
      if (digit_at(j)) {
        is_float = true;
        i = j;
        while (digit_at(i)) ++i;
      }
    }
    at_ = i;
    const std::string_view number = text_.substr(start, i - start);
    if (!is_float) {
      int64_t value = 0;
      const auto [end, error] =
          std::from_chars(number.data(), number.data() + number.size(), value);
      if (error == std::errc::result_out_of_range) {
        raise(ExcKind::OverflowError, "int " + std::string(number) + " does not fit in 64 bits");
      }
      return make_int(value);
    }
    double value = 0;
    const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), value);
    if (error == std::errc::result_out_of_range) value = out_of_range_float(number);
    return make_float(value);
  }

  // Python's float() gives inf or 0.0 where from_chars refuses; tell the two apart by the
  // decimal exponent of the leading digit.
  static double out_of_range_float(std::string_view number) {
    const bool negative = number.front() == '-';
    const std::size_t e = number.find_first_of("eE");
    const std::string_view mantissa = number.substr(negative, e - negative);
    // Clamped: past this, the answer is inf or 0 whatever the digits, and the sum below
    // cannot overflow.
    const long exponent =
        e == std::string_view::npos
            ? 0
            : std::clamp(std::strtol(std::string(number.substr(e + 1)).c_str(), nullptr, 10),
                         -1000000L, 1000000L);
    const std::size_t first = mantissa.find_first_of("123456789");
    if (first == std::string_view::npos) return negative ? -0.0 : 0.0;
    const std::size_t point = std::min(mantissa.find('.'), mantissa.size());
    const long leading =
        first < point ? static_cast<long>(point - first) - 1 : -static_cast<long>(first - point);
    const double magnitude = exponent + leading > 0 ? INFINITY : 0.0;
    return negative ? -magnitude : magnitude;
  }

  std::string_view text_;
  std::size_t at_ = 0;
};

}  // namespace

ValuePtr parse_json(std::string_view text) {
  if (auto why = utf8_error(text)) raise(ExcKind::UnicodeDecodeError, std::move(*why));
  return Parser(text).parse_document();
}

std::string dump_json(const ingot_value& value) {
  std::string out;
  dump(value, out, 0);
  return out;
}

}  // namespace ingot::abi

using namespace ingot::abi;

extern "C" {

INGOT_API ingot_value* ingot_value_from_json(const char* text, size_t size, ingot_error** error) {
  ingot_value* result = nullptr;
  guarded(error, [&] {
    if (text == nullptr && size != 0) raise(ExcKind::TypeError, "JSON text is NULL");
    result = parse_json(std::string_view(text ? text : "", size)).release();
  });
  return result;
}

INGOT_API char* ingot_value_to_json(const ingot_value* value, size_t* size, ingot_error** error) {
  char* result = nullptr;
  guarded(error, [&] {
    if (value == nullptr) raise(ExcKind::TypeError, "to_json() needs a value");
    const std::string text = dump_json(*value);
    result = new char[text.size() + 1];
    std::memcpy(result, text.c_str(), text.size() + 1);
    if (size) *size = text.size();
  });
  return result;
}

INGOT_API void ingot_string_free(char* text) { delete[] text; }

}  // extern "C"
