// json_dumps(value): exactly what CPython's json.dumps(value) prints with its defaults
// (ensure_ascii, ", " and ": " separators, NaN/Infinity, tuples as arrays, dict keys of
// type int/float/bool/None turned into strings as CPython does).
#pragma once

#include <string>
#include <variant>

#include "runtime/core/containers.h"
#include "runtime/core/format.h"
#include "runtime/core/str.h"
#include "runtime/core/values.h"

namespace ingot::rt {

void json_append(std::string& out, Int x);
void json_append(std::string& out, Float x);
void json_append(std::string& out, Bool x);
void json_append(std::string& out, NoneType);
void json_append(std::string& out, const Str& x);
template <IntLike T>
requires(!std::same_as<T, Int> && !std::same_as<T, Bool>) void json_append(std::string& out, T x) {
  json_append(out, static_cast<Int>(x));
}
template <class T>
void json_append(std::string& out, const List<T>& x);
template <class... Ts>
void json_append(std::string& out, const Tuple<Ts...>& x);
template <class K, class V>
void json_append(std::string& out, const Dict<K, V>& x);
template <class T>
void json_append(std::string& out, const Optional<T>& x);
template <class... Ts>
void json_append(std::string& out, const std::variant<Ts...>& x);

// What json.dumps refuses, with CPython's TypeError.
void json_append(std::string& out, const Bytes& x);
void json_append(std::string& out, const Range& x);
template <class T>
void json_append(std::string&, const Set<T>&) {
  raise(ExcKind::TypeError, "Object of type set is not JSON serializable");
}

// A dict key as JSON turns it into a string: str keys as they are, True -> "true",
// None -> "null", ints and floats as their repr (NaN -> "NaN", inf -> "Infinity").
std::string json_key(const Str& k);
std::string json_key(Int k);
std::string json_key(Float k);
std::string json_key(Bool k);
std::string json_key(NoneType);
template <class... Ts>
std::string json_key(const Tuple<Ts...>&) {
  raise(ExcKind::TypeError, "keys must be str, int, float, bool or None, not tuple");
}

template <class T>
void json_append(std::string& out, const List<T>& x) {
  out += '[';
  for (Int i = 0; i < x.size(); ++i) {
    if (i) out += ", ";
    json_append(out, x.items()[i]);
  }
  out += ']';
}
template <class... Ts>
void json_append(std::string& out, const Tuple<Ts...>& x) {
  out += '[';
  bool first = true;
  std::apply(
      [&](const auto&... item) {
        ((out += first ? "" : ", ", json_append(out, item), first = false), ...);
      },
      x.as_std());
  out += ']';
}
template <class K, class V>
void json_append(std::string& out, const Dict<K, V>& x) {
  out += '{';
  bool first = true;
  for (const auto& [k, v] : DictItems<K, V>(x)) {
    if (!first) out += ", ";
    first = false;
    json_append(out, Str(json_key(k)));
    out += ": ";
    json_append(out, v);
  }
  out += '}';
}
template <class T>
void json_append(std::string& out, const Optional<T>& x) {
  if (x) {
    json_append(out, *x);
  } else {
    json_append(out, None);
  }
}
template <class... Ts>
void json_append(std::string& out, const std::variant<Ts...>& x) {
  std::visit([&](const auto& v) { json_append(out, v); }, x);
}

template <class T>
Str json_dumps(const T& value) {
  std::string out;
  json_append(out, value);
  return Str(std::move(out));
}

}  // namespace ingot::rt
