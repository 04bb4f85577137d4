// Helpers for what the compiler's lowering makes explicit: unpacking, in-place operators,
// `is None`, format() of any object, ascii(), string building for f-strings.
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "runtime/core/builtins.h"
#include "runtime/core/containers.h"
#include "runtime/core/errors.h"
#include "runtime/core/format.h"
#include "runtime/core/protocol.h"
#include "runtime/core/str.h"
#include "runtime/core/tuple_of.h"
#include "runtime/core/values.h"

namespace ingot::rt {

// The generated code's table of embedded files: bytes by "GLOBAL/FILE" key.
using Resources = std::string_view (*)(std::string_view key);

// Python's type(x).__name__ for runtime values (for error messages).
inline const char* type_name(Int) { return "int"; }
inline const char* type_name(Float) { return "float"; }
inline const char* type_name(Bool) { return "bool"; }
inline const char* type_name(NoneType) { return "NoneType"; }
inline const char* type_name(const Str&) { return "str"; }
inline const char* type_name(const Bytes&) { return "bytes"; }
inline const char* type_name(const Range&) { return "range"; }
template <class T>
const char* type_name(const List<T>&) {
  return "list";
}
template <class K, class V>
const char* type_name(const Dict<K, V>&) {
  return "dict";
}
template <class T>
const char* type_name(const Set<T>&) {
  return "set";
}
template <class... Ts>
const char* type_name(const Tuple<Ts...>&) {
  return "tuple";
}
template <class T>
const char* type_name(const TupleOf<T>&) {
  return "tuple";
}
inline const char* type_name(const PyException& e) { return exc_name(e.kind()).data(); }
template <class T>
const char* type_name(const Optional<T>& x) {
  return x ? type_name(*x) : "NoneType";
}
template <class... Ts>
const char* type_name(const std::variant<Ts...>& x) {
  return std::visit([](const auto& v) { return type_name(v); }, x);
}

// `x is None`
inline Bool is_none(NoneType) { return true; }
template <class T>
Bool is_none(const Optional<T>& x) {
  return !x;
}
template <class T>
Bool is_none(const T&) {
  return false;
}
template <class... Ts>
Bool is_none(const std::variant<Ts...>& x) {
  return std::visit([](const auto& v) { return is_none(v); }, x);
}

// `x or y` keeps x only when it is true, and a true value is never None: a value that
// is not optional passes through; the T inside an Optional is taken out.
template <class T>
const T& narrow_truthy(const T& x) {
  return x;
}
template <class T>
T narrow_truthy(const Optional<T>& x) {
  if (!x) raise(ExcKind::TypeError, "'NoneType' object is not subscriptable");
  return *x;
}

// Concatenation of the parts of an f-string.
template <class... Parts>
Str concat(const Parts&... parts) {
  std::string out;
  ((out += Str(parts).view()), ...);
  return Str(std::move(out));
}

// format(x, spec) for objects without their own __format__ (object.__format__).
template <class T>
Str format_object(const T& value, const Str& spec) {
  if (!spec.empty()) {
    raise(ExcKind::TypeError,
          std::string("unsupported format string passed to ") + type_name(value) + ".__format__");
  }
  return to_str(value);
}
template <class T>
Str format_object(const T& value) {
  return to_str(value);
}

// ascii(x): repr(x) with every non-ASCII character escaped.
Str ascii_escape(const Str& text);
template <class T>
Str ascii(const T& x) {
  return ascii_escape(repr(x));
}

// In-place operators that mutate their left operand: a += b (list), a |= b (set, dict).
template <class T, class It>
List<T> list_iadd(const List<T>& self, const It& other) {
  list_extend(self, other);
  return self;
}
template <class T, class It>
Set<T> set_ior(const Set<T>& self, const It& other) {
  set_update(self, other);
  return self;
}
template <class K, class V>
Dict<K, V> dict_ior(const Dict<K, V>& self, const Dict<K, V>& other) {
  dict_update(self, other);
  return self;
}

// ---- unpacking: `a, b = value` ---------------------------------------------------------------

void check_unpack_count(Int got, Int expected);

// A tuple's size is known to the compiler; a sequence's length is checked here. Other
// iterables are collected into a list first.
template <class... Ts>
const Tuple<Ts...>& unpack(const Tuple<Ts...>& value, Int count) {
  check_unpack_count(sizeof...(Ts), count);
  return value;
}
template <class T>
const List<T>& unpack(const List<T>& value, Int count) {
  check_unpack_count(value.size(), count);
  return value;
}
inline const Str& unpack(const Str& value, Int count) {
  check_unpack_count(value.len(), count);
  return value;
}
template <class It>
auto unpack(const It& value, Int count) {
  List<elem_t<It>> items = to_list(value);
  check_unpack_count(items.size(), count);
  return items;
}

template <size_t I, class... Ts>
const auto& element(const Tuple<Ts...>& value) {
  return std::get<I>(value.as_std());
}
template <size_t I, class T>
T element(const List<T>& value) {
  return value.items()[I];
}
template <size_t I>
Str element(const Str& value) {
  return Str::from_code_point(value.code_point(static_cast<Int>(I)));
}

}  // namespace ingot::rt

