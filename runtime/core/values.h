// The value types compiled code works with. Python's scalar types map to C++ scalars;
// str, bytes and the containers are classes of this runtime (str.h, containers.h).
//
//   Python        C++                 semantics
//   int           Int (int64_t)       overflow raises OverflowError, never wraps
//   float         Float (double)
//   bool          Bool (bool)
//   None          NoneType / None
//   str           Str                 immutable UTF-8, code-point indexing (str.h)
//   bytes         Bytes               immutable bytes (str.h)
//   list[T]       List<T>             reference semantics, like Python (containers.h)
//   dict[K, V]    Dict<K, V>          reference semantics, insertion ordered
//   set[T]        Set<T>              reference semantics, insertion ordered
//   tuple[...]    Tuple<Ts...>        value semantics (a std::tuple)
//   T | None      Optional<T>         a std::optional that None converts to
//   range         Range               (containers.h)
#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>

namespace ingot::rt {

using Int = std::int64_t;
using Float = double;
using Bool = bool;

struct NoneType {
  friend constexpr bool operator==(NoneType, NoneType) { return true; }
};
inline constexpr NoneType None{};

// Optional<T>: Python's `T | None`. Converts from None and from T.
template <class T>
class Optional : public std::optional<T> {
 public:
  using std::optional<T>::optional;
  using std::optional<T>::operator=;
  constexpr Optional() = default;
  constexpr Optional(NoneType) {}
  constexpr bool is_none() const { return !this->has_value(); }
};

// Tuple<Ts...>: Python's tuple. A std::tuple living in our namespace, so that the
// runtime's free functions (repr, py_eq, ...) are found for it by argument lookup.
template <class... Ts>
class Tuple : public std::tuple<Ts...> {
 public:
  using std::tuple<Ts...>::tuple;
  constexpr Tuple() = default;
  constexpr Tuple(const std::tuple<Ts...>& t) : std::tuple<Ts...>(t) {}
  constexpr Tuple(std::tuple<Ts...>&& t) : std::tuple<Ts...>(std::move(t)) {}
  const std::tuple<Ts...>& as_std() const { return *this; }

  // A tuple whose items share one type iterates over them as a sequence (`for x in t`,
  // list(t), `a, *rest = t`).
  static constexpr bool kUniform =
      sizeof...(Ts) > 0 && (std::is_same_v<Ts, std::tuple_element_t<0, std::tuple<Ts...>>> && ...);
  class iterator {
   public:
    using value_type = std::tuple_element_t<0, std::tuple<Ts..., int>>;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    iterator(const Tuple* tuple, size_t index) : tuple_(tuple), index_(index) {}
    const value_type& operator*() const {
      return std::apply(
          [&](const auto&... items) -> const value_type& {
            const value_type* all[] = {&items...};
            return *all[index_];
          },
          tuple_->as_std());
    }
    iterator& operator++() {
      ++index_;
      return *this;
    }
    iterator operator++(int) {
      iterator before = *this;
      ++index_;
      return before;
    }
    bool operator==(const iterator& other) const { return index_ == other.index_; }

   private:
    const Tuple* tuple_ = nullptr;
    size_t index_ = 0;
  };
  iterator begin() const requires kUniform { return iterator(this, 0); }
  iterator end() const requires kUniform { return iterator(this, sizeof...(Ts)); }
};
template <class... Ts>
Tuple(Ts...) -> Tuple<Ts...>;

template <class... Ts>
Tuple<std::decay_t<Ts>...> make_tuple(Ts&&... items) {
  return Tuple<std::decay_t<Ts>...>(std::forward<Ts>(items)...);
}

class Str;
class Bytes;
template <class T>
class List;
template <class K, class V>
class Dict;
template <class T>
class Set;
class Range;

// Python's numeric tower as concepts: Bool and Int are integers, Float is real. Any C++
// integer type is accepted as an Int so that literals need no casts.
template <class T>
concept IntLike = std::integral<T>;
template <class T>
concept FloatLike = std::floating_point<T>;
template <class T>
concept Number = IntLike<T> || FloatLike<T>;

}  // namespace ingot::rt

template <class... Ts>
struct std::tuple_size<ingot::rt::Tuple<Ts...>> : std::integral_constant<size_t, sizeof...(Ts)> {};
template <size_t I, class... Ts>
struct std::tuple_element<I, ingot::rt::Tuple<Ts...>> : std::tuple_element<I, std::tuple<Ts...>> {};
