// Python's built-in functions over runtime values: conversions (int(), float(), str(),
// bool()), abs, min, max, sum, sorted, round, divmod, ord, chr, hex, oct, bin, any, all,
// and print. (len, range, enumerate, zip, reversed are in containers.h.)
#pragma once

#include <cmath>
#include <cstdio>
#include <string>

#include "runtime/core/containers.h"
#include "runtime/core/errors.h"
#include "runtime/core/format.h"
#include "runtime/core/ops.h"
#include "runtime/core/protocol.h"
#include "runtime/core/str.h"
#include "runtime/core/values.h"

namespace ingot::rt {

// ---- int(), float(), bool() -----------------------------------------------------------------

// Integer arguments of any C++ integer type (bool included) convert as Python's int.
template <IntLike T>
Int to_int(T x) {
  return static_cast<Int>(x);
}
Int to_int(Float x);  // truncates; NaN -> ValueError, inf -> OverflowError
// CPython's int(str, base) rules: whitespace, sign, underscores between digits, Unicode
// decimal digits, base 0 (prefix decides) and 2..36.
Int to_int(const Str& x, Int base = 10);
inline Float to_float(Float x) { return x; }
template <IntLike T>
Float to_float(T x) {
  return static_cast<Float>(x);
}
// CPython's float(str): whitespace, sign, underscores, inf/infinity/nan in any case.
Float to_float(const Str& x);
template <class T>
Bool to_bool(const T& x) {
  return truth(x);
}

// ---- abs, round, divmod ---------------------------------------------------------------------

template <IntLike T>
Int abs(T x) {
  return int_abs(x);
}
inline Float abs(Float x) { return std::fabs(x); }

// round(x): half to even, as an Int.
Int round(Float x);
template <IntLike T>
Int round(T x) {
  return static_cast<Int>(x);
}
inline Int round(Float x, NoneType) { return round(x); }
// round(x, ndigits): correctly rounded to ndigits decimal places, half to even on the exact
// binary value, as CPython's float rounding.
Float round(Float x, Int ndigits);
Int round(Int x, Int ndigits);

Tuple<Int, Int> int_divmod(Int a, Int b);
Tuple<Float, Float> float_divmod(Float a, Float b);
template <IntLike A, IntLike B>
Tuple<Int, Int> divmod(A a, B b) {
  return int_divmod(a, b);
}
template <Number A, Number B>
requires(FloatLike<A> || FloatLike<B>) Tuple<Float, Float> divmod(A a, B b) {
  return float_divmod(static_cast<Float>(a), static_cast<Float>(b));
}

// ---- characters and number bases ------------------------------------------------------------

Int ord(const Str& c);  // TypeError unless len(c) == 1
Str chr(Int code);      // ValueError outside range(0x110000)
Str hex(Int x);
Str oct(Int x);
Str bin(Int x);

// ---- min, max ---------------------------------------------------------------------------------
// min/max of an iterable: min_iter(iterable[, key]) and min_iter_default(iterable, key,
// default); of several arguments: min_args(a, b, ...) and min_args_key(key, a, b, ...).
// `key` is None or any callable. Ties keep the first, as CPython.

// One pass over the iterable (it may be a generator): the extreme item, or none when empty.
template <class It, class Key = NoneType>
std::optional<elem_t<It>> extreme_item(const It& iterable, const Key& key, bool want_max) {
  std::optional<elem_t<It>> best;
  auto key_of = [&](const auto& x) {
    if constexpr (std::is_same_v<Key, NoneType>) {
      return x;
    } else {
      return key(x);
    }
  };
  std::optional<std::decay_t<decltype(key_of(std::declval<elem_t<It>>()))>> best_key;
  for (const auto& x : iterable) {
    auto k = key_of(x);
    if (!best || (want_max ? py_lt(*best_key, k) : py_lt(k, *best_key))) {
      best = x;
      best_key = std::move(k);
    }
  }
  return best;
}
template <class It, class Key = NoneType>
elem_t<It> extreme_iter(const It& iterable, const Key& key, bool want_max, const char* name) {
  std::optional<elem_t<It>> best = extreme_item(iterable, key, want_max);
  if (!best) raise(ExcKind::ValueError, std::string(name) + "() arg is an empty sequence");
  return *best;
}
template <class It>
elem_t<It> min_iter(const It& iterable) {
  return extreme_iter(iterable, None, false, "min");
}
template <class It, class Key>
elem_t<It> min_iter(const It& iterable, const Key& key) {
  return extreme_iter(iterable, key, false, "min");
}
template <class It>
elem_t<It> max_iter(const It& iterable) {
  return extreme_iter(iterable, None, true, "max");
}
template <class It, class Key>
elem_t<It> max_iter(const It& iterable, const Key& key) {
  return extreme_iter(iterable, key, true, "max");
}
template <class It, class Key, class D>
elem_t<It> min_iter_default(const It& iterable, const Key& key, const D& fallback) {
  std::optional<elem_t<It>> best = extreme_item(iterable, key, false);
  if (!best) return fallback;
  return *best;
}
template <class It, class Key, class D>
elem_t<It> max_iter_default(const It& iterable, const Key& key, const D& fallback) {
  std::optional<elem_t<It>> best = extreme_item(iterable, key, true);
  if (!best) return fallback;
  return *best;
}
template <class Key, class T, class... Ts>
T min_args_key(const Key& key, const T& first, const Ts&... rest) {
  return extreme_iter(List<T>{first, static_cast<T>(rest)...}, key, false, "min");
}
template <class Key, class T, class... Ts>
T max_args_key(const Key& key, const T& first, const Ts&... rest) {
  return extreme_iter(List<T>{first, static_cast<T>(rest)...}, key, true, "max");
}
template <class T, class... Ts>
T min_args(const T& first, const Ts&... rest) {
  return min_args_key(None, first, rest...);
}
template <class T, class... Ts>
T max_args(const T& first, const Ts&... rest) {
  return max_args_key(None, first, rest...);
}

// ---- sum, any, all, sorted --------------------------------------------------------------------

// sum(iterable, start): left-to-right op::add, as CPython 3.11.
template <class It, class Start>
auto sum(const It& iterable, const Start& start) {
  using Result = decltype(op::add(start, std::declval<elem_t<It>>()));
  Result total = static_cast<Result>(start);
  for (const auto& x : iterable) total = op::add(total, x);
  return total;
}
template <class It>
auto sum(const It& iterable) {
  return sum(iterable, Int{0});
}
template <class It>
Bool any(const It& iterable) {
  for (const auto& x : iterable) {
    if (truth(x)) return true;
  }
  return false;
}
template <class It>
Bool all(const It& iterable) {
  for (const auto& x : iterable) {
    if (!truth(x)) return false;
  }
  return true;
}
template <class It, class Key = NoneType>
List<elem_t<It>> sorted(const It& iterable, const Key& key = None, Bool reverse = false) {
  std::vector<elem_t<It>> items;
  for (const auto& x : iterable) items.push_back(x);
  return List<elem_t<It>>(sort_items(std::move(items), key, reverse));
}

// ---- print --------------------------------------------------------------------------------------

void write_stdout(std::string_view text);

// print(*args, sep=sep, end=end)
template <class... Args>
void py_print(const Str& sep, const Str& end, const Args&... args) {
  std::string out;
  bool first = true;
  ((out += first ? "" : sep.view(), out += to_str(args).view(), first = false), ...);
  out += end.view();
  write_stdout(out);
}

}  // namespace ingot::rt