namespace ingot::rt {

// ---- unions --------------------------------------------------------------------------------
// A value of one static type stored where a wider one is expected: T into T | None or
// into a union holding T, Optional<T> and smaller unions into bigger ones.

template <class T>
struct is_variant : std::false_type {};
template <class... Ts>
struct is_variant<std::variant<Ts...>> : std::true_type {};

template <class To, class From>
To convert(const From& value) {
  if constexpr (std::is_same_v<To, From>) {
    return value;
  } else if constexpr (is_variant<From>::value) {
    return std::visit([](const auto& alt) -> To { return convert<To>(alt); }, value);
  } else if constexpr (requires { value.is_none(); } && !std::is_same_v<To, NoneType>) {
    if (value.is_none()) return convert<To>(None);
    return convert<To>(*value);
  } else {
    return To(value);
  }
}

// The value of a union once a test (isinstance, `is not None`) has ruled alternatives out:
// the same value as the narrower type. Only the alternatives the test let through reach
// it; any other is a bug in the compiler, reported rather than misread.
template <class To, class Alt>
constexpr bool narrows_to() {
  if constexpr (is_variant<To>::value) {
    return []<class... Ts>(std::variant<Ts...>*) {
      return (std::is_same_v<Ts, Alt> || ...);
    }(static_cast<To*>(nullptr));
  } else if constexpr (requires(To t) { t.is_none(); }) {
    return std::is_same_v<Alt, NoneType> || std::is_same_v<Alt, typename To::value_type>;
  } else {
    return std::is_same_v<To, Alt>;
  }
}
template <class To, class From>
To narrow(const From& value) {
  if constexpr (std::is_same_v<To, From>) {
    return value;
  } else if constexpr (is_variant<From>::value) {
    return std::visit(
        [](const auto& alt) -> To {
          using Alt = std::decay_t<decltype(alt)>;
          if constexpr (narrows_to<To, Alt>()) {
            return To(alt);
          } else {
            raise(ExcKind::RuntimeError, "ingot: a narrowed union held a value of another type");
          }
        },
        value);
  } else if constexpr (requires { value.is_none(); }) {
    if (value.is_none()) {
      if constexpr (narrows_to<To, NoneType>()) {
        return To(None);
      } else {
        raise(ExcKind::RuntimeError, "ingot: a narrowed optional held None");
      }
    }
    using Inner = std::decay_t<decltype(*value)>;
    if constexpr (narrows_to<To, Inner>() || is_variant<Inner>::value) {
      return narrow<To>(*value);
    } else {
      raise(ExcKind::RuntimeError, "ingot: a narrowed optional held a value");
    }
  } else {
    return To(value);
  }
}

// Any value as a variant, for std::visit: variants as they are, T | None as
// variant<T, NoneType>, anything else as a one-alternative variant.
template <class... Ts>
const std::variant<Ts...>& as_variant(const std::variant<Ts...>& v) {
  return v;
}
template <class T>
std::variant<T, NoneType> as_variant(const Optional<T>& v) {
  if (v.is_none()) return None;
  return *v;
}

}  // namespace ingot::rt

namespace ingot::rt {

// sum() of floats starts from the int 0, so an empty iterable sums to the int 0.
template <class It>
std::variant<Int, Float> sum_floats(const It& iterable) {
  bool any = false;
  Float total = 0.0;
  for (const auto& x : iterable) {
    total += static_cast<Float>(x);
    any = true;
  }
  if (!any) return Int{0};
  return total;
}

}  // namespace ingot::rt

