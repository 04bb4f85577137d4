#include "runtime/core/json_module.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "runtime/core/format.h"
#include "runtime/core/protocol.h"

namespace ingot::rt::json {

// ---- json.dumps -------------------------------------------------------------------------------

namespace {

DumpOptions base_options(Bool ensure_ascii, Bool allow_nan,
                         const Optional<Tuple<Str, Str>>& separators, Bool sort_keys, bool pretty) {
  DumpOptions o;
  o.ensure_ascii = ensure_ascii;
  o.allow_nan = allow_nan;
  o.sort_keys = sort_keys;
  o.pretty = pretty;
  if (pretty) o.item_separator = ",";  // CPython's default with an indent
  if (separators) {
    o.item_separator = std::get<0>(*separators).to_std();
    o.key_separator = std::get<1>(*separators).to_std();
  }
  return o;
}

void append_u_escape(std::string& out, unsigned code) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "\\u%04x", code & 0xFFFF);
  out += buf;
}

}  // namespace

DumpOptions DumpOptions::make(Bool ensure_ascii, Bool allow_nan, const Optional<Int>& indent,
                              const Optional<Tuple<Str, Str>>& separators, Bool sort_keys) {
  DumpOptions o = base_options(ensure_ascii, allow_nan, separators, sort_keys, indent.has_value());
  if (indent) o.indent = std::string(static_cast<size_t>(std::max<Int>(*indent, 0)), ' ');
  return o;
}

DumpOptions DumpOptions::make_str_indent(Bool ensure_ascii, Bool allow_nan, const Str& indent,
                                         const Optional<Tuple<Str, Str>>& separators,
                                         Bool sort_keys) {
  DumpOptions o = base_options(ensure_ascii, allow_nan, separators, sort_keys, true);
  o.indent = indent.to_std();
  return o;
}

void Encoder::write(Float x) {
  if (std::isfinite(x)) {
    out_ += float_repr(x);
    return;
  }
  if (!options_.allow_nan) {
    raise(ExcKind::ValueError, "Out of range float values are not JSON compliant");
  }
  out_ += std::isnan(x) ? "NaN" : x > 0 ? "Infinity" : "-Infinity";
}

void Encoder::write(const Str& x) {
  out_ += '"';
  for (char32_t c : x.code_points()) {
    switch (c) {
      case '"':
        out_ += "\\\"";
        continue;
      case '\\':
        out_ += "\\\\";
        continue;
      case '\n':
        out_ += "\\n";
        continue;
      case '\r':
        out_ += "\\r";
        continue;
      case '\t':
        out_ += "\\t";
        continue;
      case '\b':
        out_ += "\\b";
        continue;
      case '\f':
        out_ += "\\f";
        continue;
      default:
        break;
    }
    if (c >= 0x20 && (!options_.ensure_ascii || c <= 0x7E)) {
      append_utf8(out_, c);
    } else if (c < 0x10000) {  // a control character, or beyond ASCII when it must be ASCII
      append_u_escape(out_, c);
    } else {  // beyond the BMP: a surrogate pair
      char32_t v = c - 0x10000;
      append_u_escape(out_, 0xD800 | (v >> 10));
      append_u_escape(out_, 0xDC00 | (v & 0x3FF));
    }
  }
  out_ += '"';
}

void Encoder::next_item(bool& first) {
  if (!first) out_ += options_.item_separator;
  first = false;
  if (options_.pretty) {
    out_ += '\n';
    for (int i = 0; i < depth_; ++i) out_ += options_.indent;
  }
}

void Encoder::close(char bracket, bool empty) {
  --depth_;
  if (options_.pretty && !empty) {
    out_ += '\n';
    for (int i = 0; i < depth_; ++i) out_ += options_.indent;
  }
  out_ += bracket;
}

// ---- json.loads -------------------------------------------------------------------------------

namespace {

class Parser {
 public:
  explicit Parser(const Str& text) : s_(text.code_points()) {}

  Value document() {
    size_t idx = skip_space(0);
    size_t end = 0;
    Value v = value(idx, end);
    end = skip_space(end);
    if (end != s_.size()) fail("Extra data", end);
    return v;
  }

