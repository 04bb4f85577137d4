// The str, dict, set and tuple methods beyond the core ones in str.h and containers.h:
// str.maketrans/translate, dict.fromkeys, the set *_update forms, tuple.count/index.
#pragma once

#include <string>
#include <tuple>
#include <vector>

#include "runtime/core/builtins.h"
#include "runtime/core/containers.h"
#include "runtime/core/errors.h"
#include "runtime/core/ops.h"
#include "runtime/core/str.h"
#include "runtime/core/tuple_of.h"
#include "runtime/core/values.h"

namespace ingot::rt {

// ---- str.maketrans and str.translate ----------------------------------------------------------

Dict<Int, Int> str_maketrans(const Str& from, const Str& to);
Dict<Int, Optional<Int>> str_maketrans(const Str& from, const Str& to, const Str& remove);
Dict<Int, Str> str_maketrans(const Dict<Str, Str>& mapping);

// One code point's replacement: a code point, a string, or None (deleted).
void translate_append(std::string& out, Int code);
inline void translate_append(std::string& out, const Str& text) { out += text.view(); }
template <class V>
void translate_append(std::string& out, const Optional<V>& value) {
  if (value) translate_append(out, *value);
}

template <class V>
Str str_translate(const Str& self, const Dict<Int, V>& table) {
  std::string out;
  for (char32_t c : self.code_points()) {
    if (const V* to = table.find(static_cast<Int>(c))) {
      translate_append(out, *to);
    } else {
      append_utf8(out, c);
    }
  }
  return Str(std::move(out));
}

// ---- dict.fromkeys --------------------------------------------------------------------------

template <class Iterable, class V>
auto dict_fromkeys(const Iterable& keys, const V& value) {
  using K = std::decay_t<decltype(*std::begin(keys))>;
  Dict<K, V> out;
  for (const auto& k : keys) out.set(k, value);
  return out;
}

// ---- set.*_update: the operation's result, in place -------------------------------------------

template <class T>
void set_replace(const Set<T>& self, const Set<T>& result) {
  std::vector<T> items;
  for (const auto& x : result) items.push_back(x);
  self.table().clear();
  for (const auto& x : items) self.add(x);
}
template <class T, class... Its>
NoneType set_intersection_update(const Set<T>& self, const Its&... others) {
  set_replace(self, set_intersection(self, others...));
  return None;
}
template <class T, class... Its>
NoneType set_difference_update(const Set<T>& self, const Its&... others) {
  set_replace(self, set_difference(self, others...));
  return None;
}
template <class T, class It>
NoneType set_symmetric_difference_update(const Set<T>& self, const It& other) {
  set_replace(self, set_symmetric_difference(self, other));
  return None;
}

// ---- tuple.count and tuple.index ----------------------------------------------------------------

template <class T, class F>
void for_each_item(const TupleOf<T>& self, const F& f) {
  for (const auto& item : self) f(item);
}
template <class... Ts, class F>
void for_each_item(const Tuple<Ts...>& self, const F& f) {
  std::apply([&](const auto&... item) { (f(item), ...); }, self.as_std());
}

// Python's == across an item's and the value's types: a str is never equal to an int.
template <class A, class B>
Bool items_equal(const A& a, const B& b) {
  if constexpr (std::is_same_v<A, B> || (Number<A> && Number<B>)) {
    return op::eq(a, b);
  } else {
    return false;
  }
}

template <class Tuple, class U>
Int tuple_count(const Tuple& self, const U& value) {
  Int n = 0;
  for_each_item(self, [&](const auto& item) { n += items_equal(item, value) ? 1 : 0; });
  return n;
}
template <class Tuple, class U>
Int tuple_index(const Tuple& self, const U& value) {
  Int i = 0, found = -1;
  for_each_item(self, [&](const auto& item) {
    if (found < 0 && items_equal(item, value)) found = i;
    ++i;
  });
  if (found < 0) raise(ExcKind::ValueError, "tuple.index(x): x not in tuple");
  return found;
}
}  // namespace ingot::rt
