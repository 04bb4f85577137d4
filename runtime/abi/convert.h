// Conversions between ABI values and the runtime's types, for the generated glue:
//
//   T        from_value<T>(const ingot_value&, const Where&)   argument in
//   ValuePtr to_value(const T&)                                 result out
//   std::string type_name<T>()                                  "list[int]", for messages
//   std::string type_json<T>()                                  structured type (ingot.h)
//
// Python type      runtime type     accepted ABI value
//   int            Int              int (not bool: True is not an int argument here)
//   float          Float            float, or int (PEP 484's numeric tower)
//   bool           Bool             bool
//   str            Str              str
//   bytes          Bytes            bytes
//   None           NoneType         None
//   list[T]        List<T>          list or tuple
//   set[T]         Set<T>           list or tuple (there is no set on the ABI; a set
//                                   result crosses as a list)
//   dict[K, V]     Dict<K, V>       dict
//   tuple[A, B]    Tuple<A, B>      tuple or list of that length
//   T | None       Optional<T>      None or T
//   A | B          std::variant     the first alternative that accepts the value
//
// Each type is one specialization of Convert<T> (accepts, from, to, name, json); a part of the
// runtime with a type of its own (arrays) adds its specialization next to the type.
#pragma once

#include <charconv>
#include <cstddef>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <variant>

#include "runtime/abi/entry.h"
#include "runtime/abi/error.h"
#include "runtime/abi/json.h"
#include "runtime/abi/value.h"
#include "runtime/core/containers.h"
#include "runtime/core/str.h"
#include "runtime/core/tuple_of.h"
#include "runtime/core/values.h"

namespace ingot::abi {

// Where the value being converted sits in the arguments, kept as a chain of stack frames
// and rendered only for an error message: "greet() argument 'names'[2]".
struct Where {
  enum class Step { Argument, Item, Key, Value };
  Step step = Step::Argument;
  const Where* parent = nullptr;
  std::string_view function;         // Argument
  std::string_view param;            // Argument
  std::size_t index = 0;             // Item
  const ingot_value* key = nullptr;  // Value: the dict key it belongs to

  static Where argument(std::string_view function, std::string_view param) {
    return Where{Step::Argument, nullptr, function, param, 0, nullptr};
  }
  Where item(std::size_t at) const { return Where{Step::Item, this, {}, {}, at, nullptr}; }
  Where key_of() const { return Where{Step::Key, this, {}, {}, 0, nullptr}; }
  Where value_at(const ingot_value& dict_key) const {
    return Where{Step::Value, this, {}, {}, 0, &dict_key};
  }

  // "greet() argument 'names'[2]", "f() argument 'd' keys", "f() argument 'd'['a']".
  std::string describe() const {
    switch (step) {
      case Step::Argument:
        return std::string(function) + "() argument '" + std::string(param) + "'";
      case Step::Item:
        return parent->describe() + "[" + std::to_string(index) + "]";
      case Step::Key:
        return parent->describe() + " keys";
      case Step::Value:
        return parent->describe() + "[" + key_text() + "]";
    }
    return "argument";
  }