 private:
  static bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
  size_t skip_space(size_t idx) const {
    while (idx < s_.size() && is_space(s_[idx])) ++idx;
    return idx;
  }
  bool at(size_t idx, char32_t c) const { return idx < s_.size() && s_[idx] == c; }
  bool word(size_t idx, std::u32string_view w) const {
    return s_.size() - idx >= w.size() && std::u32string_view(s_).substr(idx, w.size()) == w;
  }

  // CPython's message: "what: line L column C (char P)".
  [[noreturn]] void fail(const std::string& what, size_t pos) const {
    size_t line = 1, last_newline = std::u32string::npos;
    for (size_t i = 0; i < pos && i < s_.size(); ++i) {
      if (s_[i] == '\n') {
        ++line;
        last_newline = i;
      }
    }
    size_t column = last_newline == std::u32string::npos ? pos + 1 : pos - last_newline;
    raise(ExcKind::JSONDecodeError, what + ": line " + std::to_string(line) + " column " +
                                        std::to_string(column) + " (char " + std::to_string(pos) +
                                        ")");
  }

  // A value at idx (no whitespace before it); `end` is set past it.
  Value value(size_t idx, size_t& end) {
    if (idx >= s_.size()) fail("Expecting value", idx);
    char32_t c = s_[idx];
    if (c == '"') return Value{string(idx + 1, end)};
    if (c == '{') return object(idx + 1, end);
    if (c == '[') return array(idx + 1, end);
    static const std::pair<std::u32string_view, Value> kWords[] = {
        {U"null", Value{None}},         {U"true", Value{true}},
        {U"false", Value{false}},       {U"NaN", Value{std::nan("")}},
        {U"Infinity", Value{HUGE_VAL}}, {U"-Infinity", Value{-HUGE_VAL}},
    };
    for (const auto& [w, v] : kWords) {
      if (word(idx, w)) {
        end = idx + w.size();
        return v;
      }
    }
    return number(idx, end);
  }

  static bool digit(char32_t c) { return c >= '0' && c <= '9'; }

  Value number(size_t start, size_t& end) {
    size_t idx = start;
    if (at(idx, '-')) ++idx;
    if (idx < s_.size() && s_[idx] >= '1' && s_[idx] <= '9') {
      while (idx < s_.size() && digit(s_[idx])) ++idx;
    } else if (at(idx, '0')) {
      ++idx;
    } else {
      fail("Expecting value", start);
    }
    bool is_float = false;
    if (at(idx, '.') && idx + 1 < s_.size() && digit(s_[idx + 1])) {
      idx += 2;
      while (idx < s_.size() && digit(s_[idx])) ++idx;
      is_float = true;
    }
    if (at(idx, 'e') || at(idx, 'E')) {
      size_t e = idx + 1;
      if (at(e, '+') || at(e, '-')) ++e;
      if (e < s_.size() && digit(s_[e])) {
        while (e < s_.size() && digit(s_[e])) ++e;
        idx = e;
        is_float = true;
      }
    }
    end = idx;
    std::string text;
    for (size_t i = start; i < idx; ++i) text += static_cast<char>(s_[i]);
    if (is_float) return Value{std::strtod(text.c_str(), nullptr)};
    errno = 0;
    long long n = std::strtoll(text.c_str(), nullptr, 10);
    if (errno == ERANGE) raise_int_overflow();
    return Value{static_cast<Int>(n)};
  }

  // The string whose opening quote is at begin - 1.
  Str string(size_t begin, size_t& end) {
    std::u32string out;
    size_t idx = begin;
    while (true) {
      if (idx >= s_.size()) fail("Unterminated string starting at", begin - 1);
      char32_t c = s_[idx];
      if (c == '"') break;
      if (c < 0x20) fail("Invalid control character at", idx);
      if (c != '\\') {
        out += c;
        ++idx;
        continue;
      }
      size_t backslash = idx++;
      if (idx >= s_.size()) fail("Unterminated string starting at", begin - 1);
      char32_t e = s_[idx];
      if (e != 'u') {
        static const std::pair<char32_t, char32_t> kEscapes[] = {
            {'"', '"'},  {'\\', '\\'}, {'/', '/'},  {'b', '\b'},
            {'f', '\f'}, {'n', '\n'},  {'r', '\r'}, {'t', '\t'}};
        auto it = std::find_if(std::begin(kEscapes), std::end(kEscapes),
                               [&](const auto& p) { return p.first == e; });
        if (it == std::end(kEscapes)) fail("Invalid \\escape", backslash);
        out += it->second;
        ++idx;
        continue;
      }
      char32_t code = hex4(idx + 1);
      idx += 5;
      if (code >= 0xD800 && code <= 0xDBFF && at(idx, '\\') && at(idx + 1, 'u')) {
        char32_t low = hex4(idx + 2);
        if (low >= 0xDC00 && low <= 0xDFFF) {
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
          idx += 6;
        }
      }
      // A lone surrogate cannot be held in UTF-8: it reads as U+FFFD.
      out += (code >= 0xD800 && code <= 0xDFFF) ? U'\uFFFD' : code;
    }
    end = idx + 1;
    return Str::from_code_points(out);
  }

