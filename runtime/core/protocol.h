// The protocol every runtime value takes part in, declared once for all types before any
// template defines it: Python's ==, <, hash(), repr(), str() and truth value. The
// containers (containers.h) and the operators (ops.h) are built on these.
//
// They live in ingot::rt, so argument lookup finds them for every runtime type; the
// overloads for C++ scalars are declared here, before any template uses them.
#pragma once

#include <string>
#include <variant>

#include "runtime/core/str.h"
#include "runtime/core/values.h"

namespace ingot::rt {

// ---- equality (Python ==) ----
template <Number A, Number B>
Bool py_eq(A a, B b);
Bool py_eq(NoneType, NoneType);
Bool py_eq(const Str& a, const Str& b);
Bool py_eq(const Bytes& a, const Bytes& b);
template <class A, class B>
Bool py_eq(const List<A>& a, const List<B>& b);
template <class... As, class... Bs>
Bool py_eq(const Tuple<As...>& a, const Tuple<Bs...>& b);
template <class K, class V>
Bool py_eq(const Dict<K, V>& a, const Dict<K, V>& b);
template <class A, class B>
Bool py_eq(const Set<A>& a, const Set<B>& b);
Bool py_eq(const Range& a, const Range& b);
template <class A, class B>
Bool py_eq(const Optional<A>& a, const Optional<B>& b);
template <class A, class B>
Bool py_eq(const Optional<A>& a, const B& b);
template <class A, class B>
Bool py_eq(const A& a, const Optional<B>& b);
template <class... As, class B>
Bool py_eq(const std::variant<As...>& a, const B& b);
template <class A, class... Bs>
Bool py_eq(const A& a, const std::variant<Bs...>& b);
template <class... As, class... Bs>
Bool py_eq(const std::variant<As...>& a, const std::variant<Bs...>& b);

// ---- ordering (Python <); for sets it is the proper-subset test ----
template <Number A, Number B>
Bool py_lt(A a, B b);
Bool py_lt(const Str& a, const Str& b);
Bool py_lt(const Bytes& a, const Bytes& b);
template <class A, class B>
Bool py_lt(const List<A>& a, const List<B>& b);
template <class... As, class... Bs>
Bool py_lt(const Tuple<As...>& a, const Tuple<Bs...>& b);
template <class A, class B>
Bool py_lt(const Set<A>& a, const Set<B>& b);
template <class... As, class... Bs>
Bool py_lt(const std::variant<As...>& a, const std::variant<Bs...>& b);

// ---- hash (consistent with py_eq within one key type) ----
size_t py_hash(Int x);
size_t py_hash(Float x);
size_t py_hash(Bool x);
size_t py_hash(NoneType);
size_t py_hash(const Str& x);
size_t py_hash(const Bytes& x);
template <class... Ts>
size_t py_hash(const Tuple<Ts...>& x);
template <class T>
size_t py_hash(const Optional<T>& x);
template <class... Ts>
size_t py_hash(const std::variant<Ts...>& x);

// ---- truth value (Python bool(x)) ----
inline Bool truth(Bool x) { return x; }
template <IntLike T>
Bool truth(T x) {
  return x != 0;
}
template <FloatLike T>
Bool truth(T x) {
  return x != 0.0;
}
inline Bool truth(NoneType) { return false; }
inline Bool truth(const Str& x) { return !x.empty(); }
inline Bool truth(const Bytes& x) { return !x.empty(); }
template <class T>
Bool truth(const List<T>& x);
template <class K, class V>
Bool truth(const Dict<K, V>& x);
template <class T>
Bool truth(const Set<T>& x);
template <class... Ts>
Bool truth(const Tuple<Ts...>& x) {
  return sizeof...(Ts) > 0;
}
Bool truth(const Range& x);
template <class T>
Bool truth(const Optional<T>& x);
template <class... Ts>
Bool truth(const std::variant<Ts...>& x);

// ---- repr() and str() ----
Str repr(Int x);
Str repr(Float x);  // exactly CPython's repr(float): shortest round-trip digits
Str repr(Bool x);
Str repr(NoneType);
Str repr(const Str& x);    // quotes and escapes as CPython
Str repr(const Bytes& x);  // b'...'
Str repr(const Range& x);
template <class T>
Str repr(const List<T>& x);
template <class K, class V>
Str repr(const Dict<K, V>& x);
template <class T>
Str repr(const Set<T>& x);
template <class... Ts>
Str repr(const Tuple<Ts...>& x);
template <class K, class V, class P>
class DictView;
template <class K, class V, class P>
Str repr(const DictView<K, V, P>& x);
template <class T>
Str repr(const Optional<T>& x);
template <class... Ts>
Str repr(const std::variant<Ts...>& x);
// Python refuses ints outside int64 as well: these take any C++ integer type.
template <IntLike T>
requires(!std::same_as<T, Int> && !std::same_as<T, Bool>) Str repr(T x) {
  return repr(static_cast<Int>(x));
}

// str(x): the same as repr(x) except for Str itself (and containers show their items' repr).
inline Str to_str(const Str& x) { return x; }
Str to_str(Int x);
Str to_str(Float x);
Str to_str(Bool x);
Str to_str(NoneType);
Str to_str(const Bytes& x);
template <class T>
Str to_str(const T& x) {
  return repr(x);
}
template <class T>
Str to_str(const Optional<T>& x);
template <class... Ts>
Str to_str(const std::variant<Ts...>& x);

// The hash and equality functors the containers use.
struct PyHash {
  template <class T>
  size_t operator()(const T& x) const {
    return py_hash(x);
  }
};
struct PyEq {
  template <class A, class B>
  bool operator()(const A& a, const B& b) const {
    return py_eq(a, b);
  }
};
// Python's a < b as a strict weak order for sorting.
struct PyLess {
  template <class A, class B>
  bool operator()(const A& a, const B& b) const {
    return py_lt(a, b);
  }
};

}  // namespace ingot::rt