 private:
  // The key as Python would write it in a subscript: d['a'], d[1].
  std::string key_text() const {
    if (key->kind == INGOT_STR && text_of(*key).find_first_of("'\\") == std::string::npos) {
      return "'" + text_of(*key) + "'";
    }
    try {
      return dump_json(*key);
    } catch (...) {  // a key JSON cannot print (bytes, a tuple)
      return "...";
    }
  }
};

template <typename T>
struct Convert;  // specialized below for every runtime type

template <typename T>
T from_value(const ingot_value& value, const Where& where) {
  return Convert<T>::from(value, where);
}
// For glue that names the parameter only: "f() argument 'x' ..." with f the entry's name.
template <typename T>
T from_value(const ingot_value* value, std::string_view function, std::string_view param) {
  const Where where = Where::argument(function, param);
  if (value == nullptr) raise(ExcKind::TypeError, where.describe() + " is missing");
  return Convert<T>::from(*value, where);
}

template <typename T>
ValuePtr to_value(const T& value) {
  return Convert<T>::to(value);
}
template <typename T>
std::string type_name() {
  return Convert<T>::name();
}
template <typename T>
std::string type_json() {
  return Convert<T>::json();
}

template <typename T>
T Args::get(std::size_t index) const {
  const Param& param = entry_.params.at(index);
  return from_value<T>(values_.at(index), entry_.name, param.name);
}

// "greet() argument 'name' must be str, not int".
[[noreturn]] inline void raise_wrong_type(const Where& where, std::string_view expected,
                                          const ingot_value& given) {
  raise(ExcKind::TypeError, where.describe() + " must be " + std::string(expected) + ", not " +
                                std::string(type_name(given)));
}

namespace detail {

inline void expect_kind(const ingot_value& value, ingot_kind kind, std::string_view expected,
                        const Where& where) {
  if (value.kind != kind) raise_wrong_type(where, expected, value);
}

// List, set and tuple arguments arrive as lists (JSON has no other sequence) or tuples.
inline const Sequence& expect_sequence(const ingot_value& value, std::string_view expected,
                                       const Where& where) {
  if (value.kind != INGOT_LIST && value.kind != INGOT_TUPLE) {
    raise_wrong_type(where, expected, value);
  }
  return sequence_of(value);
}

inline std::string json_kind(std::string_view kind) {
  return "{\"kind\": \"" + std::string(kind) + "\"}";
}

}  // namespace detail

// ---- scalars ------------------------------------------------------------------------------

template <>
struct Convert<rt::Int> {
  static bool accepts(const ingot_value& v, bool) { return v.kind == INGOT_INT; }
  static rt::Int from(const ingot_value& v, const Where& where) {
    detail::expect_kind(v, INGOT_INT, name(), where);
    return std::get<int64_t>(v.payload);
  }
  static ValuePtr to(rt::Int v) { return make_int(v); }
  static std::string name() { return "int"; }
  static std::string json() { return detail::json_kind("int"); }
};

template <>
struct Convert<rt::Float> {
  static bool accepts(const ingot_value& v, bool exact) {
    return v.kind == INGOT_FLOAT || (!exact && v.kind == INGOT_INT);
  }
  static rt::Float from(const ingot_value& v, const Where& where) {
    if (v.kind == INGOT_INT) return static_cast<double>(std::get<int64_t>(v.payload));
    detail::expect_kind(v, INGOT_FLOAT, name(), where);
    return std::get<double>(v.payload);
  }
  static ValuePtr to(rt::Float v) { return make_float(v); }
  static std::string name() { return "float"; }
  static std::string json() { return detail::json_kind("float"); }
};

template <>
struct Convert<rt::Bool> {
  static bool accepts(const ingot_value& v, bool) { return v.kind == INGOT_BOOL; }
  static rt::Bool from(const ingot_value& v, const Where& where) {
    detail::expect_kind(v, INGOT_BOOL, name(), where);
    return std::get<bool>(v.payload);
  }
  static ValuePtr to(rt::Bool v) { return make_bool(v); }
  static std::string name() { return "bool"; }
  static std::string json() { return detail::json_kind("bool"); }
};

template <>
struct Convert<rt::NoneType> {
  static bool accepts(const ingot_value& v, bool) { return v.kind == INGOT_NONE; }
  static rt::NoneType from(const ingot_value& v, const Where& where) {
    detail::expect_kind(v, INGOT_NONE, name(), where);
    return rt::None;
  }
  static ValuePtr to(rt::NoneType) { return make_none(); }
  static std::string name() { return "None"; }
  static std::string json() { return detail::json_kind("none"); }
};

template <>
struct Convert<rt::Str> {
  static bool accepts(const ingot_value& v, bool) { return v.kind == INGOT_STR; }
  static rt::Str from(const ingot_value& v, const Where& where) {
    detail::expect_kind(v, INGOT_STR, name(), where);
    return rt::Str(std::string_view(text_of(v)));  // a str value is valid UTF-8 already
  }
  static ValuePtr to(const rt::Str& v) { return make_str(v.to_std()); }
  static std::string name() { return "str"; }
  static std::string json() { return detail::json_kind("str"); }
};

template <>
struct Convert<rt::Bytes> {
  static bool accepts(const ingot_value& v, bool) { return v.kind == INGOT_BYTES; }
  static rt::Bytes from(const ingot_value& v, const Where& where) {
    // JSON and JavaScript callers have no bytes: a str stands for its UTF-8 encoding.
    if (v.kind == INGOT_STR) return rt::Bytes(std::string_view(text_of(v)));
    detail::expect_kind(v, INGOT_BYTES, name(), where);
    return rt::Bytes(std::string_view(text_of(v)));
  }
  static ValuePtr to(const rt::Bytes& v) { return make_bytes(std::string(v.view())); }
  static std::string name() { return "bytes"; }
  static std::string json() { return detail::json_kind("bytes"); }
};

// ---- containers ---------------------------------------------------------------------------

template <typename T>
struct Convert<rt::List<T>> {
  static bool accepts(const ingot_value& v, bool) {
    return v.kind == INGOT_LIST || v.kind == INGOT_TUPLE;
  }
  static rt::List<T> from(const ingot_value& v, const Where& where) {
    const Sequence& sequence = detail::expect_sequence(v, name(), where);
    typename rt::List<T>::Storage items;
    items.reserve(sequence.items.size());
    for (std::size_t i = 0; i < sequence.items.size(); ++i) {
      items.push_back(Convert<T>::from(*sequence.items[i], where.item(i)));
    }
    return rt::List<T>(std::move(items));
  }
  static ValuePtr to(const rt::List<T>& v) {
    std::vector<ValuePtr> items;
    items.reserve(static_cast<std::size_t>(v.size()));
    for (const T& item : v.items()) items.push_back(Convert<T>::to(item));
    return make_list(std::move(items));
  }
  static std::string name() { return "list[" + Convert<T>::name() + "]"; }
  static std::string json() { return "{\"kind\": \"list\", \"item\": " + Convert<T>::json() + "}"; }
};

template <class T>
struct Convert<rt::TupleOf<T>> {
  static bool accepts(const ingot_value& v, bool) {
    return v.kind == INGOT_LIST || v.kind == INGOT_TUPLE;
  }
  static rt::TupleOf<T> from(const ingot_value& v, const Where& where) {
    return rt::TupleOf<T>(Convert<rt::List<T>>::from(v, where).items());
  }
  static ValuePtr to(const rt::TupleOf<T>& v) {
    std::vector<ValuePtr> items;
    items.reserve(static_cast<std::size_t>(v.size()));
    for (const T& item : v.items()) items.push_back(Convert<T>::to(item));
    return make_tuple(std::move(items));
  }
  static std::string name() { return "tuple[" + Convert<T>::name() + ", ...]"; }
  static std::string json() {
    return "{\"kind\": \"tuple\", \"item\": " + Convert<T>::json() + "}";
  }
};

template <typename T>
struct Convert<rt::Set<T>> {
  static bool accepts(const ingot_value& v, bool) {
    return v.kind == INGOT_LIST || v.kind == INGOT_TUPLE;
  }
  static rt::Set<T> from(const ingot_value& v, const Where& where) {
    const Sequence& sequence = detail::expect_sequence(v, name(), where);
    rt::Set<T> set;
    for (std::size_t i = 0; i < sequence.items.size(); ++i) {
      set.add(Convert<T>::from(*sequence.items[i], where.item(i)));
    }
    return set;
  }
  static ValuePtr to(const rt::Set<T>& v) {
    std::vector<ValuePtr> items;
    for (const T& item : v) items.push_back(Convert<T>::to(item));
    return make_list(std::move(items));
  }
  static std::string name() { return "set[" + Convert<T>::name() + "]"; }
  static std::string json() { return "{\"kind\": \"set\", \"item\": " + Convert<T>::json() + "}"; }
};

template <typename K, typename V>
struct Convert<rt::Dict<K, V>> {
  static bool accepts(const ingot_value& v, bool) { return v.kind == INGOT_DICT; }
  static rt::Dict<K, V> from(const ingot_value& v, const Where& where) {
    detail::expect_kind(v, INGOT_DICT, name(), where);
    rt::Dict<K, V> dict;
    const Where keys = where.key_of();
    for (const auto& [key, value] : dict_of(v).entries) {
      dict.set(key_from(*key, keys), Convert<V>::from(*value, where.value_at(*key)));
    }
    return dict;
  }
  // JSON object keys are strings: for int keys, a str holding a decimal int stands for it.
  static K key_from(const ingot_value& key, const Where& where) {
    if constexpr (std::is_same_v<K, rt::Int>) {
      if (key.kind == INGOT_STR) {
        const std::string& text = text_of(key);
        rt::Int parsed = 0;
        auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), parsed);
        if (ec == std::errc() && end == text.data() + text.size() && !text.empty()) return parsed;
      }
    }
    return Convert<K>::from(key, where);
  }
  static ValuePtr to(const rt::Dict<K, V>& v) {
    ValuePtr dict = make_dict();
    for (const auto& entry : v.table().entries) {
      if (entry) dict_set(*dict, Convert<K>::to(entry->key), Convert<V>::to(entry->value));
    }
    return dict;
  }
  static std::string name() {
    return "dict[" + Convert<K>::name() + ", " + Convert<V>::name() + "]";
  }
  static std::string json() {
    return "{\"kind\": \"dict\", \"key\": " + Convert<K>::json() +
           ", \"value\": " + Convert<V>::json() + "}";
  }
};