  // The four hex digits after a \u whose `u` is at pos - 1.
  char32_t hex4(size_t pos) const {
    if (pos + 4 >= s_.size()) fail("Invalid \\uXXXX escape", pos - 1);
    char32_t code = 0;
    for (size_t i = pos; i < pos + 4; ++i) {
      char32_t c = s_[i];
      int d = c >= '0' && c <= '9'   ? static_cast<int>(c - '0')
              : c >= 'a' && c <= 'f' ? static_cast<int>(c - 'a' + 10)
              : c >= 'A' && c <= 'F' ? static_cast<int>(c - 'A' + 10)
                                     : -1;
      if (d < 0) fail("Invalid \\uXXXX escape", pos - 1);
      code = code * 16 + static_cast<char32_t>(d);
    }
    return code;
  }

  void enter(size_t idx) {
    if (++depth_ > 1000) {
      raise(ExcKind::RecursionError, "maximum recursion depth exceeded while decoding a JSON " +
                                         std::string(s_[idx - 1] == '[' ? "array" : "object") +
                                         " from a unicode string");
    }
  }

  Value object(size_t idx, size_t& end) {
    enter(idx);
    auto items = std::make_shared<Value::Object>();
    idx = skip_space(idx);
    if (!at(idx, '}')) {
      while (true) {
        if (!at(idx, '"')) fail("Expecting property name enclosed in double quotes", idx);
        Str key = string(idx + 1, idx);
        idx = skip_space(idx);
        if (!at(idx, ':')) fail("Expecting ':' delimiter", idx);
        idx = skip_space(idx + 1);
        Value v = value(idx, idx);
        auto same = std::find_if(items->begin(), items->end(),
                                 [&](const auto& kv) { return kv.first.view() == key.view(); });
        if (same != items->end()) {
          same->second = std::move(v);
        } else {
          items->emplace_back(key, std::move(v));
        }
        idx = skip_space(idx);
        if (at(idx, '}')) break;
        if (!at(idx, ',')) fail("Expecting ',' delimiter", idx);
        idx = skip_space(idx + 1);
      }
    }
    --depth_;
    end = idx + 1;
    return Value{items};
  }

  Value array(size_t idx, size_t& end) {
    enter(idx);
    auto items = std::make_shared<Value::Array>();
    idx = skip_space(idx);
    if (!at(idx, ']')) {
      while (true) {
        items->push_back(value(idx, idx));
        idx = skip_space(idx);
        if (at(idx, ']')) break;
        if (!at(idx, ',')) fail("Expecting ',' delimiter", idx);
        idx = skip_space(idx + 1);
      }
    }
    --depth_;
    end = idx + 1;
    return Value{items};
  }

  std::u32string s_;
  int depth_ = 0;
};

}  // namespace

const char* Value::type_name() const {
  static const char* const kNames[] = {"NoneType", "bool", "int", "float", "str", "list", "dict"};
  return kNames[data.index()];
}

Value parse(const Str& text) { return Parser(text).document(); }

std::string child_path(const std::string& path, Int index) {
  return path + "[" + std::to_string(index) + "]";
}

std::string child_path(const std::string& path, const Str& key) {
  return path + "[" + repr(key).to_std() + "]";
}

void mismatch(const Value& v, const char* expected, const std::string& path) {
  raise(ExcKind::TypeError,
        std::string("json.loads: expected ") + expected + " at " + path + ", got " + v.type_name());
}

}  // namespace ingot::rt::json
