// Python's `json` module: json.dumps with its options, and json.loads into a typed value.
//
// json.loads's result is typed by where it goes: `x: dict[str, int] = json.loads(s)` parses
// the text and converts it to dict[str, int]. The type system has no dynamic value type, and
// real code knows the shape of the JSON it reads; a value that does not fit the annotation
// is a TypeError naming where it differs ("json.loads: expected int at $["a"], got str"),
// never a silent conversion (an int does not become a float: annotate `int | float`).
// Malformed text is json.JSONDecodeError (a ValueError) with CPython's message.
#pragma once

#include <algorithm>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "runtime/core/collections.h"
#include "runtime/core/containers.h"
#include "runtime/core/errors.h"
#include "runtime/core/json.h"
#include "runtime/core/ops.h"
#include "runtime/core/str.h"
#include "runtime/core/tuple_of.h"
#include "runtime/core/values.h"

namespace ingot::rt::json {

// ---- json.dumps -------------------------------------------------------------------------------

struct DumpOptions {
  bool ensure_ascii = true;
  bool allow_nan = true;
  bool sort_keys = false;
  bool pretty = false;  // indent is not None
  std::string indent;   // one level's indentation when pretty
  std::string item_separator = ", ";
  std::string key_separator = ": ";

  static DumpOptions make(Bool ensure_ascii, Bool allow_nan, const Optional<Int>& indent,
                          const Optional<Tuple<Str, Str>>& separators, Bool sort_keys);
  static DumpOptions make_str_indent(Bool ensure_ascii, Bool allow_nan, const Str& indent,
                                     const Optional<Tuple<Str, Str>>& separators, Bool sort_keys);
};

class Encoder {
 public:
  explicit Encoder(const DumpOptions& options) : options_(options) {}
  std::string& out() { return out_; }

  void write(Int x) { out_ += std::to_string(x); }
  void write(Bool x) { out_ += x ? "true" : "false"; }
  void write(NoneType) { out_ += "null"; }
  void write(Float x);
  void write(const Str& x);
  template <IntLike T>
  requires(!std::same_as<T, Int> && !std::same_as<T, Bool>) void write(T x) {
    write(static_cast<Int>(x));
  }
  template <class T>
  void write(const List<T>& x) {
    write_array(x.items());
  }
  template <class T>
  void write(const TupleOf<T>& x) {
    write_array(x.items());
  }
  template <class T>
  void write(const collections::deque<T>&) {
    raise(ExcKind::TypeError, "Object of type deque is not JSON serializable");
  }
  template <class... Ts>
  void write(const Tuple<Ts...>& x) {
    open('[');
    bool first = true;
    std::apply([&](const auto&... item) { ((next_item(first), write(item)), ...); }, x.as_std());
    close(']', first);
  }
  template <class K, class V>
  void write(const Dict<K, V>& x) {
    std::vector<std::pair<K, V>> items;
    for (const auto& [k, v] : DictItems<K, V>(x)) items.emplace_back(k, v);
    if (options_.sort_keys) {
      std::stable_sort(items.begin(), items.end(),
                       [](const auto& a, const auto& b) { return op::lt(a.first, b.first); });
    }
    open('{');
    bool first = true;
    for (const auto& [k, v] : items) {
      next_item(first);
      write(Str(json_key(k)));
      out_ += options_.key_separator;
      write(v);
    }
    close('}', first);
  }
  template <class T>
  void write(const Set<T>&) {
    raise(ExcKind::TypeError, "Object of type set is not JSON serializable");
  }
  void write(const Bytes&) {
    raise(ExcKind::TypeError, "Object of type bytes is not JSON serializable");
  }
  template <class T>
  void write(const Optional<T>& x) {
    if (x) {
      write(*x);
    } else {
      write(None);
    }
  }
  template <class... Ts>
  void write(const std::variant<Ts...>& x) {
    std::visit([&](const auto& v) { write(v); }, x);
  }

 private:
  template <class Items>
  void write_array(const Items& items) {
    open('[');
    bool first = true;
    for (const auto& item : items) {
      next_item(first);
      write(item);
    }
    close(']', first);
  }
  void open(char bracket) {
    out_ += bracket;
    ++depth_;
  }
  // Before each item: the separator after the previous one, and with indent a new line.
  void next_item(bool& first);
  void close(char bracket, bool empty);