template <typename... Ts>
struct Convert<rt::Tuple<Ts...>> {
  static bool accepts(const ingot_value& v, bool) {
    return v.kind == INGOT_LIST || v.kind == INGOT_TUPLE;
  }
  static rt::Tuple<Ts...> from(const ingot_value& v, const Where& where) {
    const Sequence& sequence = detail::expect_sequence(v, name(), where);
    if (sequence.items.size() != sizeof...(Ts)) {
      raise(ExcKind::TypeError, where.describe() + " must be " + name() + " (" +
                                    std::to_string(sizeof...(Ts)) + " items), not " +
                                    std::to_string(sequence.items.size()) + " items");
    }
    return from_items(sequence, where, std::index_sequence_for<Ts...>{});
  }
  static ValuePtr to(const rt::Tuple<Ts...>& v) {
    std::vector<ValuePtr> items;
    std::apply([&](const Ts&... item) { (items.push_back(Convert<Ts>::to(item)), ...); },
               v.as_std());
    return make_tuple(std::move(items));
  }
  static std::string name() {
    std::string inner;
    ((inner += (inner.empty() ? "" : ", ") + Convert<Ts>::name()), ...);
    return "tuple[" + (inner.empty() ? std::string("()") : inner) + "]";
  }
  static std::string json() {
    std::string inner;
    ((inner += (inner.empty() ? "" : ", ") + Convert<Ts>::json()), ...);
    return "{\"kind\": \"tuple\", \"items\": [" + inner + "]}";
  }

