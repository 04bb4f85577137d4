// Python's `itertools` and functools.reduce.
//
// Like map and filter, the finite ones are evaluated eagerly: each returns a List of the
// items the Python iterator would yield, in the same order; the compiler types the result
// as that iterator (not sized, not indexable), so only what Python allows on it compiles.
// count() is infinite and so lazy: a for loop with a break, zip, islice and takewhile
// consume it as far as they need.
#pragma once

#include <algorithm>
#include <iterator>
#include <utility>
#include <vector>

#include "runtime/core/containers.h"
#include "runtime/core/errors.h"
#include "runtime/core/ops.h"
#include "runtime/core/tuple_of.h"
#include "runtime/core/values.h"

namespace ingot::rt::itertools {

// The type a for loop over an Iterable yields.
template <class Iterable>
using item_t = std::decay_t<decltype(*std::begin(std::declval<const Iterable&>()))>;

template <class Iterable>
std::vector<item_t<Iterable>> materialize(const Iterable& items) {
  std::vector<item_t<Iterable>> out;
  for (const auto& item : items) out.push_back(item);
  return out;
}

template <class First, class... Rest>
List<item_t<First>> chain(const First& first, const Rest&... rest) {
  List<item_t<First>> out;
  auto add = [&](const auto& items) {
    for (const auto& item : items) out.items().push_back(item);
  };
  add(first);
  (add(rest), ...);
  return out;
}

template <class Iterables>
List<item_t<item_t<Iterables>>> chain_from_iterable(const Iterables& iterables) {
  List<item_t<item_t<Iterables>>> out;
  for (const auto& items : iterables) {
    for (const auto& item : items) out.items().push_back(item);
  }
  return out;
}

// islice(iterable, start, stop, step) with CPython's argument checks.
template <class Iterable>
List<item_t<Iterable>> islice(const Iterable& items, const Optional<Int>& start,
                              const Optional<Int>& stop, const Optional<Int>& step) {
  if ((stop && *stop < 0) || (start && *start < 0)) {
    raise(ExcKind::ValueError,
          "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  }
  if (step && *step <= 0) {
    raise(ExcKind::ValueError, "Step for islice() must be a positive integer or None.");
  }
  Int first = start.value_or(0), every = step.value_or(1);
  List<item_t<Iterable>> out;
  Int i = 0;
  for (const auto& item : items) {
    if (stop && i >= *stop) break;
    if (i >= first && (i - first) % every == 0) out.items().push_back(item);
    ++i;
  }
  return out;
}
template <class Iterable>
List<item_t<Iterable>> islice_stop(const Iterable& items, const Optional<Int>& stop) {
  if (stop && *stop < 0) {
    raise(ExcKind::ValueError,
          "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  }
  return islice(items, Optional<Int>(0), stop, Optional<Int>(1));
}

template <class A, class B>
List<Tuple<item_t<A>, item_t<B>>> product(const A& a, const B& b) {
  auto bs = materialize(b);
  List<Tuple<item_t<A>, item_t<B>>> out;
  for (const auto& x : materialize(a)) {
    for (const auto& y : bs) out.items().emplace_back(x, y);
  }
  return out;
}
template <class A, class B, class C>
List<Tuple<item_t<A>, item_t<B>, item_t<C>>> product(const A& a, const B& b, const C& c) {
  auto bs = materialize(b);
  auto cs = materialize(c);
  List<Tuple<item_t<A>, item_t<B>, item_t<C>>> out;
  for (const auto& x : materialize(a)) {
    for (const auto& y : bs) {
      for (const auto& z : cs) out.items().emplace_back(x, y, z);
    }
  }
  return out;
}

// zip_longest(a, b): the shorter side padded with None, or with `fill`.
template <class A, class B>
List<Tuple<Optional<item_t<A>>, Optional<item_t<B>>>> zip_longest(const A& a, const B& b) {
  auto as = materialize(a);
  auto bs = materialize(b);
  List<Tuple<Optional<item_t<A>>, Optional<item_t<B>>>> out;
  for (size_t i = 0; i < std::max(as.size(), bs.size()); ++i) {
    out.items().emplace_back(i < as.size() ? Optional<item_t<A>>(as[i]) : None,
                             i < bs.size() ? Optional<item_t<B>>(bs[i]) : None);
  }
  return out;
}
template <class A, class B, class F>
List<Tuple<item_t<A>, item_t<A>>> zip_longest_fill(const A& a, const B& b, const F& fill) {
  auto as = materialize(a);
  auto bs = materialize(b);
  List<Tuple<item_t<A>, item_t<A>>> out;
  for (size_t i = 0; i < std::max(as.size(), bs.size()); ++i) {
    out.items().emplace_back(i < as.size() ? as[i] : fill, i < bs.size() ? bs[i] : fill);
  }
  return out;
}

// accumulate(iterable[, func][, initial=]): running totals with + or func.
template <class Iterable, class Func>
List<item_t<Iterable>> accumulate_with(const Iterable& items, const Func& func,
                                       const Optional<item_t<Iterable>>& initial) {
  List<item_t<Iterable>> out;
  Optional<item_t<Iterable>> total = initial;
  if (total) out.items().push_back(*total);
  for (const auto& item : items) {
    total =
        total ? Optional<item_t<Iterable>>(func(*total, item)) : Optional<item_t<Iterable>>(item);
    out.items().push_back(*total);
  }
  return out;
}
template <class Iterable>
List<item_t<Iterable>> accumulate(const Iterable& items,
                                  const Optional<item_t<Iterable>>& initial) {
  return accumulate_with(
      items, [](const auto& a, const auto& b) { return op::add(a, b); }, initial);
}

// groupby(iterable[, key]): runs of consecutive items with equal keys, each as (key, items).
template <class Iterable, class Key>
auto groupby(const Iterable& items, const Key& key) {
  using T = item_t<Iterable>;
  using K = std::decay_t<decltype(key(std::declval<const T&>()))>;
  List<Tuple<K, List<T>>> out;
  Optional<K> current;
  for (const auto& item : items) {
    K k = key(item);
    if (!current || !py_eq(*current, k)) {
      out.items().emplace_back(k, List<T>());
      current = Optional<K>(k);
    }
    std::get<1>(out.items().back()).items().push_back(item);
  }
  return out;
}
template <class Iterable>
auto groupby_identity(const Iterable& items) {
  return groupby(items, [](const item_t<Iterable>& x) { return x; });
}

// combinations(iterable, r), in CPython's lexicographic order of positions.
template <class Iterable>
List<TupleOf<item_t<Iterable>>> combinations(const Iterable& items, Int r) {
  if (r < 0) raise(ExcKind::ValueError, "r must be non-negative");
  auto pool = materialize(items);
  List<TupleOf<item_t<Iterable>>> out;
  Int n = static_cast<Int>(pool.size());
  if (r > n) return out;
  std::vector<Int> index(r);
  for (Int i = 0; i < r; ++i) index[i] = i;
  while (true) {
    std::vector<item_t<Iterable>> combo;
    for (Int i : index) combo.push_back(pool[i]);
    out.items().emplace_back(std::move(combo));
    Int i = r - 1;
    while (i >= 0 && index[i] == i + n - r) --i;
    if (i < 0) return out;
    ++index[i];
    for (Int j = i + 1; j < r; ++j) index[j] = index[j - 1] + 1;
  }
}

// permutations(iterable, r=None), in CPython's order.
template <class Iterable>
List<TupleOf<item_t<Iterable>>> permutations(const Iterable& items, const Optional<Int>& length) {
  auto pool = materialize(items);
  Int n = static_cast<Int>(pool.size());
  Int r = length.value_or(n);
  if (r < 0) raise(ExcKind::ValueError, "r must be non-negative");
  List<TupleOf<item_t<Iterable>>> out;
  if (r > n) return out;
  std::vector<Int> index(n), cycles(r);
  for (Int i = 0; i < n; ++i) index[i] = i;
  for (Int i = 0; i < r; ++i) cycles[i] = n - i;
  auto emit = [&] {
    std::vector<item_t<Iterable>> perm;
    for (Int i = 0; i < r; ++i) perm.push_back(pool[index[i]]);
    out.items().emplace_back(std::move(perm));
  };
  emit();
  while (n > 0) {
    Int i = r - 1;
    for (; i >= 0; --i) {
      if (--cycles[i] == 0) {
        std::rotate(index.begin() + i, index.begin() + i + 1, index.end());
        cycles[i] = n - i;
      } else {
        std::swap(index[i], index[n - cycles[i]]);
        emit();
        break;
      }
    }
    if (i < 0) return out;
  }
  return out;
}

template <class Iterable>
List<Tuple<item_t<Iterable>, item_t<Iterable>>> pairwise(const Iterable& items) {
  auto all = materialize(items);
  List<Tuple<item_t<Iterable>, item_t<Iterable>>> out;
  for (size_t i = 1; i < all.size(); ++i) out.items().emplace_back(all[i - 1], all[i]);
  return out;
}

// count(start=0, step=1): start, start + step, ... without end.
class Count {
 public:
  Count(Int start, Int step) : start_(start), step_(step) {}
  class iterator {
   public:
    using value_type = Int;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    iterator(Int value, Int step) : value_(value), step_(step) {}
    Int operator*() const { return value_; }
    iterator& operator++() {
      value_ = int_add(value_, step_);
      return *this;
    }
    iterator operator++(int) {
      iterator before = *this;
      ++*this;
      return before;
    }
    bool operator==(std::default_sentinel_t) const { return false; }

   private:
    Int value_ = 0, step_ = 1;
  };
  iterator begin() const { return iterator(start_, step_); }
  std::default_sentinel_t end() const { return {}; }

 private:
  Int start_, step_;
};

inline Count count(Int start, Int step) { return Count(start, step); }

template <class T>
List<T> repeat(const T& item, Int times) {
  return List<T>(std::vector<T>(static_cast<size_t>(std::max<Int>(times, 0)), item));
}

template <class Pred, class Iterable>
List<item_t<Iterable>> takewhile(const Pred& pred, const Iterable& items) {
  List<item_t<Iterable>> out;
  for (const auto& item : items) {
    if (!truth(pred(item))) break;
    out.items().push_back(item);
  }
  return out;
}

template <class Pred, class Iterable>
List<item_t<Iterable>> dropwhile(const Pred& pred, const Iterable& items) {
  List<item_t<Iterable>> out;
  bool dropping = true;
  for (const auto& item : items) {
    if (dropping && truth(pred(item))) continue;
    dropping = false;
    out.items().push_back(item);
  }
  return out;
}

}  // namespace ingot::rt::itertools

namespace ingot::rt::functools {

template <class Func, class Iterable>
auto reduce(const Func& func, const Iterable& items) {
  using T = itertools::item_t<Iterable>;
  Optional<T> total;
  for (const auto& item : items)
    total = total ? Optional<T>(func(*total, item)) : Optional<T>(item);
  if (!total) raise(ExcKind::TypeError, "reduce() of empty iterable with no initial value");
  return *total;
}

template <class Func, class Iterable, class A>
A reduce_initial(const Func& func, const Iterable& items, A total) {
  for (const auto& item : items) total = func(total, item);
  return total;
}

}  // namespace ingot::rt::functools