  const DumpOptions& options_;
  std::string out_;
  int depth_ = 0;
};

template <class T>
Str dumps(const T& value, const DumpOptions& options) {
  Encoder encoder(options);
  encoder.write(value);
  return Str(std::move(encoder.out()));
}

// ---- json.loads -------------------------------------------------------------------------------

// A parsed JSON document, before it takes its target type.
struct Value {
  using Array = std::vector<Value>;
  using Object = std::vector<std::pair<Str, Value>>;  // in order; a repeated key keeps its place
  std::variant<NoneType, Bool, Int, Float, Str, std::shared_ptr<Array>, std::shared_ptr<Object>>
      data;
  const char* type_name() const;  // the Python type json.loads gives it: "dict", "int", ...
};

// Parses as CPython's json.loads; JSONDecodeError on malformed text.
Value parse(const Str& text);

// A path into the document for messages: $, $[0], $["key"].
std::string child_path(const std::string& path, Int index);
std::string child_path(const std::string& path, const Str& key);
[[noreturn]] void mismatch(const Value& v, const char* expected, const std::string& path);

template <class T>
struct Convert;  // Convert<T>::fits(v) and Convert<T>::from(v, path) for each target type

template <class T>
T convert(const Value& v, const std::string& path) {
  return Convert<T>::from(v, path);
}

template <class Alt>
bool held_as(const Value& v) {
  return std::holds_alternative<Alt>(v.data);
}

template <class Scalar>
struct ConvertScalar {
  static bool fits(const Value& v) { return held_as<Scalar>(v); }
  static Scalar from(const Value& v, const std::string& path, const char* name) {
    if (!fits(v)) mismatch(v, name, path);
    return std::get<Scalar>(v.data);
  }
};
template <>
struct Convert<Int> : ConvertScalar<Int> {
  static Int from(const Value& v, const std::string& path) {
    return ConvertScalar<Int>::from(v, path, "int");
  }
};
template <>
struct Convert<Float> : ConvertScalar<Float> {
  static Float from(const Value& v, const std::string& path) {
    return ConvertScalar<Float>::from(v, path, "float");
  }
};
template <>
struct Convert<Bool> : ConvertScalar<Bool> {
  static Bool from(const Value& v, const std::string& path) {
    return ConvertScalar<Bool>::from(v, path, "bool");
  }
};
template <>
struct Convert<Str> : ConvertScalar<Str> {
  static Str from(const Value& v, const std::string& path) {
    return ConvertScalar<Str>::from(v, path, "str");
  }
};
template <>
struct Convert<NoneType> : ConvertScalar<NoneType> {
  static NoneType from(const Value& v, const std::string& path) {
    return ConvertScalar<NoneType>::from(v, path, "None");
  }
};
template <class T>
struct Convert<Optional<T>> {
  static bool fits(const Value& v) { return held_as<NoneType>(v) || Convert<T>::fits(v); }
  static Optional<T> from(const Value& v, const std::string& path) {
    if (held_as<NoneType>(v)) return None;
    return convert<T>(v, path);
  }
};
template <class T>
struct Convert<List<T>> {
  static bool fits(const Value& v) {
    if (!held_as<std::shared_ptr<Value::Array>>(v)) return false;
    const auto& items = *std::get<std::shared_ptr<Value::Array>>(v.data);
    return std::all_of(items.begin(), items.end(),
                       [](const Value& i) { return Convert<T>::fits(i); });
  }
  static List<T> from(const Value& v, const std::string& path) {
    if (!held_as<std::shared_ptr<Value::Array>>(v)) mismatch(v, "list", path);
    List<T> out;
    const auto& items = *std::get<std::shared_ptr<Value::Array>>(v.data);
    for (size_t i = 0; i < items.size(); ++i) {
      out.items().push_back(convert<T>(items[i], child_path(path, static_cast<Int>(i))));
    }
    return out;
  }
};
template <class V>
struct Convert<Dict<Str, V>> {
  static bool fits(const Value& v) {
    if (!held_as<std::shared_ptr<Value::Object>>(v)) return false;
    const auto& items = *std::get<std::shared_ptr<Value::Object>>(v.data);
    return std::all_of(items.begin(), items.end(),
                       [](const auto& kv) { return Convert<V>::fits(kv.second); });
  }
  static Dict<Str, V> from(const Value& v, const std::string& path) {
    if (!held_as<std::shared_ptr<Value::Object>>(v)) mismatch(v, "dict", path);
    Dict<Str, V> out;
    for (const auto& [k, item] : *std::get<std::shared_ptr<Value::Object>>(v.data)) {
      out.set(k, convert<V>(item, child_path(path, k)));
    }
    return out;
  }
};
// A union takes the first alternative the value fits.
template <class... Ts>
struct Convert<std::variant<Ts...>> {
  static bool fits(const Value& v) { return (Convert<Ts>::fits(v) || ...); }
  static std::variant<Ts...> from(const Value& v, const std::string& path) {
    std::optional<std::variant<Ts...>> out;
    ((!out && Convert<Ts>::fits(v) ? (out = convert<Ts>(v, path), true) : false) || ...);
    if (!out) mismatch(v, "one of the union's types", path);
    return *out;
  }
};

template <class T>
T loads(const Str& text) {
  return convert<T>(parse(text), "$");
}

}  // namespace ingot::rt::json