namespace ingot::rt {

// min() and max() of ints and floats together: the winning argument keeps its own type,
// as in Python (max(2.5, 1) is 2.5, max(0.5, 1) is 1).
template <bool kMax, class First, class... Rest>
std::variant<Int, Float> extreme_of_numbers(const First& first, const Rest&... rest) {
  auto widen = [](const auto& x) -> std::variant<Int, Float> {
    if constexpr (std::is_same_v<std::decay_t<decltype(x)>, Float>) {
      return x;
    } else {
      return static_cast<Int>(x);
    }
  };
  std::variant<Int, Float> best = widen(first);
  auto consider = [&](const auto& x) {
    bool better = std::visit(
        [&](const auto& b) { return kMax ? Bool(py_lt(b, x)) : Bool(py_lt(x, b)); }, best);
    if (better) best = widen(x);
  };
  (consider(rest), ...);
  return best;
}

}  // namespace ingot::rt

namespace ingot::rt {

// ---- exceptions as values --------------------------------------------------------------------

// ValueError(value): the message is str(value), except for KeyError, whose str is the
// repr of its key, as in CPython.
inline PyException make_exception(ExcKind kind) { return PyException(kind, ""); }
template <class T>
PyException make_exception(ExcKind kind, const T& value) {
  Str text = kind == ExcKind::KeyError ? repr(value) : to_str(value);
  return PyException(kind, std::string(text.view()));
}

inline Str to_str(const PyException& e) { return Str(e.message()); }
inline Str repr(const PyException& e) {
  return Str(std::string(exc_name(e.kind())) + "(" +
             (e.message().empty() ? std::string() : std::string(repr(Str(e.message())).view())) +
             ")");
}
inline Bool truth(const PyException&) { return true; }

}  // namespace ingot::rt

namespace ingot::rt {

// map(f, xs) and filter(f, xs), evaluated at once into lists (which iterate as the lazy
// iterators would, for code that iterates them once).
template <class F, class It>
auto map_eager(const F& function, const It& iterable) {
  using R = std::decay_t<decltype(function(std::declval<elem_t<It>>()))>;
  List<R> out;
  for (const auto& x : iterable) out.items().push_back(function(x));
  return out;
}
template <class F, class It>
List<elem_t<It>> filter_eager(const F& function, const It& iterable) {
  List<elem_t<It>> out;
  for (const auto& x : iterable) {
    if constexpr (std::is_same_v<F, NoneType>) {
      if (truth(x)) out.items().push_back(x);
    } else {
      if (truth(function(x))) out.items().push_back(x);
    }
  }
  return out;
}

}  // namespace ingot::rt

namespace ingot::rt {

// isinstance(x, classes) for built-in classes, `classes` their names joined by commas. A
// bool is an int, as in Python.
template <class T>
Bool isinstance_of(const T& x, const Str& classes) {
  std::string_view type = type_name(x);
  std::string_view rest = classes.view();
  while (!rest.empty()) {
    size_t comma = rest.find(',');
    std::string_view one = rest.substr(0, comma);
    if (one == type || one == "object" || (one == "int" && type == "bool")) return true;
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
  }
  return false;
}

}  // namespace ingot::rt

namespace ingot::rt {

// A read of a local that may not be assigned yet (CPython 3.11's UnboundLocalError).
template <class T>
const T& bound_value(bool bound, const T& value, const char* name) {
  if (!bound) {
    raise(ExcKind::UnboundLocalError, std::string("cannot access local variable '") + name +
                                          "' where it is not associated with a value");
  }
  return value;
}

}  // namespace ingot::rt

namespace ingot::rt {

// a + b for lists of different item types: a new list of the union of the two.
template <class R, class A, class B>
R concat_lists(const List<A>& a, const List<B>& b) {
  using Item = typename R::value_type;
  R out;
  out.items().reserve(static_cast<size_t>(a.size() + b.size()));
  for (const A& x : a.items()) out.items().push_back(convert<Item>(x));
  for (const B& x : b.items()) out.items().push_back(convert<Item>(x));
  return out;
}

// sep.join(items) for items of a union with str (re.split's pieces, re.findall's items for
// a pattern known only at run time): an item that is not a str raises CPython's TypeError.
inline const Str* str_alternative(const Optional<Str>& x) { return x ? &*x : nullptr; }
template <class... Ts>
const Str* str_alternative(const std::variant<Ts...>& x) {
  return std::get_if<Str>(&x);
}
template <class It>
Str str_join_union(const Str& sep, const It& items) {
  std::string out;
  Int index = 0;
  for (const auto& item : items) {
    const Str* text = str_alternative(item);
    if (!text) {
      raise(ExcKind::TypeError, "sequence item " + std::to_string(index) +
                                    ": expected str instance, " + type_name(item) + " found");
    }
    if (index++) out += sep.view();
    out += text->view();
  }
  return Str(std::move(out));
}

}  // namespace ingot::rt