 private:
  template <std::size_t... I>
  static rt::Tuple<Ts...> from_items(const Sequence& sequence, const Where& where,
                                     std::index_sequence<I...>) {
    // Braced initialization converts the items in order, so the first bad one is reported.
    return rt::Tuple<Ts...>{Convert<Ts>::from(*sequence.items[I], where.item(I))...};
  }
};

template <typename T>
struct Convert<rt::Optional<T>> {
  static bool accepts(const ingot_value& v, bool exact) {
    return v.kind == INGOT_NONE || Convert<T>::accepts(v, exact);
  }
  static rt::Optional<T> from(const ingot_value& v, const Where& where) {
    if (v.kind == INGOT_NONE) return rt::None;
    // "must be str or None, not int" rather than "must be str, not int".
    if (!Convert<T>::accepts(v, false)) raise_wrong_type(where, name(), v);
    return Convert<T>::from(v, where);
  }
  static ValuePtr to(const rt::Optional<T>& v) {
    return v.has_value() ? Convert<T>::to(*v) : make_none();
  }
  static std::string name() { return Convert<T>::name() + " or None"; }
  static std::string json() {
    return "{\"kind\": \"optional\", \"item\": " + Convert<T>::json() + "}";
  }
};

// A union takes the first alternative of the value's own kind (an int stays an int in
// `float | int`), else the first that accepts it (an int as a float).
template <typename... Ts>
struct Convert<std::variant<Ts...>> {
  static bool accepts(const ingot_value& v, bool exact) {
    return (Convert<Ts>::accepts(v, exact) || ...);
  }
  static std::variant<Ts...> from(const ingot_value& v, const Where& where) {
    std::optional<std::variant<Ts...>> converted;
    (try_alternative<Ts>(v, where, true, converted), ...);
    (try_alternative<Ts>(v, where, false, converted), ...);
    if (!converted) raise_wrong_type(where, name(), v);
    return std::move(*converted);
  }
  static ValuePtr to(const std::variant<Ts...>& v) {
    return std::visit([](const auto& alternative) { return to_value(alternative); }, v);
  }
  static std::string name() {
    std::string inner;
    ((inner += (inner.empty() ? "" : " | ") + Convert<Ts>::name()), ...);
    return inner;
  }
  static std::string json() {
    std::string inner;
    ((inner += (inner.empty() ? "" : ", ") + Convert<Ts>::json()), ...);
    return "{\"kind\": \"union\", \"items\": [" + inner + "]}";
  }

 private:
  template <typename T>
  static void try_alternative(const ingot_value& v, const Where& where, bool exact,
                              std::optional<std::variant<Ts...>>& converted) {
    if (converted || !Convert<T>::accepts(v, exact)) return;
    converted.emplace(std::in_place_type<T>, Convert<T>::from(v, where));
  }
};

}  // namespace ingot::abi
