#include "runtime/core/json.h"

#include <cmath>
#include <cstdio>

namespace ingot::rt {

namespace {

// CPython's float encoding in json: repr, or the JavaScript names for the non-finite.
std::string json_float(Float x) {
  if (std::isnan(x)) return "NaN";
  if (std::isinf(x)) return x > 0 ? "Infinity" : "-Infinity";
  return float_repr(x);
}

void append_u_escape(std::string& out, unsigned code) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "\\u%04x", code & 0xFFFF);
  out += buf;
}

}  // namespace

void json_append(std::string& out, Int x) { out += std::to_string(x); }
void json_append(std::string& out, Float x) { out += json_float(x); }
void json_append(std::string& out, Bool x) { out += x ? "true" : "false"; }
void json_append(std::string& out, NoneType) { out += "null"; }

// ensure_ascii: everything outside ' '..'~' is escaped; beyond the BMP as a surrogate pair.
void json_append(std::string& out, const Str& x) {
  out += '"';
  for (char32_t c : x.code_points()) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      default:
        if (c >= 0x20 && c <= 0x7E) {
          out += static_cast<char>(c);
        } else if (c < 0x10000) {
          append_u_escape(out, c);
        } else {
          char32_t v = c - 0x10000;
          append_u_escape(out, 0xD800 | (v >> 10));
          append_u_escape(out, 0xDC00 | (v & 0x3FF));
        }
    }
  }
  out += '"';
}

void json_append(std::string&, const Bytes&) {
  raise(ExcKind::TypeError, "Object of type bytes is not JSON serializable");
}
void json_append(std::string&, const Range&) {
  raise(ExcKind::TypeError, "Object of type range is not JSON serializable");
}

std::string json_key(const Str& k) { return k.to_std(); }
std::string json_key(Int k) { return std::to_string(k); }
std::string json_key(Float k) { return json_float(k); }
std::string json_key(Bool k) { return k ? "true" : "false"; }
std::string json_key(NoneType) { return "null"; }

}  // namespace ingot::rt
