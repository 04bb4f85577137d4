// What the compiler's lowering of Python needs beyond Python's own operations: the
// helpers that IR instructions and `ingot.*` rows of the op library name. Kept apart so
// the rest of the runtime reads as Python's semantics alone.
#pragma once

#include <string>

#include "runtime/core/core.h"

namespace ingot::rt {

// f-strings: the parts, each already formatted, joined.
template <class... Parts>
Str concat(const Parts&... parts) {
  std::string out;
  out.reserve((parts.view().size() + ... + 0));
  (out.append(parts.view()), ...);
  return Str(std::move(out));
}

// `x is None`.
template <class T>
Bool is_none(const T&) {
  return false;
}
inline Bool is_none(NoneType) { return true; }
template <class T>
Bool is_none(const Optional<T>& x) {
  return x.is_none();
}

// `x or y` keeps x when it is true, and a true value is never None: T | None narrows to T.
template <class T>
const T& narrow_truthy(const T& x) {
  return x;
}
template <class T>
const T& narrow_truthy(const Optional<T>& x) {
  return *x;
}

// type(x).__name__ for the types format_object can meet.
template <class T>
std::string type_name(const List<T>&) { return "list"; }
template <class K, class V>
std::string type_name(const Dict<K, V>&) { return "dict"; }
template <class T>
std::string type_name(const Set<T>&) { return "set"; }
template <class... Ts>
std::string type_name(const Tuple<Ts...>&) { return "tuple"; }
inline std::string type_name(NoneType) { return "NoneType"; }
inline std::string type_name(const Bytes&) { return "bytes"; }
inline std::string type_name(const Range&) { return "range"; }
template <class T>
std::string type_name(const Optional<T>& x) {
  return x.is_none() ? "NoneType" : type_name(*x);
}

// ascii(x): repr(x) with every non-ASCII code point escaped as \xNN, \uNNNN or \UNNNNNNNN.
Str ascii_escape(const Str& text);
template <class T>
Str ascii(const T& x) {
  return ascii_escape(repr(x));
}

// format(x, "") is str(x) for every object; another spec is a TypeError, as in CPython.
template <class T>
Str format_object(const T& x, const Str& spec) {
  if (!spec.empty()) {
    raise(ExcKind::TypeError, "unsupported format string passed to " + type_name(x) +
                                  ".__format__");
  }
  return to_str(x);
}

// `xs += iterable` extends the list in place; the name still refers to the same list.
template <class T, class It>
List<T> list_iadd(const List<T>& self, const It& items) {
  list_extend(self, items);
  return self;
}
template <class T>
Set<T> set_ior(const Set<T>& self, const Set<T>& other) {
  set_update(self, other);
  return self;
}
template <class K, class V>
Dict<K, V> dict_ior(const Dict<K, V>& self, const Dict<K, V>& other) {
  dict_update(self, other);
  return self;
}

// `a, b = value`: checks the number of items as CPython does, and gives something
// element<I>() can read.
inline void unpack_count_error(Int expected, Int got) {
  if (got > expected) {
    raise(ExcKind::ValueError,
          "too many values to unpack (expected " + std::to_string(expected) + ")");
  }
  raise(ExcKind::ValueError, "not enough values to unpack (expected " +
                                 std::to_string(expected) + ", got " + std::to_string(got) + ")");
}
template <class... Ts>
const Tuple<Ts...>& unpack(const Tuple<Ts...>& value, Int) {
  return value;
}
template <class T>
List<T> unpack(const List<T>& value, Int count) {
  if (value.size() != count) unpack_count_error(count, value.size());
  return list_copy(value);
}
template <class It>
auto unpack(const It& value, Int count) {
  auto items = to_list(value);
  if (items.size() != count) unpack_count_error(count, items.size());
  return items;
}

template <size_t I, class... Ts>
const auto& element(const Tuple<Ts...>& value) {
  return std::get<I>(value);
}
template <size_t I, class T>
T element(const List<T>& value) {
  return value.items()[I];
}

}  // namespace ingot::rt
