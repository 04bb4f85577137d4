// Python's operators, in ingot::rt::op: one overload per combination of operand types
// that Python allows. Int is 64-bit: every result that would need a bigger int raises
// OverflowError("integer overflow") instead of wrapping.
#pragma once

#include <cmath>
#include <variant>

#include "runtime/core/containers.h"
#include "runtime/core/errors.h"
#include "runtime/core/protocol.h"
#include "runtime/core/str.h"
#include "runtime/core/values.h"

namespace ingot::rt {

// ---- scalar arithmetic (ops.cpp) ----------------------------------------------------------

Int int_add(Int a, Int b);
Int int_sub(Int a, Int b);
Int int_mul(Int a, Int b);
Int int_floordiv(Int a, Int b);  // ZeroDivisionError: integer division or modulo by zero
Int int_mod(Int a, Int b);       // ZeroDivisionError: integer modulo by zero
Int int_neg(Int a);
Int int_abs(Int a);
Int int_pow(Int base, Int exponent);  // exponent >= 0; a negative one raises ValueError
Float int_truediv(Int a, Int b);      // correctly rounded, as CPython's int / int
Int int_lshift(Int a, Int count);
Int int_rshift(Int a, Int count);
Float float_truediv(Float a, Float b);        // ZeroDivisionError: float division by zero
Float float_floordiv(Float a, Float b);       // CPython's float_divmod, floor part
Float float_mod(Float a, Float b);            // CPython's float_rem
Float float_pow(Float base, Float exponent);  // CPython's float_pow, errors included
// Exact comparison of an Int with a Float: -1, 0 or 1; 2 when f is NaN.
int compare_int_float(Int i, Float f);

// ---- numeric protocol ----------------------------------------------------------------------

template <Number A, Number B>
Bool py_eq(A a, B b) {
  if constexpr (IntLike<A> && IntLike<B>) {
    return static_cast<Int>(a) == static_cast<Int>(b);
  } else if constexpr (FloatLike<A> && FloatLike<B>) {
    return a == b;
  } else if constexpr (IntLike<A>) {
    return compare_int_float(static_cast<Int>(a), b) == 0;
  } else {
    return compare_int_float(static_cast<Int>(b), a) == 0;
  }
}
template <Number A, Number B>
Bool py_lt(A a, B b) {
  if constexpr (IntLike<A> && IntLike<B>) {
    return static_cast<Int>(a) < static_cast<Int>(b);
  } else if constexpr (FloatLike<A> && FloatLike<B>) {
    return a < b;
  } else if constexpr (IntLike<A>) {
    return compare_int_float(static_cast<Int>(a), b) == -1;
  } else {
    return compare_int_float(static_cast<Int>(b), a) == 1;
  }
}

namespace op {

// ---- arithmetic on numbers -------------------------------------------------------------------
// Bool and Int give Int; any Float operand gives Float.

template <IntLike A, IntLike B>
Int add(A a, B b) {
  return int_add(a, b);
}
template <Number A, Number B>
requires(FloatLike<A> || FloatLike<B>) Float add(A a, B b) {
  return static_cast<Float>(a) + static_cast<Float>(b);
}
template <IntLike A, IntLike B>
Int sub(A a, B b) {
  return int_sub(a, b);
}
template <Number A, Number B>
requires(FloatLike<A> || FloatLike<B>) Float sub(A a, B b) {
  return static_cast<Float>(a) - static_cast<Float>(b);
}
template <IntLike A, IntLike B>
Int mul(A a, B b) {
  return int_mul(a, b);
}
template <Number A, Number B>
requires(FloatLike<A> || FloatLike<B>) Float mul(A a, B b) {
  return static_cast<Float>(a) * static_cast<Float>(b);
}
template <IntLike A, IntLike B>
Float truediv(A a, B b) {
  return int_truediv(a, b);
}
template <Number A, Number B>
requires(FloatLike<A> || FloatLike<B>) Float truediv(A a, B b) {
  return float_truediv(static_cast<Float>(a), static_cast<Float>(b));
}
template <IntLike A, IntLike B>
Int floordiv(A a, B b) {
  return int_floordiv(a, b);
}
template <Number A, Number B>
requires(FloatLike<A> || FloatLike<B>) Float floordiv(A a, B b) {
  return float_floordiv(static_cast<Float>(a), static_cast<Float>(b));
}
template <IntLike A, IntLike B>
Int mod(A a, B b) {
  return int_mod(a, b);
}
template <Number A, Number B>
requires(FloatLike<A> || FloatLike<B>) Float mod(A a, B b) {
  return float_mod(static_cast<Float>(a), static_cast<Float>(b));
}
// int ** int is an int only for a non-negative exponent; this overload raises ValueError
// for a negative one. pow_int_or_float gives Python's exact result type at run time.
template <IntLike A, IntLike B>
Int pow(A base, B exponent) {
  return int_pow(base, exponent);
}
std::variant<Int, Float> pow_int_or_float(Int base, Int exponent);
template <Number A, Number B>
requires(FloatLike<A> || FloatLike<B>) Float pow(A base, B exponent) {
  return float_pow(static_cast<Float>(base), static_cast<Float>(exponent));
}
template <IntLike A>
Int neg(A a) {
  return int_neg(a);
}
template <FloatLike A>
Float neg(A a) {
  return -a;
}
template <IntLike A>
Int pos(A a) {
  return a;
}
template <FloatLike A>
Float pos(A a) {
  return a;
}
template <IntLike A>
Int invert(A a) {
  return ~static_cast<Int>(a);
}
template <IntLike A, IntLike B>
Int lshift(A a, B count) {
  return int_lshift(a, count);
}
template <IntLike A, IntLike B>
Int rshift(A a, B count) {
  return int_rshift(a, count);
}
// bool & bool stays a bool, as in Python. (`bitand`/`bitor` are C++ keywords, hence bit_and.)
inline Bool bit_and(Bool a, Bool b) { return a && b; }
inline Bool bit_or(Bool a, Bool b) { return a || b; }
inline Bool bit_xor(Bool a, Bool b) { return a != b; }
template <IntLike A, IntLike B>
requires(!(std::same_as<A, Bool> && std::same_as<B, Bool>)) Int bit_and(A a, B b) {
  return static_cast<Int>(a) & static_cast<Int>(b);
}
template <IntLike A, IntLike B>
requires(!(std::same_as<A, Bool> && std::same_as<B, Bool>)) Int bit_or(A a, B b) {
  return static_cast<Int>(a) | static_cast<Int>(b);
}
template <IntLike A, IntLike B>
requires(!(std::same_as<A, Bool> && std::same_as<B, Bool>)) Int bit_xor(A a, B b) {
  return static_cast<Int>(a) ^ static_cast<Int>(b);
}

// ---- sequences --------------------------------------------------------------------------------

inline Str add(const Str& a, const Str& b) { return str_concat(a, b); }
Bytes add(const Bytes& a, const Bytes& b);
template <class T>
List<T> add(const List<T>& a, const List<T>& b) {
  std::vector<T> out = a.items();
  out.insert(out.end(), b.items().begin(), b.items().end());
  return List<T>(std::move(out));
}
template <class... As, class... Bs>
Tuple<As..., Bs...> add(const Tuple<As...>& a, const Tuple<Bs...>& b) {
  return Tuple<As..., Bs...>(std::tuple_cat(a.as_std(), b.as_std()));
}
template <IntLike N>
Str mul(const Str& s, N times) {
  return str_repeat(s, times);
}
template <IntLike N>
Str mul(N times, const Str& s) {
  return str_repeat(s, times);
}
Bytes bytes_repeat(const Bytes& b, Int times);
template <IntLike N>
Bytes mul(const Bytes& b, N times) {
  return bytes_repeat(b, times);
}
template <IntLike N>
Bytes mul(N times, const Bytes& b) {
  return bytes_repeat(b, times);
}
template <class T, IntLike N>
List<T> mul(const List<T>& list, N times) {
  std::vector<T> out;
  if (times <= 0 || list.size() == 0) return List<T>(std::move(out));
  Int total;
  if (__builtin_mul_overflow(list.size(), static_cast<Int>(times), &total) ||
      total > (Int{1} << 32)) {
    raise(ExcKind::MemoryError, "");  // as CPython, which cannot allocate it either
  }
  out.reserve(static_cast<size_t>(total));
  for (Int i = 0; i < times; ++i) out.insert(out.end(), list.items().begin(), list.items().end());
  return List<T>(std::move(out));
}
template <class T, IntLike N>
List<T> mul(N times, const List<T>& list) {
  return mul(list, times);
}

// ---- sets and dicts ----------------------------------------------------------------------------

template <class T>
Set<T> sub(const Set<T>& a, const Set<T>& b) {
  return set_difference(a, b);
}
template <class T>
Set<T> bit_or(const Set<T>& a, const Set<T>& b) {
  return set_union(a, b);
}
template <class T>
Set<T> bit_and(const Set<T>& a, const Set<T>& b) {
  return set_intersection(a, b);
}
template <class T>
Set<T> bit_xor(const Set<T>& a, const Set<T>& b) {
  return set_symmetric_difference(a, b);
}
template <class K, class V>
Dict<K, V> bit_or(const Dict<K, V>& a, const Dict<K, V>& b) {
  return dict_merge(a, b);
}

// ---- comparisons -------------------------------------------------------------------------------

template <class A, class B>
Bool eq(const A& a, const B& b) {
  return py_eq(a, b);
}
template <class A, class B>
Bool ne(const A& a, const B& b) {
  return !py_eq(a, b);
}
template <class A, class B>
Bool lt(const A& a, const B& b) {
  return py_lt(a, b);
}
template <class A, class B>
Bool gt(const A& a, const B& b) {
  return py_lt(b, a);
}
template <class A, class B>
Bool le(const A& a, const B& b) {
  return py_lt(a, b) || py_eq(a, b);
}
template <class A, class B>
Bool ge(const A& a, const B& b) {
  return py_lt(b, a) || py_eq(a, b);
}

// `item in container`
template <class C, class T>
Bool contains(const C& container, const T& item) {
  return ::ingot::rt::contains(container, item);
}

// Python's truth value of x (bool(x), `if x`, `not x`).
template <class T>
Bool truth(const T& x) {
  return ::ingot::rt::truth(x);
}

}  // namespace op
}  // namespace ingot::rt
